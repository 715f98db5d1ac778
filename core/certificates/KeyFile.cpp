#include "KeyFile.h"

#include "Ed25519.h"

#include <sodium.h>

namespace ef {

namespace {

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

QByteArray unhex(const QJsonValue &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

QString kindName(KeyFile::Kind k)
{
    return k == KeyFile::Kind::Root ? QStringLiteral("root") : QStringLiteral("office");
}

// The secretbox key from the passphrase; false when libsodium cannot (out of memory).
bool deriveKey(unsigned char *out, const QByteArray &passphrase, const QByteArray &salt,
    quint64 ops, quint64 mem)
{
    return crypto_pwhash(out, crypto_secretbox_KEYBYTES, passphrase.constData(),
               static_cast<unsigned long long>(passphrase.size()),
               reinterpret_cast<const unsigned char *>(salt.constData()), ops, std::size_t(mem),
               crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

} // namespace

KeyFile::Cost KeyFile::rootCost()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KeyFile::Cost KeyFile::officeCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KeyFile::Cost KeyFile::testCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QJsonObject KeyFile::seal(
    const SigningKey &key, const Info &info, const QByteArray &passphrase, Cost cost)
{
    Ed25519::ensureInitialised();
    const QByteArray salt = Ed25519::randomBytes(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = Ed25519::randomBytes(crypto_secretbox_NONCEBYTES);
    unsigned char box[crypto_secretbox_KEYBYTES];
    if (!deriveKey(box, passphrase, salt, cost.opsLimit, cost.memLimit))
        return {};
    QByteArray seed = key.seed();
    QByteArray cipher(seed.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(cipher.data()),
        reinterpret_cast<const unsigned char *>(seed.constData()),
        static_cast<unsigned long long>(seed.size()),
        reinterpret_cast<const unsigned char *>(nonce.constData()), box);
    sodium_memzero(box, sizeof box);
    sodium_memzero(seed.data(), std::size_t(seed.size()));

    QJsonObject o;
    o.insert(QStringLiteral("format"), format());
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("kind"), kindName(info.kind));
    if (info.kind == Kind::Office)
        o.insert(QStringLiteral("office"), info.office);
    o.insert(QStringLiteral("kid"), hex(key.keyId()));
    o.insert(QStringLiteral("publicKey"), hex(key.publicKey()));
    if (info.demo)
        o.insert(QStringLiteral("demo"), true);
    o.insert(QStringLiteral("kdf"),
        QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
            {QStringLiteral("salt"), hex(salt)},
            {QStringLiteral("opsLimit"), double(cost.opsLimit)},
            {QStringLiteral("memLimit"), double(cost.memLimit)}});
    o.insert(QStringLiteral("cipher"),
        QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("xsalsa20poly1305")},
            {QStringLiteral("nonce"), hex(nonce)}, {QStringLiteral("ciphertext"), hex(cipher)}});
    return o;
}

Result<KeyFile::Info, QString> KeyFile::info(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toString() != format()
        || o.value(QStringLiteral("version")).toInt() != 1)
        return unexpected(tr("This is not an EduFusion key file."));
    Info i;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind != u"root" && kind != u"office")
        return unexpected(tr("The key file's kind “%1” is neither root nor office.").arg(kind));
    i.kind = kind == u"root" ? Kind::Root : Kind::Office;
    i.office = o.value(QStringLiteral("office")).toString();
    i.publicKey = unhex(o.value(QStringLiteral("publicKey")));
    i.kid = unhex(o.value(QStringLiteral("kid")));
    i.demo = o.value(QStringLiteral("demo")).toBool();
    if (i.publicKey.size() != Ed25519::PublicKeySize || i.kid != Ed25519::keyId(i.publicKey))
        return unexpected(tr("The key file's public key or key id is damaged."));
    if (i.kind == Kind::Office && i.office.isEmpty())
        return unexpected(tr("The office key file names no office."));
    return i;
}

Result<SigningKey, QString> KeyFile::open(const QJsonObject &o, const QByteArray &passphrase)
{
    const auto i = info(o);
    if (!i)
        return unexpected(i.error());
    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    const QJsonObject cipher = o.value(QStringLiteral("cipher")).toObject();
    const QByteArray salt = unhex(kdf.value(QStringLiteral("salt")));
    const QByteArray nonce = unhex(cipher.value(QStringLiteral("nonce")));
    const QByteArray box = unhex(cipher.value(QStringLiteral("ciphertext")));
    const double ops = kdf.value(QStringLiteral("opsLimit")).toDouble();
    const double mem = kdf.value(QStringLiteral("memLimit")).toDouble();
    // Limits an attacker could set to exhaust the machine are refused before any work.
    if (kdf.value(QStringLiteral("algorithm")).toString() != u"argon2id13"
        || cipher.value(QStringLiteral("algorithm")).toString() != u"xsalsa20poly1305"
        || salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES
        || box.size() != Ed25519::SeedSize + crypto_secretbox_MACBYTES
        || ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return unexpected(tr("The key file's encryption is damaged or of an unknown kind."));
    Ed25519::ensureInitialised();
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(key, passphrase, salt, quint64(ops), quint64(mem)))
        return unexpected(tr("There is not enough memory to open the key file."));
    QByteArray seed(Ed25519::SeedSize, Qt::Uninitialized);
    const bool opened = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(seed.data()),
                            reinterpret_cast<const unsigned char *>(box.constData()),
                            static_cast<unsigned long long>(box.size()),
                            reinterpret_cast<const unsigned char *>(nonce.constData()), key)
        == 0;
    sodium_memzero(key, sizeof key);
    if (!opened)
        return unexpected(tr("The passphrase is wrong, or the key file was changed."));
    SigningKey k = SigningKey::fromSeed(seed);
    sodium_memzero(seed.data(), std::size_t(seed.size()));
    // The public key written next to the secret must be the secret's own.
    if (k.publicKey() != i->publicKey)
        return unexpected(tr("The key file's public key does not belong to its secret key."));
    return k;
}

} // namespace ef
