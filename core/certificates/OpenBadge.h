// The certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential) signed as a
// VC-JWT with EdDSA by the same office key that signs the QR code, for the holder's wallet. The
// issuer is the key's did:key, so a wallet checks it with no network.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace ef {

class SigningKey;

class OpenBadge
{
public:
    struct Fields
    {
        QString number;
        QString holderName;
        QString programmeCode;
        QString programmeTitle;
        QString description; // what was completed, in the badge's language
        QString criteria; // how it was earned
        double ects = 0;
        double hours = 0;
        QString issuerName;
        QDate issuedOn;
        QDate validUntil;
    };

    // The credential (the JWT's payload, OB 3.0 section 8.2: the credential's members with the
    // registered claims iss, jti, nbf and exp).
    static QJsonObject credential(const Fields &fields, const QByteArray &publicKey);
    // header.payload.signature, each part base64url.
    static QString sign(const Fields &fields, const SigningKey &key);
    // The payload of a VC-JWT whose EdDSA signature matches its header's key; an error (in
    // English) otherwise.
    static Result<QJsonObject, QString> verify(const QString &jwt, const QByteArray &publicKey);

    // did:key:z6Mk… for an Ed25519 public key (the multicodec 0xed01, base58btc).
    static QString didKey(const QByteArray &publicKey);
};

} // namespace ef
