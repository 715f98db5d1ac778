// How dates are written in the UI language: the locale's short date (kk_KZ 15.01.2025,
// ru_RU 15.01.2025, en_GB 15/01/2025), always with a four-digit year, the same in lists, forms,
// filters, histories and messages.
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace ef {

class DateFormat
{
public:
    // The locale's short date format with the year in four digits (kk_KZ's own is dd.MM.yy).
    static QString shortFormat(const QLocale &locale = QLocale());
    // `date` in that format; empty for an invalid date.
    static QString shortDate(const QDate &date, const QLocale &locale = QLocale());
};

} // namespace ef
