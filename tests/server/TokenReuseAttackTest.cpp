// Attack: a token copied from a computer (its keychain, a backup of its data file) used after
// the person signed out there, or after the account was disabled and enabled again. The server
// refuses it and nothing of its data changes.
#include "AttackSuite.h"
#include "sync/SyncTask.h"

#include <QSignalSpy>

using namespace ef;
using namespace ef::test;

namespace {

class TokenReuse : public AttackSuite
{
};

TEST_F(TokenReuse, SigningOutInTheAppRevokesTheTokenOnTheServer)
{
    TempStore store;
    SyncTask task(*store);
    QSignalSpy signedIn(&task, &SyncTask::signedIn);
    task.signIn(server->url(), QStringLiteral("victim"), password, QStringLiteral("pc"));
    ASSERT_TRUE(signedIn.wait(30000));
    const QString copied = task.token();
    ASSERT_FALSE(copied.isEmpty());
    Office probe(server->url(), QStringLiteral("victim"));
    SyncRequest pull = pullRequest(probe);
    pull.device = store->deviceId();
    ASSERT_EQ(postSync(server->url(), copied, pull).status, 200);

    QSignalSpy signedOut(&task, &SyncTask::signedOut);
    task.signOut();
    EXPECT_TRUE(task.token().isEmpty());
    ASSERT_TRUE(signedOut.wait(30000));
    const QStringList rows = serverRows({QStringLiteral("counter"), QStringLiteral("records"),
        QStringLiteral("writes"), QStringLiteral("changes"), QStringLiteral("devices")});
    const Http reused = postSync(server->url(), copied, pull);
    EXPECT_EQ(reused.status, 401);
    EXPECT_EQ(reused.error(), QStringLiteral("token"));
    EXPECT_EQ(serverRows({QStringLiteral("counter"), QStringLiteral("records"),
                  QStringLiteral("writes"), QStringLiteral("changes"), QStringLiteral("devices")}),
        rows);
}

TEST_F(TokenReuse, ATokenFromBeforeTheAccountWasDisabledStaysDeadWhenItIsEnabledAgain)
{
    Office victim(server->url(), QStringLiteral("victim"));
    EXPECT_SYNCS(victim);
    const QString copied = victim.run.token();
    ASSERT_FALSE(
        server->admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("victim")})
            .isNull());
    ASSERT_FALSE(
        server->admin({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("victim")})
            .isNull());
    const QStringList rows = serverRows();
    SyncRequest push = pullRequest(victim);
    const Http reused = postSync(server->url(), copied, push);
    EXPECT_EQ(reused.status, 401) << reused.body.toStdString();
    EXPECT_EQ(serverRows(), rows);
    // The person signs in again and syncs.
    victim.run.token().clear();
    EXPECT_SYNCS(victim);
}

} // namespace
