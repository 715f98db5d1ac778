#include "CertificateKeys.h"

#include "Ed25519.h"
#include "OfficeKey.h"
#include "PublishedRevocationList.h"
#include "records/RecordType.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace ef {

namespace {

std::optional<CertificateKeys::Protection> protectionFrom(QStringView name)
{
    if (name == u"passphrase")
        return CertificateKeys::Protection::Passphrase;
    if (name == u"keychain")
        return CertificateKeys::Protection::Keychain;
    if (name == u"demo")
        return CertificateKeys::Protection::Demo;
    return std::nullopt;
}

QString storeMessage(const StoreError &e)
{
    return e.message;
}

} // namespace

CertificateKeys::CertificateKeys(Store &store)
    : m_store(store)
{ }

QString CertificateKeys::protectionName(Protection p)
{
    switch (p) {
    case Protection::Passphrase:
        return QStringLiteral("passphrase");
    case Protection::Keychain:
        return QStringLiteral("keychain");
    case Protection::Demo:
        return QStringLiteral("demo");
    }
    return {};
}

Result<void, QString> CertificateKeys::trustRoot(const QByteArray &publicKey, bool demo)
{
    if (publicKey.size() != Ed25519::PublicKeySize)
        return unexpected(tr("A root key is 32 bytes long."));
    Statement s = m_store.db().prepare(QStringLiteral(
        "INSERT OR REPLACE INTO trusted_root (public_key, demo, added_at) VALUES (?, ?, ?)"));
    s.bindAll(publicKey, demo, m_store.clock().nowMs());
    if (auto r = s.exec(); !r)
        return unexpected(StoreError::fromDb(r.error()).message);
    return {};
}

QList<TrustList::Root> CertificateKeys::roots()
{
    QList<TrustList::Root> out;
    Statement s = m_store.db().prepare(
        QStringLiteral("SELECT public_key, demo FROM trusted_root ORDER BY added_at"));
    while (s.next())
        out.append({s.blob(0), s.int64(1) != 0});
    return out;
}

TrustList CertificateKeys::trust()
{
    TrustList t;
    for (const TrustList::Root &r : roots())
        t.addRoot(r.publicKey, r.demo);
    {
        Statement s = m_store.db().prepare(QStringLiteral(
            "SELECT key_certificate FROM office_key WHERE deleted = 0 ORDER BY rowid"));
        while (s.next())
            t.addKeyCertificate(s.blob(0));
    }
    Statement s = m_store.db().prepare(
        QStringLiteral("SELECT list FROM revocation_list WHERE deleted = 0 ORDER BY sequence"));
    while (s.next())
        t.addRevocationList(s.blob(0));
    return t;
}

Result<KeyCertificate, QString> CertificateKeys::importKeyCertificate(const QByteArray &encoded)
{
    TrustList t;
    for (const TrustList::Root &r : roots())
        t.addRoot(r.publicKey, r.demo);
    if (t.isEmpty())
        return unexpected(tr("This data file trusts no consortium root key yet."));
    QString why;
    if (!t.addKeyCertificate(encoded, &why))
        return unexpected(
            tr("The key certificate is not signed by a root key this data file trusts."));
    const KeyCertificate cert = t.keyCertificates().constLast();
    {
        Statement s = m_store.db().prepare(
            QStringLiteral("SELECT 1 FROM office_key WHERE key_certificate = ? AND deleted = 0"));
        s.bind(1, encoded);
        if (s.next())
            return cert;
    }
    OfficeKey k = OfficeKey::from(cert);
    k.ownerId = RecordType::homeInstitution(m_store);
    if (k.ownerId.isNull())
        return unexpected(tr("This data file has no institution of its own yet to keep the key "
                             "under: sign in to the consortium's server first."));
    if (auto r = m_store.transact([&] { return m_store.insert(k); }); !r)
        return unexpected(storeMessage(r.error()));
    return cert;
}

