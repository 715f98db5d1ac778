// The server's HTTP API: /v1/status, /v1/login, /v1/logout and /v1/sync (docs/sync-protocol.md).
// Checks the token, the body's encoding and size, and turns every failure into a 4xx or 5xx
// with a JSON body that says what is wrong.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QSslConfiguration;

namespace ef {

class Accounts;
class GuardedTcpServer;
class SyncService;

class HttpApi : public QObject
{
    Q_OBJECT

public:
    HttpApi(Accounts &accounts, SyncService &sync, QObject *parent = nullptr);
    ~HttpApi() override;

    // Listens on address:port (port 0: any free one); returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls);
    QString errorString() const { return m_error; }

    // Requests served, for the log and the benchmarks.
    qint64 requestCount() const { return m_requests; }

private:
    QHttpServerResponse serveStatus(const QHttpServerRequest &request);
    QHttpServerResponse serveLogin(const QHttpServerRequest &request);
    QHttpServerResponse serveLogout(const QHttpServerRequest &request);
    QHttpServerResponse serveSync(const QHttpServerRequest &request);

    Accounts &m_accounts;
    SyncService &m_sync;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer *m_tcp = nullptr;
    QString m_error;
    qint64 m_requests = 0;
};

} // namespace ef
