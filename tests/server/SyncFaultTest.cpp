// Sync over a bad link: a fault-injecting proxy between the client and a real server drops
// connections in the middle of requests and answers, truncates and duplicates requests, adds
// delay, and the server is killed and restarted in the middle of a sync. Nothing is lost and
// nothing applies twice.
#include "FaultProxy.h"
#include "Samples.h"
#include "ServerSuite.h"
#include "SyncOffice.h"
#include "sync/SyncEngine.h"

#include <QTimer>
#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

using Fault = FaultProxy::Fault;

class SyncFaults : public ServerSuite<>
{
protected:
    static void SetUpTestSuite()
    {
        startServer({QStringLiteral("Faulty Link University")},
            {{QStringLiteral("coord"), QStringLiteral("coordinator")}});
        institution = institutionId(QStringLiteral("Faulty Link University"));
    }

    void SetUp() override
    {
        ServerSuite::SetUp();
        if (HasFatalFailure())
            return;
        proxy = std::make_unique<FaultProxy>(QHostAddress::LocalHost, server->port());
        ASSERT_TRUE(proxy->listen());
        const QUrl via(QStringLiteral("http://127.0.0.1:%1").arg(proxy->port()));
        office = std::make_unique<Office>(via, QStringLiteral("coord"));
        // Signed in and level before the faults start: the next run opens a new connection.
        const auto first = office->sync();
        ASSERT_TRUE(first) << first.message().toStdString();
    }

    // Creates people offline in the office.
    QList<Uuid> createPeople(int n, const QString &family)
    {
        QList<Uuid> ids;
        const Uuid owner = Uuid::fromString(institution).value_or(Uuid());
        auto r = office->store->transact([&]() -> Result<void, StoreError> {
            for (int i = 0; i < n; ++i) {
                Person p = sample::person(owner, family);
                if (auto w = office->store->insert(p); !w)
                    return w;
                ids.append(p.id);
            }
            return {};
        });
        EXPECT_TRUE(r);
        return ids;
    }

    // A second office, straight to the server, sees each of them exactly once.
    void expectOnServerOnce(const QString &family, int n)
    {
        SyncEngine engine(*office->store);
        EXPECT_EQ(engine.pendingChanges(), 0) << "everything was acknowledged";
        EXPECT_EQ(office->issues(QStringLiteral("rejected")), 0) << office->dump();
        Office other(server->url(), QStringLiteral("coord"));
        const auto outcome = other.sync();
        ASSERT_TRUE(outcome) << outcome.message().toStdString();
        Statement s = other.store->db().prepare(QStringLiteral(
            "SELECT count(*), count(DISTINCT id) FROM person WHERE family_name = ?"));
        s.bind(1, family);
        ASSERT_TRUE(s.next());
        EXPECT_EQ(s.integer(0), n);
        EXPECT_EQ(s.integer(1), n);
    }

    static inline QString institution;
    std::unique_ptr<FaultProxy> proxy;
    std::unique_ptr<Office> office;
};

TEST_F(SyncFaults, ALinkDroppedMidRequestIsRetried)
{
    createPeople(20, QStringLiteral("MidRequest"));
    proxy->addFault(Fault::dropAfterRequestBytes(400));
    const auto outcome = office->sync();
    ASSERT_TRUE(outcome) << outcome.message().toStdString();
    // The request went again, by our retry or by Qt's own resend on a new connection.
    EXPECT_EQ(proxy->connectionsDropped(), 1);
    EXPECT_GE(proxy->connectionsAccepted(), 2);
    expectOnServerOnce(QStringLiteral("MidRequest"), 20);
}

TEST_F(SyncFaults, AnAnswerLostMidResponseIsAnsweredAgainNotAppliedTwice)
{
    createPeople(20, QStringLiteral("MidResponse"));
    proxy->addFault(Fault::dropAfterResponseBytes(60));
    const auto outcome = office->sync();
    ASSERT_TRUE(outcome) << outcome.message().toStdString();
    EXPECT_EQ(proxy->connectionsDropped(), 1);
    EXPECT_GE(proxy->connectionsAccepted(), 2);
    expectOnServerOnce(QStringLiteral("MidResponse"), 20);
}

TEST_F(SyncFaults, ATruncatedRequestChangesNothingAndTheRetryLands)
{
    createPeople(20, QStringLiteral("Truncated"));
    proxy->addFault(Fault::truncateRequest(100));
    const auto outcome = office->sync();
    ASSERT_TRUE(outcome) << outcome.message().toStdString();
    expectOnServerOnce(QStringLiteral("Truncated"), 20);
}

TEST_F(SyncFaults, ADuplicatedRequestAppliesOnce)
{
    createPeople(20, QStringLiteral("Duplicated"));
    proxy->addFault(Fault::duplicateRequest());
    const auto outcome = office->sync();
    ASSERT_TRUE(outcome) << outcome.message().toStdString();
    expectOnServerOnce(QStringLiteral("Duplicated"), 20);
}

TEST_F(SyncFaults, ASlowLossyLinkStillCompletes)
{
    createPeople(300, QStringLiteral("Slow"));
    proxy->setLatency(FaultProxy::Direction::ClientToServer, std::chrono::milliseconds(100));
    proxy->setLatency(FaultProxy::Direction::ServerToClient, std::chrono::milliseconds(100));
    proxy->setBandwidth(FaultProxy::Direction::ClientToServer, 32'000); // 256 kbit/s
    proxy->setBandwidth(FaultProxy::Direction::ServerToClient, 32'000);
    proxy->addFault(Fault::dropConnections(0.3, 7).onEveryConnection());
    office->run.options().pushBatch = 100;
    office->run.options().maxAttempts = 20;
    const auto outcome = office->sync();
    ASSERT_TRUE(outcome) << outcome.message().toStdString();
    proxy->clearFaults();
    expectOnServerOnce(QStringLiteral("Slow"), 300);
}

TEST_F(SyncFaults, TheServerKilledMidSyncAndRestartedLosesNothing)
{
    createPeople(1500, QStringLiteral("Killed"));
    office->run.options().pushBatch = 300;
    office->run.options().maxAttempts = 30;
    office->run.options().maxDelayMs = 400;
    // Kill the server while the office is between its pushes, then bring it back.
    bool killed = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (!killed && SyncEngine(*office->store).acknowledged() > 0) {
            killed = true;
            server->kill();
            QTimer::singleShot(700, [] { ASSERT_TRUE(server->start()); });
        }
    });
    watch.start(5);
    const auto outcome = office->sync();
    watch.stop();
    ASSERT_TRUE(outcome) << outcome.message().toStdString();
    EXPECT_TRUE(killed);
    EXPECT_GE(outcome.stats.retries, 1);
    expectOnServerOnce(QStringLiteral("Killed"), 1500);
}

} // namespace
