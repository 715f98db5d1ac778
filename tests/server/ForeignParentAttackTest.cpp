// Attack: an officer creates a row of their own under another institution's record (a contact
// under another university's partnership), or under a record that does not exist, so that it
// shows in the other office's agreement or dangles. Rejected, and nothing of it is stored.
#include "AttackSuite.h"
#include "partnerships/Partnership.h"
#include "partnerships/PartnershipContact.h"
#include "sync/SyncEngine.h"

using namespace ef;
using namespace ef::test;

namespace {

class ForeignParent : public AttackSuite
{
};

TEST_F(ForeignParent, AChildUnderAnotherInstitutionsRecordIsRejected)
{
    Office victim(server->url(), QStringLiteral("victim"));
    Office attacker(server->url(), QStringLiteral("attacker"));
    EXPECT_SYNCS(victim);
    EXPECT_SYNCS(attacker);
    Partnership theirs = sample::partnership(victimInstitution(), attackerInstitution());
    ASSERT_TRUE(victim.store->insert(theirs));
    EXPECT_SYNCS(victim);

    Partnership mine = sample::partnership(attackerInstitution(), victimInstitution());
    ASSERT_TRUE(attacker.store->insert(mine));
    const Person contact = addPerson(attacker, attackerInstitution(), QStringLiteral("Contact"));
    const Person other = addPerson(attacker, attackerInstitution(), QStringLiteral("Other"));
    EXPECT_SYNCS(attacker);
    PartnershipContact first
        = sample::partnershipContact(attackerInstitution(), mine.id, contact.id);
    PartnershipContact second
        = sample::partnershipContact(attackerInstitution(), mine.id, other.id);
    ASSERT_TRUE(attacker.store->insert(first));
    ASSERT_TRUE(attacker.store->insert(second));
    auto request = SyncEngine(*attacker.store).nextRequest();
    ASSERT_TRUE(request);
    ASSERT_EQ(request->changes.size(), 2);
    // One under the victim's partnership, one under a partnership nobody has.
    request->changes[0].values.insert(QStringLiteral("partnership_id"), theirs.id.toBytes());
    request->changes[1].values.insert(
        QStringLiteral("partnership_id"), Uuid::v7(attacker.store.clock()).toBytes());
    const QStringList rows = serverRows({QStringLiteral("counter"), QStringLiteral("records"),
        QStringLiteral("writes"), QStringLiteral("changes"), QStringLiteral("conflicts")});

    const Http h = postSync(server->url(), attacker.run.token(), *request);
    ASSERT_EQ(h.status, 200) << h.body.toStdString();
    const auto answer = SyncResponse::fromCbor(h.body);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->results.size(), 2);
    EXPECT_EQ(answer->results[0].status, PushResult::Status::Rejected);
    EXPECT_EQ(answer->results[0].reason, QStringLiteral("out-of-scope"));
    EXPECT_EQ(answer->results[1].status, PushResult::Status::Rejected);
    EXPECT_EQ(answer->results[1].reason, QStringLiteral("unknown-record"));
    EXPECT_EQ(
        serverRows({QStringLiteral("counter"), QStringLiteral("records"), QStringLiteral("writes"),
            QStringLiteral("changes"), QStringLiteral("conflicts")}),
        rows);
}

} // namespace
