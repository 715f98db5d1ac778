#include "SearchFold.h"

#include "Transliteration.h"

#include <QRegularExpression>
#include <QStringList>

namespace ef {

namespace {

const char *latinToBase(char32_t c)
{
    switch (c) {
    case U'ä':
    case U'à':
    case U'á':
    case U'â':
    case U'ã':
    case U'å':
    case U'ā':
        return "a";
    case U'ç':
    case U'č':
        return "ch";
    case U'é':
    case U'è':
    case U'ê':
    case U'ë':
        return "e";
    case U'ğ':
        return "g";
    case U'ı':
    case U'í':
    case U'ì':
    case U'î':
    case U'ï':
    case U'ī':
        return "i";
    case U'ñ':
        return "n";
    case U'ö':
    case U'ó':
    case U'ò':
    case U'ô':
    case U'õ':
    case U'ø':
    case U'ō':
        return "o";
    case U'ş':
    case U'š':
        return "sh";
    case U'ū':
    case U'ü':
    case U'ú':
    case U'ù':
    case U'û':
        return "u";
    case U'ý':
    case U'ÿ':
        return "y";
    case U'ž':
        return "zh";
    case U'ß':
        return "ss";
    default:
        return nullptr;
    }
}

// Spellings that differ between transliteration systems fold to one form.
void normalizeSpellings(QString &s)
{
    s.replace(QLatin1String("zh"), QLatin1String("j"));
    s.replace(QLatin1String("kh"), QLatin1String("h"));
    s.replace(QLatin1String("ts"), QLatin1String("c"));
    s.replace(u'y', u'i');
    s.replace(u'q', u'k');
    s.replace(u'w', u'v');
    // "Serikbayev" (English) and "Серикбаев" (passport "Serikbaev"): an iotating i between a
    // vowel and e is dropped; doubled i ("Iuliia", "Yulia") counts once.
    static const QRegularExpression iotated(QStringLiteral("([aeou])i(?=e)"));
    s.replace(iotated, QStringLiteral("\\1"));
    while (s.contains(QLatin1String("ii")))
        s.replace(QLatin1String("ii"), QLatin1String("i"));
}

} // namespace

QString SearchFold::fold(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    bool space = true;
    for (char32_t c : text.toUcs4()) {
        c = QChar::toLower(c);
        if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
            out += QChar(char16_t(c));
            space = false;
        } else if (const char *m = Transliteration::icaoLetter(c)) {
            out += QLatin1String(m);
            space = false;
        } else if (const char *m = latinToBase(c)) {
            out += QLatin1String(m);
            space = false;
        } else if (!space) {
            out += u' ';
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    normalizeSpellings(out);
    return out;
}

QString SearchFold::matchQuery(QStringView userInput)
{
    const QStringList words = fold(userInput).split(u' ', Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : words)
        terms << QStringLiteral("\"%1\"*").arg(w);
    return terms.join(u' ');
}

} // namespace ef
