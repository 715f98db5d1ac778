// CBOR through QtCore's QCborValue, held to the strict reading a signed payload needs: exactly
// one item, nothing after it, no duplicate map keys, bounded size and depth. Encoding writes
// definite lengths and map keys in the order given, so callers that insert keys in ascending
// order get the deterministic encoding of RFC 8949, section 4.2.
#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QString>
#include <optional>

namespace ef {

class Cbor
{
public:
    static QByteArray encode(const QCborValue &value);
    // Nothing when `bytes` is not one well-formed, strict item; `why` says what is wrong (for
    // logs and tests, in English).
    static std::optional<QCborValue> decode(QByteArrayView bytes, QString *why = nullptr);

    // Dates as RFC 8943 "days since 1970-01-01" (tag 100).
    static QCborValue date(const QDate &date);
    static std::optional<QDate> toDate(const QCborValue &value);

    static constexpr qsizetype MaxBytes = 64 * 1024;
    static constexpr int MaxDepth = 8;
};

} // namespace ef
