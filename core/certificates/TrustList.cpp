#include "TrustList.h"

#include "Ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ef {

void TrustList::addRoot(const QByteArray &publicKey, bool demo)
{
    if (publicKey.size() != Ed25519::PublicKeySize)
        return;
    for (const Root &r : std::as_const(m_roots))
        if (r.publicKey == publicKey)
            return;
    m_roots.append({publicKey, demo});
}

const TrustList::Root *TrustList::rootOf(const QByteArray &kid) const
{
    for (const Root &r : m_roots)
        if (Ed25519::keyId(r.publicKey) == kid)
            return &r;
    return nullptr;
}

bool TrustList::addKeyCertificate(QByteArrayView bytes, QString *why)
{
    const auto unverified = KeyCertificate::decode(bytes, {}, why);
    if (!unverified)
        return false;
    const Root *root = rootOf(unverified->rootKid);
    if (!root) {
        if (why)
            *why = QStringLiteral("signed by an unknown root %1")
                       .arg(QString::fromLatin1(unverified->rootKid.toHex()));
        return false;
    }
    auto cert = KeyCertificate::decode(bytes, root->publicKey, why);
    if (!cert)
        return false;
    // A real root's certificate must not pass for a demo and a demo root's is always demo.
    cert->demo = cert->demo || root->demo;
    for (const KeyCertificate &c : std::as_const(m_keyCerts))
        if (c.encoded == cert->encoded)
            return true;
    m_keyCerts.append(*cert);
    return true;
}

std::optional<KeyCertificate> TrustList::key(const QByteArray &kid) const
{
    std::optional<KeyCertificate> out;
    for (const KeyCertificate &c : m_keyCerts) {
        if (c.keyId() != kid)
            continue;
        if (!out) {
            out = c;
            continue;
        }
        // The same key certified twice: what both allow.
        out->validFrom = std::max(out->validFrom, c.validFrom);
        out->validUntil = std::min(out->validUntil, c.validUntil);
        out->firstSerial = std::max(out->firstSerial, c.firstSerial);
        out->lastSerial = std::min(out->lastSerial, c.lastSerial);
        out->demo = out->demo || c.demo;
        if (c.certifiedAt > out->certifiedAt) {
            out->certifiedAt = c.certifiedAt;
            out->officeName = c.officeName;
        }
        if (c.office != out->office)
            out->lastSerial = 0; // one key, two offices: it may number nothing
    }
    return out;
}

QList<KeyCertificate> TrustList::keys() const
{
    QList<KeyCertificate> out;
    QList<QByteArray> seen;
    for (const KeyCertificate &c : m_keyCerts) {
        const QByteArray kid = c.keyId();
        if (seen.contains(kid))
            continue;
        seen << kid;
        out << *key(kid);
    }
    return out;
}

bool TrustList::addRevocationList(QByteArrayView bytes, QString *why)
{
    const auto unverified = RevocationList::decode(bytes, {}, why);
    if (!unverified)
        return false;
    const auto signer = key(unverified->kid);
    if (!signer) {
        if (why)
            *why = QStringLiteral("signed by an uncertified key %1")
                       .arg(QString::fromLatin1(unverified->kid.toHex()));
        return false;
    }
    auto list = RevocationList::decode(bytes, signer->publicKey, why);
    if (!list)
        return false;
    if (list->office != signer->office) {
        if (why)
            *why = QStringLiteral("the list names office %1, its key is %2's")
                       .arg(list->office, signer->office);
        return false;
    }
    const auto it = m_lists.constFind(list->kid);
    if (it != m_lists.cend() && it->sequence >= list->sequence) {
        if (why)
            *why = QStringLiteral("list %1 is here already, this is %2")
                       .arg(it->sequence)
                       .arg(list->sequence);
        return it->sequence == list->sequence && it->encoded == list->encoded;
    }
    m_lists.insert(list->kid, *list);
    return true;
}

std::optional<RevocationList::Entry> TrustList::revocation(const QString &number) const
{
    std::optional<RevocationList::Entry> out;
    for (const RevocationList &l : m_lists) {
        const RevocationList::Entry *e = l.find(number);
        if (!e)
            continue;
        if (!out
            || (e->state == RevocationList::State::Revoked
                && out->state != RevocationList::State::Revoked))
            out = *e;
    }
    return out;
}

QByteArray TrustList::toJson() const
{
    QJsonArray roots;
    for (const Root &r : m_roots) {
        QJsonObject o {
            {QStringLiteral("kid"), QString::fromLatin1(Ed25519::keyId(r.publicKey).toHex())},
            {QStringLiteral("publicKey"), QString::fromLatin1(r.publicKey.toHex())}};
        if (r.demo)
            o.insert(QStringLiteral("demo"), true);
        roots.append(o);
    }
    QJsonArray certs;
    for (const KeyCertificate &c : m_keyCerts)
        certs.append(QString::fromLatin1(c.encoded.toHex()));
    QJsonArray lists;
    for (const RevocationList &l : m_lists)
        lists.append(QString::fromLatin1(l.encoded.toHex()));
    const QJsonObject o {{QStringLiteral("format"), format()}, {QStringLiteral("version"), 1},
        {QStringLiteral("roots"), roots}, {QStringLiteral("keyCertificates"), certs},
        {QStringLiteral("revocationLists"), lists}};
    return QJsonDocument(o).toJson();
}

Result<TrustList, QString> TrustList::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || o.value(QStringLiteral("format")) != format()
        || o.value(QStringLiteral("version")).toInt() != 1)
        return unexpected(tr("This is not a consortium key file."));
    TrustList t;
    const QJsonArray roots = o.value(QStringLiteral("roots")).toArray();
    for (const QJsonValue &r : roots) {
        const QByteArray key = QByteArray::fromHex(
            r.toObject().value(QStringLiteral("publicKey")).toString().toLatin1());
        if (key.size() != Ed25519::PublicKeySize)
            return unexpected(tr("A root key in the consortium key file is damaged."));
        t.addRoot(key, r.toObject().value(QStringLiteral("demo")).toBool());
    }
    if (t.isEmpty())
        return unexpected(tr("The consortium key file holds no root key."));
    // Certificates and lists that do not check out are left out: only the roots are trusted.
    for (const QJsonValue &c : o.value(QStringLiteral("keyCertificates")).toArray())
        t.addKeyCertificate(QByteArray::fromHex(c.toString().toLatin1()));
    for (const QJsonValue &l : o.value(QStringLiteral("revocationLists")).toArray())
        t.addRevocationList(QByteArray::fromHex(l.toString().toLatin1()));
    return t;
}

} // namespace ef
