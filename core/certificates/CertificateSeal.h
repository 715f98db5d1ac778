// The text a certificate's QR code holds: "EF1:" then Base45 of the zlib-compressed COSE_Sign1
// over the CBOR payload, as the EU Digital COVID Certificate's "HC1:". Making it signs; opening it
// undoes each stage and reports which one failed, without yet checking the signature.
#pragma once

#include "CertificatePayload.h"
#include "CoseSign1.h"

#include <QString>

namespace ef {

class SigningKey;

class CertificateSeal
{
public:
    static QString prefix() { return QStringLiteral("EF1:"); }
    // The QR code must stay readable at 30 mm: the sealed text is kept to this many characters.
    static constexpr int MaxTextLength = 400;
    static constexpr qsizetype MaxPayload = 4096; // what inflating may produce

    static QString seal(const CertificatePayload &payload, const SigningKey &key);
    // The seal within MaxTextLength: when the whole payload is too long, it leaves out, in this
    // order, the programme title, the event dates, the ECTS credits, the replaced number and the
    // patronymic (the printed page keeps them all). Empty when even that is too long; `used` is
    // the payload as signed.
    static QString sealWithinBudget(const CertificatePayload &payload, const SigningKey &key,
        CertificatePayload *used = nullptr);

    enum class Stage { Ok, NotOurs, Base45, Zlib, Cose, Payload };
    struct Opened
    {
        Stage stage = Stage::NotOurs; // the stage that failed, or Ok
        QString why; // in English, for logs and tests
        CoseSign1 cose;
        CertificatePayload payload;
    };
    static Opened open(QStringView text);
};

} // namespace ef
