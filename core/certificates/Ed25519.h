// Ed25519 signatures through libsodium: checking a signature, and the key id by which a
// certificate names the key that signed it (the first 8 bytes of the public key's SHA-256).
#pragma once

#include <QByteArray>

namespace ef {

class Ed25519
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SeedSize = 32;
    static constexpr int SignatureSize = 64;
    static constexpr int KeyIdSize = 8;

    // libsodium's own start-up; every function here calls it, it is cheap after the first time.
    static void ensureInitialised();
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
    static QByteArray keyId(QByteArrayView publicKey);
    // `size` bytes from the operating system's random source.
    static QByteArray randomBytes(int size);
};

} // namespace ef
