#include "KazakhCollation.h"

#include <QChar>
#include <cstring>

namespace ef {

namespace {

// Decodes one UTF-8 code point; invalid bytes are taken one at a time as themselves.
char32_t decode(const unsigned char *&p, const unsigned char *end)
{
    const unsigned c = *p++;
    if (c < 0x80)
        return c;
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (extra == 0 || end - p < extra)
        return c;
    char32_t cp = c & (0x3f >> extra);
    for (int i = 0; i < extra; ++i)
        cp = (cp << 6) | (*p++ & 0x3f);
    return cp;
}

constexpr char16_t CyrillicOrder[] = u"аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
constexpr char16_t LatinOrder[] = u"aäbcçdefgğhıijklmnñoöpqrsştuūüvwxyz";

struct Weights
{
    int cyrillic[0x500 - 0x400] {};
    int latin[0x180] {};
    Weights()
    {
        int w = 3000;
        for (char16_t c : std::u16string_view(CyrillicOrder))
            cyrillic[c - 0x400] = (w += 2);
        w = 1000;
        for (char16_t c : std::u16string_view(LatinOrder))
            latin[c] = (w += 2);
        // Accented Latin letters outside Kazakh Latin sort with their base letter.
        latin[u'à'] = latin[u'á'] = latin[u'â'] = latin[u'ã'] = latin[u'å'] = latin[u'a'];
        latin[u'è'] = latin[u'é'] = latin[u'ê'] = latin[u'ë'] = latin[u'e'];
        latin[u'ì'] = latin[u'í'] = latin[u'î'] = latin[u'ï'] = latin[u'i'];
        latin[u'ò'] = latin[u'ó'] = latin[u'ô'] = latin[u'õ'] = latin[u'o'];
        latin[u'ù'] = latin[u'ú'] = latin[u'û'] = latin[u'u'];
        latin[u'ý'] = latin[u'ÿ'] = latin[u'y'];
        latin[u'ß'] = latin[u's'];
        latin[u'ō'] = latin[u'o'];
        latin[u'ā'] = latin[u'a'];
        latin[u'ī'] = latin[u'i'];
        latin[u'ō'] = latin[u'o'];
    }
};

const Weights &weights()
{
    static const Weights w;
    return w;
}

// Primary weight: digits < Latin < Cyrillic < everything else; punctuation and spaces first.
int primary(char32_t lower)
{
    const Weights &w = weights();
    if (lower >= U'0' && lower <= U'9')
        return 500 + int(lower - U'0');
    if (lower < 0x180 && w.latin[lower])
        return w.latin[lower];
    if (lower >= 0x400 && lower < 0x500 && w.cyrillic[lower - 0x400])
        return w.cyrillic[lower - 0x400];
    if (lower < 0x80)
        return int(lower); // spaces and punctuation
    return 100000 + int(lower);
}

} // namespace

int compareKazakh(const char *a, int na, const char *b, int nb)
{
    auto *pa = reinterpret_cast<const unsigned char *>(a);
    auto *pb = reinterpret_cast<const unsigned char *>(b);
    const auto *ea = pa + na;
    const auto *eb = pb + nb;
    int caseDiff = 0;
    while (pa < ea && pb < eb) {
        const char32_t ca = decode(pa, ea);
        const char32_t cb = decode(pb, eb);
        if (ca == cb)
            continue;
        const char32_t la = QChar::toLower(ca);
        const char32_t lb = QChar::toLower(cb);
        const int wa = primary(la);
        const int wb = primary(lb);
        if (wa != wb)
            return wa < wb ? -1 : 1;
        if (!caseDiff)
            caseDiff = (la == ca) ? -1 : 1; // lower case first
    }
    if (pa < ea)
        return 1;
    if (pb < eb)
        return -1;
    if (caseDiff)
        return caseDiff;
    const int n = std::memcmp(a, b, size_t(na < nb ? na : nb));
    return n ? n : (na < nb ? -1 : na > nb ? 1 : 0);
}

} // namespace ef
