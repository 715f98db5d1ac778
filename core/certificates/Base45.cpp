#include "Base45.h"

#include <array>

namespace ef {

namespace {

// The value of each character, -1 for characters outside the alphabet.
constexpr std::array<int, 128> values()
{
    std::array<int, 128> v {};
    for (int &x : v)
        x = -1;
    constexpr char chars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    for (int i = 0; i < 45; ++i)
        v[std::size_t(chars[i])] = i;
    return v;
}

constexpr std::array<int, 128> valueOf = values();

} // namespace

QString Base45::encode(QByteArrayView data)
{
    const QStringView a = alphabet();
    QString out;
    out.reserve((data.size() / 2) * 3 + 2);
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2) {
        int n = uchar(data[i]) * 256 + uchar(data[i + 1]);
        out += a[n % 45];
        n /= 45;
        out += a[n % 45];
        out += a[n / 45];
    }
    if (i < data.size()) {
        const int n = uchar(data[i]);
        out += a[n % 45];
        out += a[n / 45];
    }
    return out;
}

std::optional<QByteArray> Base45::decode(QStringView text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    auto digit = [&](qsizetype i) {
        const char16_t c = text[i].unicode();
        return c < 128 ? valueOf[c] : -1;
    };
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const int c = digit(i);
        const int d = digit(i + 1);
        if (c < 0 || d < 0)
            return std::nullopt;
        if (i + 2 < text.size()) {
            const int e = digit(i + 2);
            if (e < 0)
                return std::nullopt;
            const int n = c + d * 45 + e * 45 * 45;
            if (n > 0xFFFF)
                return std::nullopt;
            out += char(n >> 8);
            out += char(n & 0xFF);
        } else {
            const int n = c + d * 45;
            if (n > 0xFF)
                return std::nullopt;
            out += char(n);
        }
    }
    return out;
}

} // namespace ef
