// Attack: wrong passwords for someone else's account, to lock that person out of sync, from an
// address of the attacker's own or behind a forged X-Forwarded-For. The failures hold up only
// the attacker's own source, with a delay that backs off and ends; the person signs in from
// their device and from elsewhere, and nothing of the server's data changes.
#include "Accounts.h"
#include "AttackSuite.h"
#include "ServerDb.h"

#include <QTemporaryDir>
#include <QUuid>

using namespace ef;
using namespace ef::test;

namespace {

class SignInLockout : public AttackSuite
{
protected:
    // The tests stand in for a reverse proxy on 127.0.0.1 that names the client.
    static void SetUpTestSuite()
    {
        startAttackServer({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")});
    }

    static Http from(const QByteArray &address, const QString &pw, const Uuid &device)
    {
        return login(
            server->url(), QStringLiteral("victim"), pw, device, {{"X-Forwarded-For", address}});
    }
    static Uuid newDevice()
    {
        return Uuid::fromString(QUuid::createUuid().toString()).value_or(Uuid());
    }
};

TEST_F(SignInLockout, AnAttackerElsewhereCannotLockThePersonOut)
{
    Office victim(server->url(), QStringLiteral("victim"));
    EXPECT_SYNCS(victim); // the victim's device is registered now
    const QStringList rows = serverRows();

    int refused = 0;
    for (int i = 0; i < 12; ++i) {
        const Http h = from("203.0.113.7", QStringLiteral("guess %1").arg(i), newDevice());
        EXPECT_TRUE(h.status == 401 || h.status == 429) << h.status;
        refused += h.status == 429;
    }
    EXPECT_GE(refused, 1) << "the attacker's guesses are held up";
    // A forged first hop does not give the attacker a fresh address: the proxy's last hop counts.
    const Http forged = from("198.51.100.99, 203.0.113.7", password, newDevice());
    EXPECT_EQ(forged.status, 429) << forged.body.toStdString();
    EXPECT_GT(QJsonDocument::fromJson(forged.body).object().value(u"message").toString().size(), 0);
    EXPECT_EQ(serverRows(), rows) << "the attack changed nothing but its own failure count";

    // The person: from another address with a new device, and from their own device even at
    // the attacker's address (a shared network).
    EXPECT_EQ(from("198.51.100.2", password, newDevice()).status, 200);
    EXPECT_EQ(from("203.0.113.7", password, victim.store->deviceId()).status, 200);
    EXPECT_EQ(
        login(server->url(), QStringLiteral("victim"), password, victim.store->deviceId()).status,
        200);
    EXPECT_SYNCS(victim);
}

TEST_F(SignInLockout, WithoutATrustedProxyTheHeaderIsIgnored)
{
    // Only this suite's server trusts 127.0.0.1; a server that trusts nobody counts the socket's
    // address, so a client cannot pick a fresh address for each guess.
    ServerProcess plain;
    ASSERT_TRUE(plain.start({{}, {{QStringLiteral("anna"), QStringLiteral("auditor")}}, password}))
        << plain.error().toStdString();
    const Uuid device = newDevice();
    for (int i = 0; i < 5; ++i) {
        const QByteArray address = "192.0.2." + QByteArray::number(i + 1);
        EXPECT_EQ(login(plain.url(), QStringLiteral("anna"), QStringLiteral("guess %1").arg(i),
                      device, {{"X-Forwarded-For", address}})
                      .status,
            401);
    }
    EXPECT_EQ(login(plain.url(), QStringLiteral("anna"), password, device,
                  {{"X-Forwarded-For", "192.0.2.200"}})
                  .status,
        429);
}

// The limits themselves, on a clock the test moves.
class SignInLimits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!qEnvironmentVariableIsEmpty("EDUFUSION_TEST_POSTGRES"))
            GTEST_SKIP() << "in-process on SQLite; the process tests above run on both";
        auto opened = ServerDb::open(ServerDb::Kind::Sqlite, dir.filePath(QStringLiteral("srv")));
        ASSERT_TRUE(opened) << opened.error().toStdString();
        db = std::move(*opened);
        accounts = std::make_unique<Accounts>(*db, clock);
        ASSERT_TRUE(accounts->addUser(QStringLiteral("anna"), Role::Coordinator, {}, good));
    }
    Result<Accounts::Session, LoginError> attempt(
        const QString &pw, const QString &address, const Uuid &device)
    {
        return accounts->login(QStringLiteral("anna"), pw, device, QStringLiteral("pc"), address);
    }
    int count(const QString &table)
    {
        return db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table))->toInt();
    }

    const QString good = QStringLiteral("the right password");
    QTemporaryDir dir;
    ManualClock clock {1'900'000'000'000};
    std::unique_ptr<ServerDb> db;
    std::unique_ptr<Accounts> accounts;
};

