// A private key at rest: its 32-byte seed encrypted with a key derived from a passphrase
// (Argon2id, then XSalsa20-Poly1305 secretbox, both libsodium), in a small JSON file that also
// names the key (kind, office, key id, public key). The seed is never written in the clear.
#pragma once

#include "SigningKey.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ef {

class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(ef::KeyFile)

public:
    enum class Kind { Root, Office };
    struct Cost
    {
        quint64 opsLimit;
        quint64 memLimit;
    };
    // libsodium's "moderate" (about a second, 256 MiB) for the root, "interactive" for offices.
    static Cost rootCost();
    static Cost officeCost();
    static Cost testCost(); // the least libsodium allows, for tests only
    // The same least cost for demo keys: their passphrase is published, nothing to slow down.
    static Cost demoCost() { return testCost(); }

    struct Info
    {
        Kind kind = Kind::Office;
        QString office; // empty for the root
        QByteArray kid;
        QByteArray publicKey;
        bool demo = false;
    };

    static QJsonObject seal(
        const SigningKey &key, const Info &info, const QByteArray &passphrase, Cost cost);
    // What the file says about its key, without the passphrase.
    static Result<Info, QString> info(const QJsonObject &file);
    // The key, when the passphrase is right and the file whole.
    static Result<SigningKey, QString> open(const QJsonObject &file, const QByteArray &passphrase);

    static QString format() { return QStringLiteral("edufusion-key"); }
};

} // namespace ef
