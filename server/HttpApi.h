// The server's HTTP API: /v1/status, /v1/login, /v1/logout and /v1/sync (docs/sync-protocol.md).
// Checks the token, the body's encoding and size, and turns every failure into a 4xx or 5xx
// with a JSON body that says what is wrong.
#pragma once

#include "util/Result.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QSslConfiguration;

namespace ef {

class Accounts;
class Clock;
class GuardedTcpServer;
class SyncService;

class HttpApi : public QObject
{
    Q_OBJECT

public:
    // The server's time in answers (a client corrects its clock by it) comes from `clock`.
    HttpApi(Accounts &accounts, SyncService &sync, const Clock &clock, QObject *parent = nullptr);
    ~HttpApi() override;

    // Listens on address:port (port 0: any free one); the port it listens on, or why not.
    Result<quint16, QString> listen(
        const QHostAddress &address, quint16 port, const QSslConfiguration *tls);

    // Requests that come from one of these subnets (reverse proxies) count, for the sign-in
    // limits, as coming from the address the proxies name in X-Forwarded-For. Without it the
    // header is ignored: anyone could write it.
    void setTrustedProxies(const QList<std::pair<QHostAddress, int>> &subnets)
    {
        m_trustedProxies = subnets;
    }
    // The address a request comes from, after the trusted proxies.
    QString clientAddress(const QHttpServerRequest &request) const;

    // Requests served, for the log and the benchmarks.
    qint64 requestCount() const { return m_requests; }

private:
    QHttpServerResponse serveStatus(const QHttpServerRequest &request);
    QHttpServerResponse serveLogin(const QHttpServerRequest &request);
    QHttpServerResponse serveLogout(const QHttpServerRequest &request);
    QHttpServerResponse serveSync(const QHttpServerRequest &request);

    Accounts &m_accounts;
    SyncService &m_sync;
    const Clock &m_clock;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer *m_tcp = nullptr;
    QList<std::pair<QHostAddress, int>> m_trustedProxies;
    qint64 m_requests = 0;
};

} // namespace ef