TEST_F(SignInLimits, TheDelayBacksOffStaysShortAndEnds)
{
    const QString attacker = QStringLiteral("203.0.113.7");
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(attempt(QStringLiteral("guess"), attacker, Uuid::v7(clock)).error().kind,
            LoginError::Kind::BadCredentials);
    // 2 s, 4 s, 8 s … 256 s, then five minutes: within the window of fifteen minutes, after which
    // the oldest failures are forgotten.
    int last = 0;
    for (int i = 0; i < 9; ++i) {
        const auto held = attempt(good, attacker, Uuid::v7(clock));
        ASSERT_FALSE(held);
        ASSERT_EQ(held.error().kind, LoginError::Kind::TooManyAttempts);
        const int wait = held.error().retryAfterSeconds;
        EXPECT_GE(wait, last) << "the delay grows with each failure";
        EXPECT_LE(wait, 300) << "never more than five minutes";
        last = wait;
        clock.advanceMs(std::int64_t(wait) * 1000);
        ASSERT_EQ(attempt(QStringLiteral("guess"), attacker, Uuid::v7(clock)).error().kind,
            LoginError::Kind::BadCredentials);
    }
    EXPECT_EQ(last, 300);
    // Quiet for the window, and the address is free again.
    clock.advanceMs(16 * 60'000);
    EXPECT_TRUE(attempt(good, attacker, Uuid::v7(clock)));
}

TEST_F(SignInLimits, TheOwnDeviceSignsInOnTheAttackersNetwork)
{
    const QString shared = QStringLiteral("10.0.0.1");
    const Uuid own = Uuid::v7(clock);
    ASSERT_TRUE(attempt(good, shared, own));
    for (int i = 0; i < 30; ++i)
        (void)attempt(QStringLiteral("guess"), shared, Uuid::v7(clock));
    EXPECT_EQ(
        attempt(good, shared, Uuid::v7(clock)).error().kind, LoginError::Kind::TooManyAttempts);
    EXPECT_TRUE(attempt(good, shared, own))
        << "a device the user registered is a source of its own";
    EXPECT_TRUE(attempt(good, QStringLiteral("10.0.0.2"), Uuid::v7(clock)));
}

TEST_F(SignInLimits, ExpiredAndRevokedTokensArePurged)
{
    auto first = attempt(good, QStringLiteral("10.0.0.1"), Uuid::v7(clock));
    ASSERT_TRUE(first);
    auto second = attempt(good, QStringLiteral("10.0.0.1"), Uuid::v7(clock));
    ASSERT_TRUE(second);
    ASSERT_TRUE(accounts->revoke(second->token));
    EXPECT_EQ(*accounts->purgeTokens(), 1) << "the revoked one";
    EXPECT_EQ(count(QStringLiteral("tokens")), 1);
    clock.advanceMs(std::int64_t(31) * 24 * 3600 * 1000);
    EXPECT_FALSE(*accounts->authenticate(first->token));
    ASSERT_TRUE(attempt(good, QStringLiteral("10.0.0.1"), Uuid::v7(clock)));
    EXPECT_EQ(count(QStringLiteral("tokens")), 1) << "a sign-in removes the expired tokens";
}

TEST_F(SignInLimits, ReEnablingAUserDoesNotReviveOldTokens)
{
    auto session = attempt(good, QStringLiteral("10.0.0.1"), Uuid::v7(clock));
    ASSERT_TRUE(session);
    ASSERT_TRUE(*accounts->authenticate(session->token));
    ASSERT_TRUE(accounts->setDisabled(QStringLiteral("anna"), true));
    EXPECT_FALSE(*accounts->authenticate(session->token));
    ASSERT_TRUE(accounts->setDisabled(QStringLiteral("anna"), false));
    EXPECT_FALSE(*accounts->authenticate(session->token)) << "disabling revoked it for good";
    EXPECT_TRUE(attempt(good, QStringLiteral("10.0.0.1"), Uuid::v7(clock)));
}

} // namespace
