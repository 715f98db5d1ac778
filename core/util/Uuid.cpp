#include "Uuid.h"

#include "Clock.h"

#include <QRandomGenerator>
#include <cstring>

namespace ef {

namespace {

Uuid makeV7(std::int64_t ms, quint64 randA, quint64 randB)
{
    unsigned char b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>((static_cast<quint64>(ms) >> (8 * (5 - i))) & 0xff);
    for (int i = 0; i < 2; ++i)
        b[6 + i] = static_cast<unsigned char>(randA >> (8 * i));
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<unsigned char>(randB >> (8 * i));
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80); // RFC 9562 variant
    return Uuid::fromRaw(b);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

Uuid Uuid::v7(const Clock &clock)
{
    auto *rng = QRandomGenerator::system();
    return makeV7(clock.nowMs(), rng->generate64(), rng->generate64());
}

Uuid Uuid::v7(std::int64_t unixMs, QRandomGenerator &random)
{
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    return makeV7(unixMs, a, b);
}

Uuid Uuid::fromRaw(const unsigned char *bytes16)
{
    Uuid id;
    std::memcpy(id.m_bytes.data(), bytes16, 16);
    return id;
}

std::optional<Uuid> Uuid::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != 16)
        return std::nullopt;
    return fromRaw(reinterpret_cast<const unsigned char *>(bytes.constData()));
}

std::optional<Uuid> Uuid::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'{') && text.endsWith(u'}'))
        text = text.mid(1, text.size() - 2);
    if (text.size() != 36)
        return std::nullopt;
    Uuid id;
    int out = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != u'-')
                return std::nullopt;
            ++i;
            continue;
        }
        const int hi = hexValue(text[i]);
        const int lo = hexValue(text[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        id.m_bytes[out++] = static_cast<unsigned char>(hi * 16 + lo);
        i += 2;
    }
    return id;
}

bool Uuid::isNull() const
{
    for (auto b : m_bytes)
        if (b)
            return false;
    return true;
}

QString Uuid::toString() const
{
    static constexpr char hex[] = "0123456789abcdef";
    QString s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += u'-';
        s += QLatin1Char(hex[m_bytes[i] >> 4]);
        s += QLatin1Char(hex[m_bytes[i] & 0xf]);
    }
    return s;
}

QByteArray Uuid::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), 16);
}

std::int64_t Uuid::timestampMs() const
{
    std::int64_t ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | m_bytes[i];
    return ms;
}

} // namespace ef
