// What the sync tests share: an office (a store file of its own with its sign-in, with the
// suites' password) and a raw HTTP POST for requests the client would never send.
#pragma once

#include "ServerSuite.h"
#include "SyncRun.h"
#include "TempStore.h"
#include "people/Person.h"
#include "sync/SyncMessage.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ef::test {

struct Http
{
    int status = 0;
    QByteArray body;
    QString error() const
    {
        return QJsonDocument::fromJson(body).object().value(u"error").toString();
    }
};

inline Http post(const QUrl &server, const QString &path, const QByteArray &body,
    const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager network;
    QUrl url = server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http out {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return out;
}

// A sign-in as the client sends it, with any device id.
inline Http login(const QUrl &server, const QString &user, const QString &pw, const Uuid &device,
    const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    const QJsonObject o {{QStringLiteral("user"), user}, {QStringLiteral("password"), pw},
        {QStringLiteral("device"), device.toString()},
        {QStringLiteral("label"), QStringLiteral("x")}};
    return post(server, QStringLiteral("/v1/login"), QJsonDocument(o).toJson(), headers);
}

// A sync request sent as it is, with the token and, for a push, its idempotency key.
inline Http postSync(const QUrl &server, const QString &token, const SyncRequest &request)
{
    QList<std::pair<QByteArray, QByteArray>> headers {
        {"Authorization", "Bearer " + token.toLatin1()}};
    if (request.push > 0)
        headers.append({"Idempotency-Key", request.idempotencyKey().toLatin1()});
    return post(server, QStringLiteral("/v1/sync"), request.toCbor(), headers);
}

// One office: its own store file and its sign-in.
struct Office
{
    Office(const QUrl &server, const QString &user)
        : run(*store, server, user, password)
    { }
    test::TempStore store;
    test::SyncRun run;

    test::SyncOutcome sync() { return run.run(); }
    std::optional<Person> person(const Uuid &id) { return store->get<Person>(id); }
    int issues(const QString &kind)
    {
        Statement s
            = store->db().prepare(QStringLiteral("SELECT count(*) FROM sync_issue WHERE kind = ?"));
        s.bind(1, kind);
        return s.next() ? s.integer(0) : -1;
    }
    // Every issue, for failure messages.
    std::string dump()
    {
        std::string out;
        Statement s = store->db().prepare(
            QStringLiteral("SELECT kind, tbl, field, reason, message FROM sync_issue"));
        while (s.next())
            out += QStringLiteral("%1 %2.%3 %4 %5\n")
                       .arg(s.text(0), s.text(1), s.text(2), s.text(3), s.text(4))
                       .toStdString();
        return out;
    }
    QString issueReason(const QString &kind)
    {
        Statement s = store->db().prepare(
            QStringLiteral("SELECT reason FROM sync_issue WHERE kind = ? ORDER BY id DESC"));
        s.bind(1, kind);
        return s.next() ? s.text(0) : QString();
    }
};

} // namespace ef::test
