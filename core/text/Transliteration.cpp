#include "Transliteration.h"

#include <QList>

namespace ef {

namespace {

const char *kazakh2021(char32_t c)
{
    switch (c) {
    case U'а':
        return "a";
    case U'ә':
        return "ä";
    case U'б':
        return "b";
    case U'в':
        return "v";
    case U'г':
        return "g";
    case U'ғ':
        return "ğ";
    case U'д':
        return "d";
    case U'е':
        return "e";
    case U'ё':
        return "io";
    case U'ж':
        return "j";
    case U'з':
        return "z";
    case U'и':
        return "i";
    case U'й':
        return "i";
    case U'к':
        return "k";
    case U'қ':
        return "q";
    case U'л':
        return "l";
    case U'м':
        return "m";
    case U'н':
        return "n";
    case U'ң':
        return "ñ";
    case U'о':
        return "o";
    case U'ө':
        return "ö";
    case U'п':
        return "p";
    case U'р':
        return "r";
    case U'с':
        return "s";
    case U'т':
        return "t";
    case U'у':
        return "u";
    case U'ұ':
        return "ū";
    case U'ү':
        return "ü";
    case U'ф':
        return "f";
    case U'х':
        return "h";
    case U'һ':
        return "h";
    case U'ц':
        return "ts";
    case U'ч':
        return "ç";
    case U'ш':
        return "ş";
    case U'щ':
        return "şş";
    case U'ъ':
        return "";
    case U'ы':
        return "y";
    case U'і':
        return "ı";
    case U'ь':
        return "";
    case U'э':
        return "e";
    case U'ю':
        return "iu";
    case U'я':
        return "ia";
    default:
        return nullptr;
    }
}

} // namespace

const char *Transliteration::icaoLetter(char32_t c)
{
    switch (c) {
    case U'а':
        return "a";
    case U'б':
        return "b";
    case U'в':
        return "v";
    case U'г':
        return "g";
    case U'д':
        return "d";
    case U'е':
        return "e";
    case U'ё':
        return "e";
    case U'ж':
        return "zh";
    case U'з':
        return "z";
    case U'и':
        return "i";
    case U'й':
        return "i";
    case U'к':
        return "k";
    case U'л':
        return "l";
    case U'м':
        return "m";
    case U'н':
        return "n";
    case U'о':
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
        return "u";
    case U'ф':
        return "f";
    case U'х':
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
        return "ie";
    case U'ы':
        return "y";
    case U'ь':
        return "";
    case U'э':
        return "e";
    case U'ю':
        return "iu";
    case U'я':
        return "ia";
    // Kazakh letters met in a Russian-spelled name: their nearest passport spelling.
    case U'ә':
        return "a";
    case U'ғ':
        return "g";
    case U'қ':
        return "k";
    case U'ң':
        return "n";
    case U'ө':
        return "o";
    case U'ұ':
        return "u";
    case U'ү':
        return "u";
    case U'һ':
        return "h";
    case U'і':
        return "i";
    default:
        return nullptr;
    }
}

namespace {

bool isUpper(char32_t c)
{
    return QChar::isUpper(c);
}

} // namespace

bool Transliteration::looksKazakh(QStringView text)
{
    for (char32_t c : text.toUcs4()) {
        switch (QChar::toLower(c)) {
        case U'ә':
        case U'ғ':
        case U'қ':
        case U'ң':
        case U'ө':
        case U'ұ':
        case U'ү':
        case U'һ':
        case U'і':
            return true;
        default:
            break;
        }
    }
    return false;
}

QString Transliteration::toLatin(QStringView cyrillic, System system)
{
    if (system == System::Automatic)
        system = looksKazakh(cyrillic) ? System::Kazakh2021 : System::Icao9303;
    const auto table = system == System::Kazakh2021 ? kazakh2021 : icaoLetter;

    const QList<uint> chars = cyrillic.toUcs4();
    QString out;
    out.reserve(cyrillic.size() + 4);
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i];
        const char32_t lower = QChar::toLower(c);
        const char *latin = table(lower);
        if (!latin) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        QString piece = QString::fromUtf8(latin);
        if (isUpper(c) && !piece.isEmpty()) {
            // "Ж" → "Zh" inside a capitalised word, "ZH" when the whole word is in capitals.
            const bool nextUpper = i + 1 < chars.size() && isUpper(chars[i + 1]);
            const bool prevUpper = i > 0 && isUpper(chars[i - 1]);
            if (nextUpper
                || (prevUpper && (i + 1 >= chars.size() || !QChar::isLetter(chars[i + 1]))))
                piece = piece.toUpper();
            else
                piece[0] = piece[0].toUpper();
            // Kazakh Latin 2021 writes capital и/й as İ and capital і as I.
            if (system == System::Kazakh2021 && (lower == U'и' || lower == U'й'))
                piece = QStringLiteral("İ");
        }
        out += piece;
    }
    return out;
}

} // namespace ef
