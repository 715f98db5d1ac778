#include "SyncRun.h"

#include <QEventLoop>
#include <QTimer>

namespace ef::test {

SyncRun::SyncRun(Store &store, QUrl server, QString user, QString password)
    : m_store(store)
    , m_user(std::move(user))
    , m_password(std::move(password))
{
    m_options.server = std::move(server);
    m_options.baseDelayMs = 50;
    m_options.maxDelayMs = 1000;
    m_options.timeoutMs = 10000;
}

SyncOutcome SyncRun::run(int timeoutMs)
{
    SyncClient client(m_store, m_options);
    client.setToken(m_token);
    SyncOutcome outcome;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::loginFailed, &loop, [&](const SyncFailure &f) {
        outcome.failure = f;
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::loggedIn, &loop, [&](const SyncSession &s) {
        m_token = s.token;
        client.start();
    });
    QObject::connect(&client, &SyncClient::failed, &loop, [&](const SyncFailure &f) {
        outcome.failure = f;
        outcome.stats = client.stats();
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncStats &s) {
        outcome.stats = s;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        client.cancel();
        outcome.failure = SyncFailure {SyncFailure::Kind::Cancelled, QStringLiteral("timeout"),
            QStringLiteral("the sync did not end within %1 ms").arg(timeoutMs)};
        loop.quit();
    });
    if (m_token.isEmpty())
        client.login(m_user, m_password, QStringLiteral("test"));
    else
        client.start();
    loop.exec();
    return outcome;
}

} // namespace ef::test
