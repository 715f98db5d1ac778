#include "SyncClient.h"

#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ef {

SyncClient::SyncClient(Store &store, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(store)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_retryTimer(new QTimer(this))
    , m_random(m_options.jitterSeed ? m_options.jitterSeed : QRandomGenerator::global()->generate())
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncClient::send);
}

SyncClient::~SyncClient()
{
    if (m_reply)
        m_reply->abort();
}

int SyncClient::backoffMs(int attempt, int baseMs, int maxMs, QRandomGenerator &random)
{
    const qint64 cap = std::min<qint64>(maxMs, qint64(baseMs) << std::min(attempt, 20));
    return cap <= 0 ? 0 : int(random.bounded(cap));
}

QNetworkReply *SyncClient::post(const QString &path, const QByteArray &body, const QByteArray &type,
    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    // The server's address may carry a path prefix (behind a reverse proxy).
    QUrl url = m_options.server;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    request.setTransferTimeout(m_options.timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network->post(request, body);
}

std::optional<SyncFailure> SyncClient::failureOf(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        return SyncFailure {SyncFailure::Kind::Network, QString(), reply->errorString()};
    }
    if (status >= 200 && status < 300)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    SyncFailure f;
    f.code = o.value(QStringLiteral("error")).toString();
    f.message = o.value(QStringLiteral("message")).toString();
    if (f.message.isEmpty())
        f.message = QStringLiteral("HTTP %1").arg(status);
    if (status == 401)
        f.kind = SyncFailure::Kind::Unauthorized;
    else if (status == 429 || status >= 500)
        f.kind = SyncFailure::Kind::Server;
    else
        f.kind = SyncFailure::Kind::Refused;
    return f;
}

void SyncClient::login(const QString &user, const QString &password, const QString &deviceLabel)
{
    const QJsonObject body {{QStringLiteral("user"), user}, {QStringLiteral("password"), password},
        {QStringLiteral("device"), m_store.deviceId().toString()},
        {QStringLiteral("label"), deviceLabel}};
    QNetworkReply *reply = post(QStringLiteral("/v1/login"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray data = reply->readAll();
        if (auto f = failureOf(reply, data)) {
            Q_EMIT loginFailed(*f);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        SyncSession s;
        s.token = o.value(QStringLiteral("token")).toString();
        s.user = o.value(QStringLiteral("user")).toString();
        s.role = o.value(QStringLiteral("role")).toString();
        s.institution = o.value(QStringLiteral("institution")).toString();
        s.expiresMs = std::int64_t(o.value(QStringLiteral("expires")).toDouble());
        if (s.token.isEmpty()) {
            Q_EMIT loginFailed({SyncFailure::Kind::Refused, QStringLiteral("malformed"),
                QStringLiteral("the server's answer has no token")});
            return;
        }
        m_token = s.token;
        Q_EMIT loggedIn(s);
    });
}

void SyncClient::logout()
{
    QNetworkReply *reply
        = post(QStringLiteral("/v1/logout"), QByteArray(), QByteArrayLiteral("application/json"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const auto f = failureOf(reply, reply->readAll());
        // A token the server no longer accepts is signed out there already.
        if (f && f->kind != SyncFailure::Kind::Unauthorized)
            Q_EMIT logoutFailed(*f);
        else
            Q_EMIT loggedOut();
    });
}

void SyncClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stats = {};
    m_attempt = 0;
    m_pushBatch = m_options.pushBatch;
    m_pullPage = m_options.pullPage;
    cycle();
}

void SyncClient::cancel()
{
    if (!m_running)
        return;
    m_retryTimer->stop();
    if (m_reply)
        m_reply->abort(); // its finished handler sees m_running false and stays quiet
    finish(SyncFailure {SyncFailure::Kind::Cancelled, QString(), QString()});
}

