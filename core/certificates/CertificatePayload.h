// What a certificate's QR code says, signed: the CWT issuer claim (the office) and the
// certificate itself (serial, holder in both scripts, programme, event dates, hours, ECTS, dates,
// level, the number it replaces). Compact CBOR with integer keys: the number is not written out
// but made from the office, the year of issue and the serial. Decoding is strict (every key
// known, every type exact). docs/certificates.md specifies the layout.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace ef {

struct CertificatePayload
{
    // CWT claims (RFC 8392)
    QString issuer; // the issuing office's code, as in the number (EKTU)

    // The certificate (the private claim -65537)
    QString number; // EF-<issuer>-<year of issue>-<serial>: only the serial is encoded
    QStringList holder; // as written: family, given[, patronymic]
    QStringList holderLatin; // family, given; empty when the name is written in Latin
    QString programmeCode;
    QString titleLanguage; // kk, ru or en; empty with no title
    QString programmeTitle;
    QDate eventStart;
    QDate eventEnd;
    double hours = 0;
    double ects = 0; // 0: none
    QDate issuedOn;
    QDate validUntil; // null: does not expire
    bool international = false;
    QString replaces; // the number this certificate replaces, if reissued

    static constexpr qint64 ClaimKey = -65537;
    static constexpr int Version = 1;

    // Empty when the number is not EF-<issuer>-<year of issue>-<serial>.
    QByteArray toCbor() const;
    static std::optional<CertificatePayload> fromCbor(QByteArrayView bytes, QString *why = nullptr);

    // What the sample certificate of the design preview says (CertificateData::sample()).
    static CertificatePayload sample();

    // "Family Given Patronymic"; the Latin form when `latin` and there is one.
    QString holderName(bool latin = false) const;
    bool operator==(const CertificatePayload &) const = default;
};

} // namespace ef
