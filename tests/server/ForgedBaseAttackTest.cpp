// Attack: a field change whose base claims to have seen writes it never saw (a base after its
// own clock, so later writes of other offices look seen; or a clock the field never had), to
// overwrite a value without it being kept as a conflict. The first is rejected; with the
// second the overwritten value stays as a conflict record.
#include "AttackSuite.h"
#include "sync/SyncEngine.h"

using namespace ef;
using namespace ef::test;

namespace {

class ForgedBase : public AttackSuite
{
};

TEST_F(ForgedBase, ABaseAfterTheWritesOwnClockIsRejected)
{
    Office attacker(server->url(), QStringLiteral("attacker"));
    EXPECT_SYNCS(attacker);
    Person own = addPerson(attacker, attackerInstitution(), QStringLiteral("Based"));
    EXPECT_SYNCS(attacker);
    own.email = QStringLiteral("ahead@example.kz");
    ASSERT_TRUE(attacker.store->update(own));
    auto request = SyncEngine(*attacker.store).nextRequest();
    ASSERT_TRUE(request);
    ASSERT_EQ(request->changes.size(), 1);
    request->changes[0].base = request->changes[0].hlc + (std::int64_t(3600'000) << 16);
    const QStringList rows = serverRows({QStringLiteral("counter"), QStringLiteral("records"),
        QStringLiteral("writes"), QStringLiteral("changes"), QStringLiteral("conflicts")});
    const Http h = postSync(server->url(), attacker.run.token(), *request);
    ASSERT_EQ(h.status, 200) << h.body.toStdString();
    const auto answer = SyncResponse::fromCbor(h.body);
    ASSERT_TRUE(answer);
    ASSERT_EQ(answer->results.size(), 1);
    EXPECT_EQ(answer->results[0].status, PushResult::Status::Rejected);
    EXPECT_EQ(answer->results[0].reason, QStringLiteral("invalid"));
    EXPECT_TRUE(answer->results[0].message.contains(u"base"))
        << answer->results[0].message.toStdString();
    EXPECT_EQ(
        serverRows({QStringLiteral("counter"), QStringLiteral("records"), QStringLiteral("writes"),
            QStringLiteral("changes"), QStringLiteral("conflicts")}),
        rows);
}

TEST_F(ForgedBase, ABaseTheFieldNeverHadSilencesNothing)
{
    Office one(server->url(), QStringLiteral("coord")), two(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(one);
    Person p = addPerson(one, victimInstitution(), QStringLiteral("Unseen"));
    EXPECT_SYNCS(one);
    EXPECT_SYNCS(two);
    Person a = *one.person(p.id);
    a.email = QStringLiteral("standing@example.kz");
    ASSERT_TRUE(one.store->update(a));
    EXPECT_SYNCS(one);

    // Office two never pulled the standing value; it claims a base it never had.
    two.store.clock().advanceMs(60'000);
    Person b = *two.person(p.id);
    b.email = QStringLiteral("overwrite@example.kz");
    ASSERT_TRUE(two.store->update(b));
    auto request = SyncEngine(*two.store).nextRequest();
    ASSERT_TRUE(request);
    ASSERT_EQ(request->changes.size(), 1);
    request->changes[0].base = request->changes[0].hlc - 1;
    const Http h = postSync(server->url(), two.run.token(), *request);
    ASSERT_EQ(h.status, 200) << h.body.toStdString();
    const auto answer = SyncResponse::fromCbor(h.body);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->results.value(0).status, PushResult::Status::Applied);
    bool kept = false;
    for (const WireConflict &c : answer->conflicts)
        kept |= c.row == p.id && c.lostValue == QVariant(QStringLiteral("standing@example.kz"));
    EXPECT_TRUE(kept) << "the value it overwrote unseen is a conflict record";

    // The forged clock is not what the server keeps: other offices see a write that saw nothing.
    Office third(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(third);
    const Http pulled = postSync(server->url(), third.run.token(), pullRequest(third));
    ASSERT_EQ(pulled.status, 200);
    const auto all = SyncResponse::fromCbor(pulled.body);
    ASSERT_TRUE(all);
    int found = 0;
    for (const WireChange &c : all->changes) {
        if (c.row == p.id && c.field == u"email"
            && c.value == QVariant(QStringLiteral("overwrite@example.kz"))) {
            ++found;
            EXPECT_EQ(c.base, 0);
        }
    }
    EXPECT_EQ(found, 1);
}

} // namespace
