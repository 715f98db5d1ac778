#include "HttpApi.h"

#include "Accounts.h"
#include "GuardedTcpServer.h"
#include "SyncService.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>

namespace ef {

namespace {

QHttpServerResponse error(
    QHttpServerResponse::StatusCode status, const QString &code, const QString &message)
{
    const QJsonObject body {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

// A failure of the server's own (its store, mostly): the details, SQL among them, go to the
// server's log, never to the client, who learns only that it is worth retrying.
QHttpServerResponse serverError(const QString &detail)
{
    qWarning("request failed: %s", qPrintable(detail));
    return error(QHttpServerResponse::StatusCode::InternalServerError, QStringLiteral("storage"),
        QStringLiteral("the server's store failed; the details are in the server's log"));
}

QString bearer(const QHttpServerRequest &request)
{
    const QByteArray auth = request.value(QByteArrayLiteral("Authorization"));
    if (!auth.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

// An IPv4 peer on a dual-stack socket shows as ::ffff:a.b.c.d; the limits count it as a.b.c.d.
QHostAddress plain(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip) : address;
}

} // namespace

QString HttpApi::clientAddress(const QHttpServerRequest &request) const
{
    QHostAddress peer = plain(request.remoteAddress());
    const auto trusted = [this](const QHostAddress &a) {
        for (const auto &subnet : m_trustedProxies) {
            if (a.isInSubnet(subnet))
                return true;
        }
        return false;
    };
    if (!trusted(peer))
        return peer.toString();
    // Each proxy appends the address it got the request from: read from the right, and stop at
    // the first hop that is not a trusted proxy. What comes before it may be forged.
    const QList<QByteArray> hops = request.value(QByteArrayLiteral("X-Forwarded-For")).split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QHostAddress hop;
        if (!hop.setAddress(QString::fromLatin1(it->trimmed())))
            break;
        peer = plain(hop);
        if (!trusted(peer))
            break;
    }
    return peer.toString();
}

HttpApi::HttpApi(Accounts &accounts, SyncService &sync, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_sync(sync)
    , m_clock(clock)
    , m_http(std::make_unique<QHttpServer>())
{
    using Method = QHttpServerRequest::Method;
    m_http->route(QStringLiteral("/v1/status"), Method::Get,
        [this](const QHttpServerRequest &r) -> QHttpServerResponse { return serveStatus(r); });
    m_http->route(QStringLiteral("/v1/login"), Method::Post,
        [this](const QHttpServerRequest &r) -> QHttpServerResponse { return serveLogin(r); });
    m_http->route(QStringLiteral("/v1/logout"), Method::Post,
        [this](const QHttpServerRequest &r) -> QHttpServerResponse { return serveLogout(r); });
    m_http->route(QStringLiteral("/v1/sync"), Method::Post,
        [this](const QHttpServerRequest &r) -> QHttpServerResponse { return serveSync(r); });
}

HttpApi::~HttpApi() = default;

Result<quint16, QString> HttpApi::listen(
    const QHostAddress &address, quint16 port, const QSslConfiguration *tls)
{
    // Room for the headers over the largest body the protocol allows.
    auto tcp = std::make_unique<GuardedTcpServer>(SyncProtocol::MaxBodyBytes + 64 * 1024);
    if (tls)
        tcp->setTls(*tls);
    if (!tcp->listen(address, port))
        return unexpected(tcp->errorString());
    m_tcp = tcp.release();
    m_tcp->setParent(this);
    m_http->bind(m_tcp);
    return m_tcp->serverPort();
}

QHttpServerResponse HttpApi::serveStatus(const QHttpServerRequest &)
{
    ++m_requests;
    const QJsonObject body {{QStringLiteral("protocol"), SyncProtocol::Version},
        {QStringLiteral("oldest_protocol"), SyncProtocol::OldestAccepted},
        {QStringLiteral("time"), double(m_clock.nowMs())}};
    return QHttpServerResponse(body);
}

QHttpServerResponse HttpApi::serveLogin(const QHttpServerRequest &request)
{
    ++m_requests;
    using Status = QHttpServerResponse::StatusCode;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (!doc.isObject())
        return error(Status::BadRequest, QStringLiteral("malformed"),
            QStringLiteral("the login body is not a JSON object: %1")
                .arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    const auto device = Uuid::fromString(o.value(QStringLiteral("device")).toString());
    if (!device)
        return error(
            Status::BadRequest, QStringLiteral("malformed"), QStringLiteral("device: not a UUID"));
    auto session = m_accounts.login(o.value(QStringLiteral("user")).toString(),
        o.value(QStringLiteral("password")).toString(), *device,
        o.value(QStringLiteral("label")).toString(), clientAddress(request));
    if (!session) {
        const LoginError &e = session.error();
        switch (e.kind) {
        case LoginError::Kind::TooManyAttempts: {
            QHttpServerResponse r
                = error(Status::TooManyRequests, QStringLiteral("too-many-attempts"), e.message);
            r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(e.retryAfterSeconds));
            return r;
        }
        case LoginError::Kind::BadCredentials:
            return error(Status::Unauthorized, QStringLiteral("bad-credentials"), e.message);
        case LoginError::Kind::Disabled:
            return error(Status::Forbidden, QStringLiteral("disabled"), e.message);
        case LoginError::Kind::DeviceTaken:
            return error(Status::Conflict, QStringLiteral("device-taken"), e.message);
        case LoginError::Kind::Invalid:
            return error(Status::BadRequest, QStringLiteral("malformed"), e.message);
        case LoginError::Kind::Storage:
            return serverError(e.message);
        }
    }
    const Principal &p = session->principal;
    const QJsonObject body {{QStringLiteral("token"), session->token},
        {QStringLiteral("expires"), double(session->expiresMs)}, {QStringLiteral("user"), p.user},
        {QStringLiteral("role"), roleName(p.role)},
        {QStringLiteral("institution"),
            p.institution.isNull() ? QString() : p.institution.toString()},
        {QStringLiteral("time"), double(m_clock.nowMs())}};
    return QHttpServerResponse(body);
}

QHttpServerResponse HttpApi::serveLogout(const QHttpServerRequest &request)
{
    ++m_requests;
    const auto revoked = m_accounts.revoke(bearer(request));
    if (!revoked)
        return serverError(revoked.error());
    if (!*revoked)
        return error(QHttpServerResponse::StatusCode::Unauthorized, QStringLiteral("token"),
            QStringLiteral("the token is not valid"));
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

QHttpServerResponse HttpApi::serveSync(const QHttpServerRequest &request)
{
    ++m_requests;
    using Status = QHttpServerResponse::StatusCode;
    const auto who = m_accounts.authenticate(bearer(request));
    if (!who)
        return serverError(who.error());
    if (!*who)
        return error(Status::Unauthorized, QStringLiteral("token"),
            QStringLiteral("the token is missing, expired or revoked: sign in again"));
    QByteArray body = request.body();
    if (body.size() > SyncProtocol::MaxBodyBytes)
        return error(Status::PayloadTooLarge, QStringLiteral("too-large"),
            QStringLiteral("the body has %1 bytes; the server accepts %2")
                .arg(body.size())
                .arg(SyncProtocol::MaxBodyBytes));
    const QByteArray encoding = request.value(QByteArrayLiteral("Content-Encoding")).trimmed();
    if (encoding == "zstd") {
        auto plain = SyncBody::decompress(body, SyncProtocol::MaxDecodedBytes);
        if (!plain)
            return error(Status::BadRequest, QStringLiteral("malformed"), plain.error());
        body = std::move(*plain);
    } else if (!encoding.isEmpty() && encoding != "identity") {
        return error(Status::UnsupportedMediaType, QStringLiteral("encoding"),
            QStringLiteral("Content-Encoding %1 is not supported; use zstd")
                .arg(QString::fromLatin1(encoding)));
    }
    auto parsed = SyncRequest::fromCbor(body);
    if (!parsed)
        return error(Status::BadRequest, QStringLiteral("malformed"), parsed.error());
    if (parsed->push > 0
        && request.value(QByteArrayLiteral("Idempotency-Key"))
            != parsed->idempotencyKey().toLatin1())
        return error(Status::BadRequest, QStringLiteral("idempotency-key"),
            QStringLiteral("a push carries the header Idempotency-Key: %1")
                .arg(parsed->idempotencyKey()));
    auto answer = m_sync.handle(**who, *parsed);
    if (!answer && answer.error().httpStatus >= 500)
        return serverError(answer.error().message);
    if (!answer)
        return error(static_cast<Status>(answer.error().httpStatus), answer.error().code,
            answer.error().message);
    QByteArray out = answer->toCbor();
    const bool compress
        = request.value(QByteArrayLiteral("Accept-Encoding")).contains(QByteArrayLiteral("zstd"));
    if (compress)
        out = SyncBody::compress(out);
    QHttpServerResponse response(QByteArrayLiteral("application/cbor"), out);
    if (compress)
        response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("zstd"));
    return response;
}

} // namespace ef
