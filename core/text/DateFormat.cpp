#include "DateFormat.h"

#include <QRegularExpression>

namespace ef {

QString DateFormat::shortFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        // A two-digit year ("yy", not part of "yyyy") becomes four: office records span decades.
        static const QRegularExpression twoDigits(QStringLiteral("(?<!y)yy(?!y)"));
        format.replace(twoDigits, QStringLiteral("yyyy"));
    }
    return format;
}

QString DateFormat::shortDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortFormat(locale)) : QString();
}

} // namespace ef
