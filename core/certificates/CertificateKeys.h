// The keys a data file holds: the consortium root keys it trusts (kept here only, never
// synced), the office key certificates (synced), and this computer's own signing keys, sealed
// with a passphrase (Argon2id + secretbox) or kept in the operating system's keychain. From
// them comes the trust list every verification on this computer uses.
#pragma once

#include "KeyCertificate.h"
#include "KeyFile.h"
#include "SigningKey.h"
#include "TrustList.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace ef {

class Store;

class CertificateKeys
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificateKeys)

public:
    // How a signing key's secret is kept on this computer.
    enum class Protection { Passphrase, Keychain, Demo };

    struct Secret
    {
        QByteArray kid;
        QString office;
        QByteArray publicKey;
        Protection protection = Protection::Passphrase;
        QJsonObject sealed; // the KeyFile, for Passphrase
    };

    explicit CertificateKeys(Store &store);

    // Roots: only a coordinator's command puts one here; a demo data file holds the demo root.
    Result<void, QString> trustRoot(const QByteArray &publicKey, bool demo);
    QList<TrustList::Root> roots();
    // Everything this data file trusts, checked: the roots, the key certificates they signed,
    // the revocation lists signed by those keys.
    TrustList trust();

    // Takes a key certificate in (from the key ceremony): it must be signed by a trusted root.
    // Nothing is stored twice.
    Result<KeyCertificate, QString> importKeyCertificate(const QByteArray &encoded);

    // This computer's signing keys.
    Result<void, QString> addSecret(const SigningKey &key, const QString &office,
        Protection protection, const QByteArray &passphrase = {},
        KeyFile::Cost cost = KeyFile::officeCost());
    QList<Secret> secrets();
    std::optional<Secret> secret(const QByteArray &kid);
    // The key, for a Passphrase or Demo secret (a Keychain one is read by the app's keychain).
    Result<SigningKey, QString> unlock(const QByteArray &kid, const QByteArray &passphrase);
    Result<void, QString> removeSecret(const QByteArray &kid);

    // A key of this computer that may sign for `office` on `day` (certified and in force).
    struct Usable
    {
        Secret secret;
        KeyCertificate certificate;
    };
    QList<Usable> usable(const QString &office, const QDate &day);

    // A demo office key, as installDemoKeys() made it.
    struct DemoKey
    {
        QString office;
        SigningKey key;
        KeyCertificate certificate;
    };
    // The passphrase that seals the demo office keys. It is published (docs/certificates.md):
    // a demo key is trusted by nothing but the demo data file it was made for.
    static QByteArray demoPassphrase() { return QByteArrayLiteral("edufusion-demo"); }
    // Makes a fresh demo consortium: a new root key, trusted by this data file only (as a demo
    // root), that certifies a new demo key for each office and is then forgotten; the office
    // keys are kept here sealed with demoPassphrase() (protection Demo). Nothing of them is in
    // the program: every demo data file has keys of its own.
    Result<std::vector<DemoKey>, QString> installDemoKeys(
        const QStringList &offices, const QDate &from, const QDate &until, qint64 certifiedAt);

    static QString protectionName(Protection p);

private:
    Store &m_store;
};

} // namespace ef
