// An Ed25519 private key in memory: made from fresh randomness or from a 32-byte seed, it signs
// and gives its public key. The secret is wiped when the key goes; it is never copied, only moved.
#pragma once

#include <QByteArray>
#include <array>

namespace ef {

class SigningKey
{
public:
    SigningKey() = default;
    ~SigningKey();
    SigningKey(SigningKey &&other) noexcept;
    SigningKey &operator=(SigningKey &&other) noexcept;
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    static SigningKey generate();
    // The same seed always gives the same key (the demo keys are made this way).
    static SigningKey fromSeed(QByteArrayView seed32);

    bool isNull() const { return !m_set; }
    QByteArray publicKey() const;
    QByteArray keyId() const;
    QByteArray sign(QByteArrayView message) const;
    // The 32-byte seed, for sealing into an encrypted key file; keep the copy short-lived.
    QByteArray seed() const;

private:
    void wipe();

    std::array<unsigned char, 64> m_secret {}; // libsodium's form: seed then public key
    bool m_set = false;
};

} // namespace ef
