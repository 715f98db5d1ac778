// Carries the sync protocol over HTTP for one store: signs a device in, then runs sync cycles
// (push what is pending, pull what is new) until both sides are level. A dropped link or a
// server error is retried with exponential backoff and full jitter; a retried push carries the
// same idempotency key, so it never applies twice. Everything runs on the Qt event loop.
#pragma once

#include "SyncEngine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ef {

class Store;

struct SyncFailure
{
    enum class Kind {
        Network, // the link failed and retries ran out
        Unauthorized, // sign in again
        Refused, // the server refused the request: a protocol, schema or clock problem
        Server, // the server failed and retries ran out
        Cancelled,
    };
    Kind kind = Kind::Network;
    QString code; // the server's error code, when it sent one
    QString message;
};

struct SyncSession
{
    QString token;
    QString user;
    QString role;
    QString institution;
    std::int64_t expiresMs = 0;
};

struct SyncStats
{
    int requests = 0;
    int retries = 0;
    int pushed = 0;
    int superseded = 0;
    int rejected = 0;
    int pulled = 0;
    int conflicts = 0;
    qint64 bytesSent = 0; // bodies, as sent (compressed)
    qint64 bytesReceived = 0;
};

class SyncClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        int pushBatch = 500;
        int pullPage = 1000;
        int maxAttempts = 8; // per request; then the run fails and resumes next time
        int baseDelayMs = 500;
        int maxDelayMs = 60'000;
        int timeoutMs = 60'000; // no bytes for this long: the attempt failed
        quint32 jitterSeed = 0; // 0: random
    };

    SyncClient(Store &store, Options options, QObject *parent = nullptr);
    ~SyncClient() override;

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    // Signs this store's device in; loggedIn or loginFailed follows.
    void login(const QString &user, const QString &password, const QString &deviceLabel);
    // Revokes the token on the server; loggedOut or logoutFailed follows.
    void logout();
    // One sync run: cycles until nothing is pending and nothing more waits on the server.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const SyncStats &stats() const { return m_stats; }
    SyncEngine &engine() { return m_engine; }

    // The delay before retry `attempt` (1-based): uniform in [0, min(max, base * 2^attempt)).
    static int backoffMs(int attempt, int baseMs, int maxMs, QRandomGenerator &random);

Q_SIGNALS:
    void loggedIn(const ef::SyncSession &session);
    void loginFailed(const ef::SyncFailure &failure);
    void loggedOut();
    void logoutFailed(const ef::SyncFailure &failure);
    // After each cycle: where the pull has come to and the server's last sequence number (0 when
    // the server does not say), then the changes pushed and pulled so far in this run.
    void pulledUpTo(qint64 cursor, qint64 head);
    void progress(int pushed, int pulled);
    void finished(const ef::SyncStats &stats);
    void failed(const ef::SyncFailure &failure);

private:
    void cycle();
    void send();
    void received(QNetworkReply *reply);
    void retryOrFail(const SyncFailure &failure);
    void finish(std::optional<SyncFailure> failure);
    QNetworkReply *post(const QString &path, const QByteArray &body, const QByteArray &type,
        const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    static std::optional<SyncFailure> failureOf(QNetworkReply *reply, const QByteArray &body);

    Store &m_store;
    SyncEngine m_engine;
    Options m_options;
    QNetworkAccessManager *m_network;
    QTimer *m_retryTimer;
    QPointer<QNetworkReply> m_reply;
    QRandomGenerator m_random;
    QString m_token;
    SyncRequest m_request;
    QByteArray m_body;
    std::int64_t m_sentAtMs = 0;
    int m_attempt = 0;
    int m_pushBatch = 0; // the batch and page of the next request: smaller after failures
    int m_pullPage = 0;
    static constexpr int MinBatch = 50;
    bool m_running = false;
    SyncStats m_stats;
};

} // namespace ef

Q_DECLARE_METATYPE(ef::SyncFailure)
Q_DECLARE_METATYPE(ef::SyncSession)
Q_DECLARE_METATYPE(ef::SyncStats)
