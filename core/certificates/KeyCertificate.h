// An office's signing key certified by the consortium's root key: which office, its public key,
// the days it may sign, and the block of register numbers it may give, as a COSE_Sign1 signed by
// the root. Retiring a key is certifying it again with an earlier end: a verifier holding several
// certificates of one key takes the earliest end.
#pragma once

#include "CoseSign1.h"

#include <QDate>
#include <QString>
#include <optional>

namespace ef {

class SigningKey;

struct KeyCertificate
{
    QString office; // the office code in the register numbers (EKTU)
    QString officeName; // for people reading the verification
    QByteArray publicKey;
    QDate validFrom;
    QDate validUntil; // inclusive
    int firstSerial = 1; // the block of the six-digit serials this key numbers from
    int lastSerial = 999'999;
    bool demo = false; // a demo key: only a demo data file trusts its root
    qint64 certifiedAt = 0; // seconds since 1970, UTC

    QByteArray rootKid; // the key id of the root that signed it (from the COSE header)
    QByteArray encoded; // the COSE_Sign1 as signed

    QByteArray keyId() const;
    bool covers(const QDate &day) const { return day >= validFrom && day <= validUntil; }

    // Signs the fields above with the root key; fills rootKid and encoded.
    static KeyCertificate certify(KeyCertificate fields, const SigningKey &root);
    // Reads a key certificate; checks its signature only when `rootPublicKey` is given.
    static std::optional<KeyCertificate> decode(
        QByteArrayView bytes, QByteArrayView rootPublicKey = {}, QString *why = nullptr);

    static constexpr int Version = 1;
};

} // namespace ef