Result<void, QString> CertificateKeys::addSecret(const SigningKey &key, const QString &office,
    Protection protection, const QByteArray &passphrase, KeyFile::Cost cost)
{
    QString sealed;
    if (protection == Protection::Passphrase || protection == Protection::Demo) {
        const bool demo = protection == Protection::Demo;
        if (!demo && passphrase.size() < 8)
            return unexpected(tr("Choose a passphrase of at least 8 characters."));
        KeyFile::Info info;
        info.kind = KeyFile::Kind::Office;
        info.office = office;
        info.demo = demo;
        // The demo passphrase is published: a costly derivation would protect nothing.
        const QJsonObject file = KeyFile::seal(
            key, info, demo ? demoPassphrase() : passphrase, demo ? KeyFile::demoCost() : cost);
        if (file.isEmpty())
            return unexpected(tr("There is not enough memory to seal the key."));
        sealed = QString::fromUtf8(QJsonDocument(file).toJson(QJsonDocument::Compact));
    }
    Statement s = m_store.db().prepare(
        QStringLiteral("INSERT OR REPLACE INTO signing_secret (key_id, office_code, public_key, "
                       "protection, sealed, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    s.bindAll(QString::fromLatin1(key.keyId().toHex()), office, key.publicKey(),
        protectionName(protection), sealed, m_store.clock().nowMs());
    if (auto r = s.exec(); !r)
        return unexpected(StoreError::fromDb(r.error()).message);
    return {};
}

QList<CertificateKeys::Secret> CertificateKeys::secrets()
{
    QList<Secret> out;
    Statement s = m_store.db().prepare(
        QStringLiteral("SELECT key_id, office_code, public_key, protection, sealed FROM "
                       "signing_secret ORDER BY created_at"));
    while (s.next()) {
        Secret x;
        x.kid = QByteArray::fromHex(s.text(0).toLatin1());
        x.office = s.text(1);
        x.publicKey = s.blob(2);
        const auto p = protectionFrom(s.text(3));
        if (!p)
            continue;
        x.protection = *p;
        x.sealed = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
        out.append(x);
    }
    return out;
}

std::optional<CertificateKeys::Secret> CertificateKeys::secret(const QByteArray &kid)
{
    for (const Secret &s : secrets())
        if (s.kid == kid)
            return s;
    return std::nullopt;
}

Result<SigningKey, QString> CertificateKeys::unlock(
    const QByteArray &kid, const QByteArray &passphrase)
{
    const auto s = secret(kid);
    if (!s)
        return unexpected(
            tr("This computer holds no key %1.").arg(QString::fromLatin1(kid.toHex())));
    switch (s->protection) {
    case Protection::Demo:
        return KeyFile::open(s->sealed, demoPassphrase());
    case Protection::Passphrase:
        return KeyFile::open(s->sealed, passphrase);
    case Protection::Keychain:
        break;
    }
    return unexpected(tr("This key is kept in the system's keychain."));
}

Result<void, QString> CertificateKeys::removeSecret(const QByteArray &kid)
{
    Statement s
        = m_store.db().prepare(QStringLiteral("DELETE FROM signing_secret WHERE key_id = ?"));
    s.bind(1, QString::fromLatin1(kid.toHex()));
    if (auto r = s.exec(); !r)
        return unexpected(StoreError::fromDb(r.error()).message);
    return {};
}

QList<CertificateKeys::Usable> CertificateKeys::usable(const QString &office, const QDate &day)
{
    const TrustList t = trust();
    QList<Usable> out;
    for (const Secret &s : secrets()) {
        if (s.office != office)
            continue;
        const auto cert = t.key(s.kid);
        if (cert && cert->office == office && cert->covers(day) && cert->publicKey == s.publicKey)
            out.append({s, *cert});
    }
    return out;
}

Result<std::vector<CertificateKeys::DemoKey>, QString> CertificateKeys::installDemoKeys(
    const QStringList &offices, const QDate &from, const QDate &until, qint64 certifiedAt)
{
    // The root lives only for this call: nothing can be certified with it afterwards.
    const SigningKey root = SigningKey::generate();
    if (auto r = trustRoot(root.publicKey(), true); !r)
        return unexpected(r.error());
    std::vector<DemoKey> out;
    for (const QString &office : offices) {
        DemoKey k;
        k.office = office;
        k.key = SigningKey::generate();
        KeyCertificate f;
        f.office = office;
        f.officeName = office;
        f.publicKey = k.key.publicKey();
        f.validFrom = from;
        f.validUntil = until;
        f.firstSerial = 1;
        f.lastSerial = 9999;
        f.demo = true;
        f.certifiedAt = certifiedAt;
        auto imported = importKeyCertificate(KeyCertificate::certify(f, root).encoded);
        if (!imported)
            return unexpected(imported.error());
        k.certificate = *imported;
        if (auto r = addSecret(k.key, office, Protection::Demo); !r)
            return unexpected(r.error());
        out.push_back(std::move(k));
    }
    return out;
}

} // namespace ef
