#include "records/Validation.h"

#include "records/EnumLabels.h"
#include "records/Field.h"
#include "util/Uuid.h"

#include <QRegularExpression>
#include <QUrl>

namespace ef {

void Validation::check(Problems &p, const FieldInfo &f, const QString &value)
{
    if (value.trimmed().isEmpty()) {
        if (f.required)
            required(p, f.column, value);
        return;
    }
    if (f.maxLength > 0)
        maxLength(p, f.column, value, f.maxLength);
    switch (f.format) {
    case FieldFormat::None:
        break;
    case FieldFormat::Email:
        email(p, f.column, value);
        break;
    case FieldFormat::Phone:
        phone(p, f.column, value);
        break;
    case FieldFormat::Url:
        url(p, f.column, value);
        break;
    case FieldFormat::CountryCode:
        countryCode(p, f.column, value);
        break;
    case FieldFormat::LatinName:
        latinName(p, f.column, value);
        break;
    }
    if (!f.pattern.pattern().isEmpty() && !f.pattern.match(value).hasMatch())
        p.append({f.column, f.translated(f.patternMessage)});
    if ((f.kind == FieldKind::Enum || f.kind == FieldKind::Language)
        && !EnumLabels::words(f.enumType).contains(value))
        p.append({f.column, tr("Choose one of the values in the list.")});
}

void Validation::check(Problems &p, const FieldInfo &f, const Uuid &value)
{
    if (f.required)
        required(p, f.column, value);
}

void Validation::check(Problems &p, const FieldInfo &f, const QDate &value)
{
    if (f.required)
        required(p, f.column, value);
}

void Validation::missingSemester(Problems &p, const QString &field)
{
    p.append({field, tr("Choose a semester.")});
}

void Validation::check(Problems &p, const FieldInfo &f, std::optional<double> value)
{
    if (!value) {
        if (f.required)
            p.append({f.column, tr("This field is required.")});
        return;
    }
    if (f.hasRange && !(*value >= f.min && *value <= f.max)) {
        p.append({f.column,
            f.rangeMessage ? f.translated(f.rangeMessage)
                           : tr("Enter a number from %1 to %2.").arg(f.min).arg(f.max)});
    }
}

void Validation::required(Problems &p, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        p.append({field, tr("This field is required.")});
}

void Validation::required(Problems &p, const QString &field, const Uuid &value)
{
    if (value.isNull())
        p.append({field, tr("Choose a record here.")});
}

void Validation::required(Problems &p, const QString &field, const QDate &value)
{
    if (!value.isValid())
        p.append({field, tr("Enter a valid date.")});
}

void Validation::maxLength(Problems &p, const QString &field, const QString &value, int max)
{
    if (value.size() > max)
        p.append({field, tr("Use at most %n character(s).", nullptr, max)});
}

void Validation::email(Problems &p, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return;
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]{2,}$)"));
    if (!re.match(value).hasMatch())
        p.append({field, tr("Enter an e-mail address such as name@example.kz.")});
}

void Validation::phone(Problems &p, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return;
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ()\-]+$)"));
    int digits = 0;
    for (QChar c : value)
        digits += c.isDigit() ? 1 : 0;
    if (!allowed.match(value).hasMatch() || digits < 7 || digits > 15)
        p.append({field, tr("Enter a phone number of 7 to 15 digits, such as +7 727 377 33 33.")});
}

void Validation::url(Problems &p, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return;
    const QUrl u(value, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty())
        p.append({field, tr("Enter a web address starting with https://.")});
}

void Validation::countryCode(Problems &p, const QString &field, const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
    if (!re.match(value).hasMatch())
        p.append({field, tr("Enter a two-letter country code such as KZ.")});
}

void Validation::dateOrder(
    Problems &p, const QString &laterField, const QDate &earlier, const QDate &later)
{
    if (earlier.isValid() && later.isValid() && later < earlier)
        p.append(
            {laterField, tr("This date cannot be before %1.").arg(earlier.toString(Qt::ISODate))});
}

void Validation::range(Problems &p, const QString &field, double value, double min, double max)
{
    if (!(value >= min && value <= max))
        p.append({field, tr("Enter a number from %1 to %2.").arg(min).arg(max)});
}

void Validation::range(
    Problems &p, const QString &field, std::optional<double> value, double min, double max)
{
    if (value)
        range(p, field, *value, min, max);
}

void Validation::latinName(Problems &p, const QString &field, const QString &value)
{
    for (QChar c : value) {
        const bool ok = c == u' ' || c == u'-' || c == u'\'' || c == u'.'
            || (c.isLetter() && (c.script() == QChar::Script_Latin));
        if (!ok) {
            p.append({field, tr("Use Latin letters only here.")});
            return;
        }
    }
}

void Validation::titleInOneLanguage(
    Problems &p, const QString &field, const QString &en, const QString &ru, const QString &kk)
{
    if (en.trimmed().isEmpty() && ru.trimmed().isEmpty() && kk.trimmed().isEmpty())
        p.append({field, tr("Enter the title in at least one language.")});
}

bool Validation::isValidBin(QStringView bin)
{
    if (bin.size() != 12)
        return false;
    int d[12];
    for (int i = 0; i < 12; ++i) {
        if (!bin[i].isDigit() || bin[i].unicode() > u'9')
            return false;
        d[i] = bin[i].unicode() - u'0';
    }
    auto weighted = [&](int start) {
        int sum = 0;
        for (int i = 0; i < 11; ++i)
            sum += d[i] * ((start + i - 1) % 11 + 1);
        return sum % 11;
    };
    int check = weighted(1);
    if (check == 10)
        check = weighted(3);
    return check != 10 && check == d[11];
}

bool Validation::isValidPic(QStringView pic)
{
    if (pic.size() != 9)
        return false;
    for (QChar c : pic)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return true;
}

} // namespace ef
