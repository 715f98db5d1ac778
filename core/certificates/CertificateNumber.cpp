#include "CertificateNumber.h"

#include <QRegularExpression>

namespace ef {

QString CertificateNumber::toString() const
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(prefix(), office)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(serial, 6, 10, QLatin1Char('0'));
}

bool CertificateNumber::isOfficeCode(QStringView code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9]{1,9}$"));
    return re.match(code).hasMatch();
}

std::optional<CertificateNumber> CertificateNumber::parse(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^EF-([A-Z][A-Z0-9]{1,9})-((?:19|20|21)\\d\\d)-(\\d{6})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    CertificateNumber n;
    n.office = m.captured(1);
    n.year = m.captured(2).toInt();
    n.serial = m.captured(3).toInt();
    if (n.serial < 1)
        return std::nullopt;
    return n;
}

} // namespace ef
