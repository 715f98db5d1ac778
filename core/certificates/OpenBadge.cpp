#include "OpenBadge.h"

#include "Ed25519.h"
#include "SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace ef {

namespace {

constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString base58(const QByteArray &bytes)
{
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QList<int> digits {0};
    for (const char c : bytes) {
        int carry = uchar(c);
        for (int &d : digits) {
            carry += d * 256;
            d = carry % 58;
            carry /= 58;
        }
        while (carry) {
            digits.append(carry % 58);
            carry /= 58;
        }
    }
    QString out;
    for (const char c : bytes) {
        if (c != 0)
            break;
        out += u'1';
    }
    for (qsizetype i = digits.size() - 1; i >= 0; --i)
        if (!(i == digits.size() - 1 && digits[i] == 0 && digits.size() > 1))
            out += QLatin1Char(alphabet[digits[i]]);
    return out;
}

qint64 seconds(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString isoDay(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

QString OpenBadge::didKey(const QByteArray &publicKey)
{
    return QStringLiteral("did:key:z") + base58(QByteArray("\xed\x01", 2) + publicKey);
}

QJsonObject OpenBadge::credential(const Fields &f, const QByteArray &publicKey)
{
    const QString issuer = didKey(publicKey);
    const QString id = QStringLiteral("urn:edufusion:certificate:") + f.number;
    QJsonObject achievement {
        {QStringLiteral("id"), QStringLiteral("urn:edufusion:programme:") + f.programmeCode},
        {QStringLiteral("type"), QJsonArray {QStringLiteral("Achievement")}},
        {QStringLiteral("achievementType"), QStringLiteral("Certificate")},
        {QStringLiteral("humanCode"), f.programmeCode},
        {QStringLiteral("name"), f.programmeTitle},
        {QStringLiteral("description"), f.description},
        {QStringLiteral("criteria"), QJsonObject {{QStringLiteral("narrative"), f.criteria}}},
    };
    if (f.ects > 0)
        achievement.insert(QStringLiteral("creditsAvailable"), f.ects);
    QJsonObject o {
        {QStringLiteral("@context"),
            QJsonArray {QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), id},
        {QStringLiteral("type"),
            QJsonArray {
                QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("issuer"),
            QJsonObject {{QStringLiteral("id"), issuer},
                {QStringLiteral("type"), QJsonArray {QStringLiteral("Profile")}},
                {QStringLiteral("name"), f.issuerName}}},
        {QStringLiteral("name"), f.programmeTitle},
        {QStringLiteral("validFrom"), isoDay(f.issuedOn)},
        {QStringLiteral("credentialSubject"),
            QJsonObject {
                {QStringLiteral("type"), QJsonArray {QStringLiteral("AchievementSubject")}},
                {QStringLiteral("identifier"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("type"), QStringLiteral("IdentityObject")},
                        {QStringLiteral("identityType"), QStringLiteral("name")},
                        {QStringLiteral("hashed"), false},
                        {QStringLiteral("identityHash"), f.holderName},
                    }}},
                {QStringLiteral("achievement"), achievement}}},
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("jti"), id},
        {QStringLiteral("nbf"), seconds(f.issuedOn)},
    };
    if (f.validUntil.isValid()) {
        // Valid through the whole last day.
        o.insert(QStringLiteral("validUntil"), isoDay(f.validUntil.addDays(1)));
        o.insert(QStringLiteral("exp"), seconds(f.validUntil.addDays(1)));
    }
    return o;
}

QString OpenBadge::sign(const Fields &f, const SigningKey &key)
{
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("EdDSA")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("kid"), QString::fromLatin1(key.keyId().toHex())},
        {QStringLiteral("jwk"),
            QJsonObject {{QStringLiteral("kty"), QStringLiteral("OKP")},
                {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                {QStringLiteral("x"), QString::fromLatin1(key.publicKey().toBase64(B64))}}}};
    const QByteArray input = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(B64)
        + '.'
        + QJsonDocument(credential(f, key.publicKey()))
              .toJson(QJsonDocument::Compact)
              .toBase64(B64);
    return QString::fromLatin1(input + '.' + key.sign(input).toBase64(B64));
}

Result<QJsonObject, QString> OpenBadge::verify(const QString &jwt, const QByteArray &publicKey)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return unexpected(QStringLiteral("not three parts"));
    const QByteArray input = (parts[0] + u'.' + parts[1]).toLatin1();
    const auto decode
        = [](const QString &s) { return QByteArray::fromBase64Encoding(s.toLatin1(), B64); };
    const auto header = decode(parts[0]);
    const auto payload = decode(parts[1]);
    const auto signature = decode(parts[2]);
    if (!header || !payload || !signature)
        return unexpected(QStringLiteral("not base64url"));
    const QJsonObject h = QJsonDocument::fromJson(*header).object();
    if (h.value(QStringLiteral("alg")).toString() != u"EdDSA")
        return unexpected(QStringLiteral("not EdDSA"));
    if (!Ed25519::verify(publicKey, input, *signature))
        return unexpected(QStringLiteral("the signature does not match"));
    const QJsonObject o = QJsonDocument::fromJson(*payload).object();
    if (o.value(QStringLiteral("iss")).toString() != didKey(publicKey))
        return unexpected(QStringLiteral("the issuer is not the signing key"));
    return o;
}

} // namespace ef
