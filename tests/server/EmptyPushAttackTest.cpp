// Attack: a push number sent with no changes, to move a device's push number far ahead so that
// its office's next real push reads as a rewound store, or, with another user's token, to move
// a device that is not the token's. Refused, and the device's push number stays where it was.
#include "AttackSuite.h"

using namespace ef;
using namespace ef::test;

namespace {

class EmptyPush : public AttackSuite
{
};

TEST_F(EmptyPush, AnEmptyPushIsRefusedAndThePushNumberDoesNotMove)
{
    Office victim(server->url(), QStringLiteral("victim"));
    Office attacker(server->url(), QStringLiteral("attacker"));
    EXPECT_SYNCS(victim);
    EXPECT_SYNCS(attacker);
    addPerson(victim, victimInstitution(), QStringLiteral("First"));
    EXPECT_SYNCS(victim);
    const QStringList rows = serverRows();

    // The victim's own token, replayed by whoever holds it, with a push far ahead.
    SyncRequest ahead = pullRequest(victim);
    ahead.push = 1'000'000;
    const Http own = postSync(server->url(), victim.run.token(), ahead);
    EXPECT_EQ(own.status, 400) << own.body.toStdString();
    EXPECT_EQ(own.error(), QStringLiteral("malformed"));
    // The attacker's token naming the victim's device.
    const Http foreign = postSync(server->url(), attacker.run.token(), ahead);
    EXPECT_EQ(foreign.status, 403) << foreign.body.toStdString();
    EXPECT_EQ(foreign.error(), QStringLiteral("device"));
    EXPECT_EQ(serverRows(), rows);

    // The victim's next real push lands.
    const Person next = addPerson(victim, victimInstitution(), QStringLiteral("Next"));
    const auto outcome = victim.sync();
    EXPECT_TRUE(outcome) << outcome.message().toStdString();
    Office coord(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(coord);
    EXPECT_TRUE(coord.person(next.id));
}

} // namespace
