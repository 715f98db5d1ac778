#include "SigningKey.h"

#include "Ed25519.h"

#include <sodium.h>

namespace ef {

SigningKey::~SigningKey()
{
    wipe();
}

SigningKey::SigningKey(SigningKey &&other) noexcept
    : m_secret(other.m_secret)
    , m_set(other.m_set)
{
    other.wipe();
}

SigningKey &SigningKey::operator=(SigningKey &&other) noexcept
{
    if (this != &other) {
        m_secret = other.m_secret;
        m_set = other.m_set;
        other.wipe();
    }
    return *this;
}

void SigningKey::wipe()
{
    sodium_memzero(m_secret.data(), m_secret.size());
    m_set = false;
}

SigningKey SigningKey::generate()
{
    Ed25519::ensureInitialised();
    SigningKey k;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(pk, k.m_secret.data());
    k.m_set = true;
    return k;
}

SigningKey SigningKey::fromSeed(QByteArrayView seed32)
{
    Ed25519::ensureInitialised();
    SigningKey k;
    if (seed32.size() != crypto_sign_SEEDBYTES)
        return k;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(
        pk, k.m_secret.data(), reinterpret_cast<const unsigned char *>(seed32.data()));
    k.m_set = true;
    return k;
}

QByteArray SigningKey::publicKey() const
{
    if (!m_set)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_secret.data()) + 32, 32);
}

QByteArray SigningKey::keyId() const
{
    return m_set ? Ed25519::keyId(publicKey()) : QByteArray();
}

QByteArray SigningKey::seed() const
{
    if (!m_set)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_secret.data()), 32);
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    if (!m_set)
        return {};
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.data()),
        static_cast<unsigned long long>(message.size()), m_secret.data());
    return sig;
}

} // namespace ef