void SyncClient::cycle()
{
    // A poor link carries smaller requests: each failure halves the next ones, each request that
    // went through at once doubles them again, up to the options.
    if (m_attempt == 0) {
        m_pushBatch = std::min(m_options.pushBatch, m_pushBatch * 2);
        m_pullPage = std::min(m_options.pullPage, m_pullPage * 2);
    }
    auto request = m_engine.nextRequest(m_pushBatch, m_pullPage);
    if (!request) {
        finish(SyncFailure {
            SyncFailure::Kind::Refused, QStringLiteral("store"), request.error().message});
        return;
    }
    m_request = std::move(*request);
    m_body = SyncBody::compress(m_request.toCbor());
    m_attempt = 0;
    send();
}

void SyncClient::send()
{
    if (!m_running)
        return;
    QList<std::pair<QByteArray, QByteArray>> headers {
        {QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("zstd")},
        {QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("zstd")}};
    if (m_request.push > 0)
        headers.append(
            {QByteArrayLiteral("Idempotency-Key"), m_request.idempotencyKey().toLatin1()});
    ++m_stats.requests;
    m_stats.bytesSent += m_body.size();
    m_sentAtMs = m_store.clock().nowMs();
    m_reply
        = post(QStringLiteral("/v1/sync"), m_body, QByteArrayLiteral("application/cbor"), headers);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_running)
            received(reply);
    });
}

void SyncClient::received(QNetworkReply *reply)
{
    QByteArray data = reply->readAll();
    m_stats.bytesReceived += data.size();
    if (auto f = failureOf(reply, data)) {
        retryOrFail(*f);
        return;
    }
    if (reply->rawHeader(QByteArrayLiteral("Content-Encoding")) == "zstd") {
        auto plain = SyncBody::decompress(data, SyncProtocol::MaxDecodedBytes);
        if (!plain) {
            retryOrFail({SyncFailure::Kind::Network, QStringLiteral("malformed"), plain.error()});
            return;
        }
        data = std::move(*plain);
    }
    auto response = SyncResponse::fromCbor(data);
    if (!response) {
        // A body cut short on the way: the push may have applied; the retry is answered the same.
        retryOrFail({SyncFailure::Kind::Network, QStringLiteral("malformed"), response.error()});
        return;
    }
    auto applied = m_engine.apply(m_request, *response, m_sentAtMs, m_store.clock().nowMs());
    if (!applied) {
        finish(SyncFailure {
            SyncFailure::Kind::Refused, QStringLiteral("store"), applied.error().message});
        return;
    }
    m_stats.pushed += applied->pushed;
    m_stats.superseded += applied->superseded;
    m_stats.rejected += applied->rejected;
    m_stats.pulled += applied->pulled;
    m_stats.conflicts += applied->conflicts;
    Q_EMIT pulledUpTo(response->cursor, response->head);
    Q_EMIT progress(m_stats.pushed + m_stats.superseded + m_stats.rejected, m_stats.pulled);
    if (applied->more)
        cycle();
    else
        finish(std::nullopt);
}

void SyncClient::retryOrFail(const SyncFailure &failure)
{
    const bool transient
        = failure.kind == SyncFailure::Kind::Network || failure.kind == SyncFailure::Kind::Server;
    if (!transient || ++m_attempt >= m_options.maxAttempts) {
        finish(failure);
        return;
    }
    ++m_stats.retries;
    if (failure.kind == SyncFailure::Kind::Network) {
        // The push of a retry must be the same (its idempotency key and content answer for it);
        // the pull page may shrink at once, the next pushes after this one.
        m_pushBatch = std::max(std::min(m_options.pushBatch, MinBatch), m_pushBatch / 2);
        m_pullPage = std::max(std::min(m_options.pullPage, MinBatch), m_pullPage / 2);
        if (m_request.limit > m_pullPage) {
            m_request.limit = m_pullPage;
            m_body = SyncBody::compress(m_request.toCbor());
        }
    }
    m_retryTimer->start(
        backoffMs(m_attempt, m_options.baseDelayMs, m_options.maxDelayMs, m_random));
}

void SyncClient::finish(std::optional<SyncFailure> failure)
{
    if (!m_running)
        return;
    m_running = false;
    if (failure)
        Q_EMIT failed(*failure);
    else
        Q_EMIT finished(m_stats);
}

} // namespace ef
