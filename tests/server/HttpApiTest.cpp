// The server's parts in this process on a real SQLite folder and a real socket on 127.0.0.1:
// its time comes from its Clock, a port in use is refused with why, a store that fails says so
// instead of answering as if all were well, and sign-ins fail closed when failures cannot be
// counted.
#include "HttpApi.h"

#include "Accounts.h"
#include "RecordRules.h"
#include "ServerDb.h"
#include "SyncService.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

class HttpApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // In-process on SQLite; the PostgreSQL runs of this suite cover the storage through
        // real server processes.
        if (!qEnvironmentVariableIsEmpty("EDUFUSION_TEST_POSTGRES"))
            GTEST_SKIP() << "SQLite only";
        auto opened = ServerDb::open(ServerDb::Kind::Sqlite, dir.filePath(QStringLiteral("srv")));
        ASSERT_TRUE(opened) << opened.error().toStdString();
        db = std::move(*opened);
        accounts = std::make_unique<Accounts>(*db, clock);
        auto service = SyncService::open(*db, rules, clock);
        ASSERT_TRUE(service) << service.error().toStdString();
        sync = std::move(*service);
        api = std::make_unique<HttpApi>(*accounts, *sync, clock);
    }

    // A request to the API: its status and JSON body.
    std::pair<int, QJsonObject> request(quint16 port, const QString &path, const QByteArray &body)
    {
        QNetworkAccessManager net;
        QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = body.isNull() ? net.get(r) : net.post(r, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, json};
    }

    QTemporaryDir dir;
    ManualClock clock {1'900'000'000'000}; // 2030: not this machine's time
    RecordRules rules;
    std::unique_ptr<ServerDb> db;
    std::unique_ptr<Accounts> accounts;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<HttpApi> api;
};

TEST_F(HttpApiTest, TheServersTimeInItsAnswersIsItsClocks)
{
    const auto port = api->listen(QHostAddress::LocalHost, 0, nullptr);
    ASSERT_TRUE(port) << port.error().toStdString();
    auto [status, body] = request(*port, QStringLiteral("/v1/status"), QByteArray());
    EXPECT_EQ(status, 200);
    EXPECT_EQ(qint64(body.value(QStringLiteral("time")).toDouble()), clock.nowMs());
    clock.advanceMs(60'000);
    std::tie(status, body) = request(*port, QStringLiteral("/v1/status"), QByteArray());
    EXPECT_EQ(qint64(body.value(QStringLiteral("time")).toDouble()), clock.nowMs());
}

TEST_F(HttpApiTest, APortInUseIsRefusedWithWhy)
{
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost, 0));
    const auto port = api->listen(QHostAddress::LocalHost, taken.serverPort(), nullptr);
    ASSERT_FALSE(port);
    EXPECT_FALSE(port.error().isEmpty());
    // Refused once, it can still listen elsewhere.
    EXPECT_TRUE(api->listen(QHostAddress::LocalHost, 0, nullptr));
}

TEST_F(HttpApiTest, AStatementThatFailsSaysWhatAndWhere)
{
    const auto done = db->exec(QStringLiteral("INSERT INTO nowhere (x) VALUES (?)"), {1});
    ASSERT_FALSE(done);
    EXPECT_TRUE(done.error().contains(u"nowhere")) << done.error().toStdString();
    const auto none = db->scalar(
        QStringLiteral("SELECT name FROM users WHERE name = ?"), {QStringLiteral("nobody")});
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->isValid()) << "no row is not a failure";
}

TEST_F(HttpApiTest, ASignInIsRefusedWhenFailedSignInsCannotBeCounted)
{
    const Uuid device = Uuid::v7(clock);
    ASSERT_TRUE(accounts->addUser(
        QStringLiteral("anna"), Role::Coordinator, {}, QStringLiteral("a good password")));
    ASSERT_TRUE(accounts->login(QStringLiteral("anna"), QStringLiteral("a good password"), device,
        QStringLiteral("pc"), QStringLiteral("127.0.0.1")));
    // An attacker who broke the failure log must not get unlimited guesses: with the right
    // password or a wrong one, nobody signs in, and the server says its store failed.
    ASSERT_TRUE(db->exec(QStringLiteral("DROP TABLE login_failures")));
    for (const QString &password :
        {QStringLiteral("a good password"), QStringLiteral("a guessed one")}) {
        auto login = accounts->login(QStringLiteral("anna"), password, device, QStringLiteral("pc"),
            QStringLiteral("127.0.0.1"));
        ASSERT_FALSE(login);
        EXPECT_EQ(login.error().kind, LoginError::Kind::Storage);
    }
}

TEST_F(HttpApiTest, ABrokenTokenStoreIsAServerErrorNotASignOut)
{
    const auto port = api->listen(QHostAddress::LocalHost, 0, nullptr);
    ASSERT_TRUE(port);
    ASSERT_TRUE(db->exec(QStringLiteral("DROP TABLE tokens")));
    auto [status, body] = request(*port, QStringLiteral("/v1/logout"), QByteArray(""));
    EXPECT_EQ(status, 500);
    EXPECT_EQ(body.value(QStringLiteral("error")).toString(), u"storage");
}

TEST_F(HttpApiTest, ARecordWhoseStoredWritesAreDamagedIsReportedNotGuessed)
{
    auto id = sync->createAsServer(QStringLiteral("institution"),
        {{QStringLiteral("name_en"), QStringLiteral("Test University")},
            {QStringLiteral("country"), QStringLiteral("KZ")},
            {QStringLiteral("kind"), QStringLiteral("university")}});
    ASSERT_TRUE(id) << id.error().toStdString();
    auto values = sync->currentValues(QStringLiteral("institution"), *id);
    ASSERT_TRUE(values);
    EXPECT_EQ(values->value(QStringLiteral("name_en")).toString(), u"Test University");
    ASSERT_TRUE(db->exec(QStringLiteral("UPDATE writes SET value = ?"), {QByteArray("\xff\x00")}));
    values = sync->currentValues(QStringLiteral("institution"), *id);
    ASSERT_FALSE(values);
    EXPECT_TRUE(values.error().contains(id->toString())) << values.error().toStdString();
}

} // namespace
} // namespace ef::test
