// Attack: values far larger than any field holds (a name of a hundred thousand characters, an
// id of a kilobyte), to fill the server's store and every office's pull. Each is rejected with
// its field and bound before anything is stored.
#include "AttackSuite.h"
#include "RecordRules.h"
#include "sync/SyncEngine.h"

using namespace ef;
using namespace ef::test;

namespace {

class OversizedValue : public AttackSuite
{
};

TEST_F(OversizedValue, ValuesOverTheirFieldsBoundAreRejectedAndChangeNothing)
{
    Office attacker(server->url(), QStringLiteral("attacker"));
    EXPECT_SYNCS(attacker);
    Person own = addPerson(attacker, attackerInstitution(), QStringLiteral("Own"));
    EXPECT_SYNCS(attacker);
    own.email = QStringLiteral("changed@example.kz");
    ASSERT_TRUE(attacker.store->update(own));
    addPerson(attacker, attackerInstitution(), QStringLiteral("Huge"));
    auto request = SyncEngine(*attacker.store).nextRequest();
    ASSERT_TRUE(request);
    ASSERT_EQ(request->changes.size(), 2);
    const int bound = RecordRules().maxChars(QStringLiteral("person"), QStringLiteral("email"));
    for (WireChange &c : request->changes) {
        if (c.isCreate()) {
            c.values.insert(QStringLiteral("family_name"), QString(100'000, u'Ж'));
            c.values.insert(QStringLiteral("institution_id"), QByteArray(1024, '\x01'));
        } else {
            c.value = QString(bound + 1, u'x');
        }
    }
    const QStringList rows = serverRows({QStringLiteral("counter"), QStringLiteral("records"),
        QStringLiteral("writes"), QStringLiteral("changes"), QStringLiteral("conflicts")});

    const Http h = postSync(server->url(), attacker.run.token(), *request);
    ASSERT_EQ(h.status, 200) << h.body.toStdString();
    const auto answer = SyncResponse::fromCbor(h.body);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->results.size(), 2);
    for (const PushResult &r : answer->results) {
        EXPECT_EQ(r.status, PushResult::Status::Rejected);
        EXPECT_EQ(r.reason, QStringLiteral("invalid"));
        EXPECT_TRUE(r.message.contains(u"at most")) << r.message.toStdString();
        EXPECT_TRUE(r.message.contains(u"person.")) << r.message.toStdString();
    }
    EXPECT_EQ(
        serverRows({QStringLiteral("counter"), QStringLiteral("records"), QStringLiteral("writes"),
            QStringLiteral("changes"), QStringLiteral("conflicts")}),
        rows);
}

} // namespace
