// What a verifier trusts: the consortium's root public keys (a demo data file trusts only the
// demo root), the office key certificates those roots signed, and the revocation lists signed
// by certified office keys. Anything not signed by a trusted root, directly or through a
// certified key, is refused on the way in.
#pragma once

#include "KeyCertificate.h"
#include "RevocationList.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace ef {

class TrustList
{
    Q_DECLARE_TR_FUNCTIONS(ef::TrustList)

public:
    struct Root
    {
        QByteArray publicKey;
        bool demo = false;
    };

    void addRoot(const QByteArray &publicKey, bool demo);
    const QList<Root> &roots() const { return m_roots; }
    bool isEmpty() const { return m_roots.isEmpty(); }

    // False, with the reason in `why` (English), when no trusted root signed it.
    bool addKeyCertificate(QByteArrayView bytes, QString *why = nullptr);
    // False when no certified key signed it, or a newer list of that key is already here.
    bool addRevocationList(QByteArrayView bytes, QString *why = nullptr);

    // The key with this id as its certificates allow it: a retirement (a later certificate with
    // an earlier end) shortens it, a replayed older certificate cannot lengthen it. Demo when
    // its root or certificate is.
    std::optional<KeyCertificate> key(const QByteArray &kid) const;
    QList<KeyCertificate> keys() const; // one per key id, as key() gives it
    const QList<KeyCertificate> &keyCertificates() const { return m_keyCerts; }
    const QHash<QByteArray, RevocationList> &revocationLists() const { return m_lists; }

    // The strongest word on a number from every list: revoked before superseded.
    std::optional<RevocationList::Entry> revocation(const QString &number) const;

    // The file a verifier outside the app needs (edufusion-desk --consortium-key): the roots,
    // and for convenience the key certificates and revocation lists, all in hex.
    QByteArray toJson() const;
    static Result<TrustList, QString> fromJson(const QByteArray &json);
    static QString format() { return QStringLiteral("edufusion-trust"); }

private:
    const Root *rootOf(const QByteArray &kid) const;

    QList<Root> m_roots;
    QList<KeyCertificate> m_keyCerts;
    QHash<QByteArray, RevocationList> m_lists; // by signing key id
};

} // namespace ef
