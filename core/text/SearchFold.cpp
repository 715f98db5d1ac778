#include "SearchFold.h"

#include <QRegularExpression>
#include <QStringList>

namespace ef {

namespace {

// One folded spelling per lower-case letter. Kazakh letters fold onto their nearest Latin base,
// as the 2021 Kazakh Latin alphabet and passport (ICAO 9303) spellings both do.
const char *cyrillicToLatin(char32_t c)
{
    switch (c) {
    case U'а':
    case U'ә':
        return "a";
    case U'б':
        return "b";
    case U'в':
        return "v";
    case U'г':
    case U'ғ':
        return "g";
    case U'д':
        return "d";
    case U'е':
    case U'ё':
    case U'э':
        return "e";
    case U'ж':
        return "zh";
    case U'з':
        return "z";
    case U'и':
    case U'й':
    case U'і':
    case U'ы':
        return "i";
    case U'к':
    case U'қ':
        return "k";
    case U'л':
        return "l";
    case U'м':
        return "m";
    case U'н':
    case U'ң':
        return "n";
    case U'о':
    case U'ө':
        return "o";
    case U'п':
        return "p";
    case U'р':
        return "r";
    case U'с':
        return "s";
    case U'т':
        return "t";
    case U'у':
    case U'ұ':
    case U'ү':
    case U'ў':
        return "u";
    case U'ф':
        return "f";
    case U'х':
    case U'һ':
        return "kh";
    case U'ц':
        return "ts";
    case U'ч':
        return "ch";
    case U'ш':
        return "sh";
    case U'щ':
        return "shch";
    case U'ъ':
    case U'ь':
        return "";
    case U'ю':
        return "iu";
    case U'я':
        return "ia";
    case U'є':
        return "ie";
    case U'ї':
        return "i";
    default:
        return nullptr;
    }
}

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
        } else if (const char *m = cyrillicToLatin(c)) {
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
