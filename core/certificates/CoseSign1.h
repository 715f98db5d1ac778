// A COSE_Sign1 message (RFC 9052, section 4.2) signed with EdDSA over Ed25519: the protected
// header names the algorithm and the signing key's id, the payload is CBOR, and the signature
// covers the Sig_structure ["Signature1", protected, h'', payload]. As in the EU Digital COVID
// Certificate, the message is tagged 18.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace ef {

class SigningKey;

class CoseSign1
{
public:
    static constexpr int AlgEdDSA = -8;
    static constexpr int LabelAlg = 1;
    static constexpr int LabelKid = 4;
    static constexpr int Tag = 18;

    QByteArray protectedHeader; // the bstr's contents, exactly as signed
    QByteArray payload; // the bstr's contents
    QByteArray signature;
    QByteArray kid; // from the protected header

    static CoseSign1 sign(const QByteArray &payload, const SigningKey &key);
    // Nothing when `bytes` is not a COSE_Sign1 with an EdDSA protected header and a kid.
    static std::optional<CoseSign1> decode(QByteArrayView bytes, QString *why = nullptr);

    QByteArray encode() const;
    QByteArray toBeSigned() const;
    bool verify(QByteArrayView publicKey) const;
};

} // namespace ef
