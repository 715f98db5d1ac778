// Register numbers: "EF-" office code "-" year "-" six-digit serial (EF-EKTU-2026-000123). The
// office code makes numbers of different offices differ; within an office, each signing key
// numbers from its own certified block of serials, so devices issuing offline never collide.
#pragma once

#include <QString>
#include <optional>

namespace ef {

struct CertificateNumber
{
    QString office;
    int year = 0;
    int serial = 0;

    QString toString() const;
    static std::optional<CertificateNumber> parse(QStringView text);
    // Office codes: 2 to 10 capital Latin letters or digits, starting with a letter.
    static bool isOfficeCode(QStringView code);
    static QString prefix() { return QStringLiteral("EF"); }
};

} // namespace ef
