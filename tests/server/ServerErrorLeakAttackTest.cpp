// Attack: making the server fail (a request it cannot store) to read its SQL, table names and
// errors in the answer, the map for the next attack. A 500 answer says only that the store
// failed; the details go to the server's log.
#include "Accounts.h"
#include "HttpApi.h"
#include "RecordRules.h"
#include "ServerDb.h"
#include "SyncService.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

class ServerErrorLeak : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!qEnvironmentVariableIsEmpty("EDUFUSION_TEST_POSTGRES"))
            GTEST_SKIP() << "in-process on SQLite";
        auto opened = ServerDb::open(ServerDb::Kind::Sqlite, dir.filePath(QStringLiteral("srv")));
        ASSERT_TRUE(opened) << opened.error().toStdString();
        db = std::move(*opened);
        accounts = std::make_unique<Accounts>(*db, clock);
        auto service = SyncService::open(*db, rules, clock);
        ASSERT_TRUE(service) << service.error().toStdString();
        sync = std::move(*service);
        api = std::make_unique<HttpApi>(*accounts, *sync, clock);
        const auto listening = api->listen(QHostAddress::LocalHost, 0, nullptr);
        ASSERT_TRUE(listening);
        port = *listening;
        ASSERT_TRUE(accounts->addUser(
            QStringLiteral("anna"), Role::Coordinator, {}, QStringLiteral("a good password")));
    }

    std::pair<int, QByteArray> post(
        const QString &path, const QByteArray &body, const QByteArray &token = {})
    {
        QNetworkAccessManager net;
        QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = net.post(r, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return {status, answer};
    }

    static void expectNothingOfTheStore(const QByteArray &answer)
    {
        const QJsonObject o = QJsonDocument::fromJson(answer).object();
        EXPECT_EQ(o.value(u"error").toString(), u"storage") << answer.toStdString();
        for (const char *word : {"SELECT", "INSERT", "UPDATE", "FROM", "tokens", "devices",
                 "login_failures", "no such", "table", "sqlite", "SQL"})
            EXPECT_FALSE(answer.contains(word)) << word << " in " << answer.toStdString();
    }

    QTemporaryDir dir;
    ManualClock clock {1'900'000'000'000};
    RecordRules rules;
    std::unique_ptr<ServerDb> db;
    std::unique_ptr<Accounts> accounts;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<HttpApi> api;
    quint16 port = 0;
};

TEST_F(ServerErrorLeak, AFailingStoreIsA500WithoutItsSql)
{
    const QByteArray loginBody
        = QJsonDocument(QJsonObject {{QStringLiteral("user"), QStringLiteral("anna")},
                            {QStringLiteral("password"), QStringLiteral("a good password")},
                            {QStringLiteral("device"), Uuid::v7(clock).toString()}})
              .toJson();
    const auto [ok, session] = post(QStringLiteral("/v1/login"), loginBody);
    ASSERT_EQ(ok, 200);
    const QByteArray token
        = QJsonDocument::fromJson(session).object().value(u"token").toString().toLatin1();

    ASSERT_TRUE(db->exec(QStringLiteral("DROP TABLE login_failures")));
    auto [status, answer] = post(QStringLiteral("/v1/login"), loginBody);
    EXPECT_EQ(status, 500);
    expectNothingOfTheStore(answer);

    ASSERT_TRUE(db->exec(QStringLiteral("DROP TABLE tokens")));
    std::tie(status, answer) = post(QStringLiteral("/v1/sync"), QByteArray("\xa0"), token);
    EXPECT_EQ(status, 500);
    expectNothingOfTheStore(answer);
    std::tie(status, answer) = post(QStringLiteral("/v1/logout"), QByteArray(), token);
    EXPECT_EQ(status, 500);
    expectNothingOfTheStore(answer);
}

} // namespace
} // namespace ef::test
