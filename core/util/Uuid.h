// A 16-byte UUID as stored in the database (BLOB) and written in text (8-4-4-4-12 hex).
// New ids are UUIDv7: 48-bit Unix milliseconds first, so keys made on one device sort by time.
#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>

class QRandomGenerator;

namespace ef {

class Clock;

class Uuid
{
public:
    Uuid() = default;

    static Uuid v7(const Clock &clock);
    // A reproducible v7 id from a given time and generator, for deterministic data generation.
    static Uuid v7(std::int64_t unixMs, QRandomGenerator &random);
    static std::optional<Uuid> fromString(QStringView text);
    static std::optional<Uuid> fromBytes(const QByteArray &bytes);
    static Uuid fromRaw(const unsigned char *bytes16);

    bool isNull() const;
    QString toString() const;
    QByteArray toBytes() const;
    const unsigned char *data() const { return m_bytes.data(); }
    int version() const { return m_bytes[6] >> 4; }
    std::int64_t timestampMs() const;

    friend bool operator==(const Uuid &, const Uuid &) = default;
    friend auto operator<=>(const Uuid &, const Uuid &) = default;

private:
    std::array<unsigned char, 16> m_bytes {};
};

inline size_t qHash(const Uuid &id, size_t seed = 0)
{
    return qHashBits(id.data(), 16, seed);
}

} // namespace ef

Q_DECLARE_METATYPE(ef::Uuid)
