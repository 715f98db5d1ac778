#include "Ed25519.h"

#include <sodium.h>

namespace ef {

void Ed25519::ensureInitialised()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        qFatal("libsodium cannot start");
}

bool Ed25519::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    ensureInitialised();
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
               reinterpret_cast<const unsigned char *>(message.data()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.data()))
        == 0;
}

QByteArray Ed25519::keyId(QByteArrayView publicKey)
{
    ensureInitialised();
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char *>(publicKey.data()),
        static_cast<unsigned long long>(publicKey.size()));
    return QByteArray(reinterpret_cast<const char *>(hash), KeyIdSize);
}

QByteArray Ed25519::randomBytes(int size)
{
    ensureInitialised();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(size));
    return out;
}

} // namespace ef
