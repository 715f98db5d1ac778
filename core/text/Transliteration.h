// Latin forms of names written in Cyrillic: the official Kazakh Latin alphabet of 2021 for
// Kazakh names and the passport rules of ICAO Doc 9303 for Russian ones. The result prefills
// a person's Latin name; the user can always correct it.
#pragma once

#include <QString>

namespace ef {

class Transliteration
{
public:
    enum class System {
        Automatic, // Kazakh 2021 when the name has a Kazakh-only letter, else ICAO 9303
        Kazakh2021,
        Icao9303,
    };

    static QString toLatin(QStringView cyrillic, System system = System::Automatic);
    // True when the text holds a letter used only in Kazakh (ә ғ қ ң ө ұ ү һ і).
    static bool looksKazakh(QStringView text);
    // The passport (ICAO 9303) spelling of one lower-case Cyrillic letter, Kazakh letters by
    // their nearest Latin base; null for anything else.
    static const char *icaoLetter(char32_t lowerCyrillic);
};

} // namespace ef
