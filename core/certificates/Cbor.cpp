#include "Cbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QDate>

namespace ef {

namespace {

const QDate epoch(1970, 1, 1);

// Walks the encoded item as it is written, since QCborValue folds a repeated map key into one
// and would hide it: every map key must be an integer or a text and appear once.
bool walk(QCborStreamReader &r, int depth, QString *why)
{
    auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (depth > Cbor::MaxDepth)
        return fail(QStringLiteral("nested deeper than %1 levels").arg(Cbor::MaxDepth));
    switch (r.type()) {
    case QCborStreamReader::Array: {
        if (!r.enterContainer())
            return fail(r.lastError().toString());
        while (r.hasNext())
            if (!walk(r, depth + 1, why))
                return false;
        return r.leaveContainer() || fail(r.lastError().toString());
    }
    case QCborStreamReader::Map: {
        if (!r.enterContainer())
            return fail(r.lastError().toString());
        QList<qint64> ints;
        QStringList texts;
        while (r.hasNext()) {
            if (r.isInteger()) {
                const qint64 k = r.toInteger();
                if (ints.contains(k))
                    return fail(QStringLiteral("a map repeats the key %1").arg(k));
                ints << k;
                r.next();
            } else if (r.isString()) {
                QString k;
                auto chunk = r.readString();
                while (chunk.status == QCborStreamReader::Ok) {
                    k += chunk.data;
                    chunk = r.readString();
                }
                if (chunk.status == QCborStreamReader::Error)
                    return fail(r.lastError().toString());
                if (texts.contains(k))
                    return fail(QStringLiteral("a map repeats the key \"%1\"").arg(k));
                texts << k;
            } else {
                return fail(QStringLiteral("a map key that is neither an integer nor a text"));
            }
            if (!r.hasNext())
                return fail(QStringLiteral("a map key without a value"));
            if (!walk(r, depth + 1, why))
                return false;
        }
        return r.leaveContainer() || fail(r.lastError().toString());
    }
    case QCborStreamReader::Tag:
        r.next();
        return walk(r, depth + 1, why);
    case QCborStreamReader::Invalid:
        return fail(r.lastError().toString());
    default:
        if (!r.next())
            return fail(r.lastError().toString());
        return true;
    }
}

} // namespace

QByteArray Cbor::encode(const QCborValue &value)
{
    return value.toCbor();
}

std::optional<QCborValue> Cbor::decode(QByteArrayView bytes, QString *why)
{
    if (bytes.isEmpty() || bytes.size() > MaxBytes) {
        if (why)
            *why = QStringLiteral("%1 bytes").arg(bytes.size());
        return std::nullopt;
    }
    const QByteArray data = bytes.toByteArray();
    {
        QCborStreamReader walker(data);
        if (!walk(walker, 0, why))
            return std::nullopt;
        if (walker.currentOffset() != data.size()) {
            if (why)
                *why = QStringLiteral("%1 bytes after the item")
                           .arg(data.size() - walker.currentOffset());
            return std::nullopt;
        }
    }
    QCborStreamReader reader(data);
    const QCborValue v = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        if (why)
            *why = reader.lastError().toString();
        return std::nullopt;
    }
    if (reader.currentOffset() != data.size()) {
        if (why)
            *why = QStringLiteral("%1 bytes after the item")
                       .arg(data.size() - reader.currentOffset());
        return std::nullopt;
    }
    return v;
}

QCborValue Cbor::date(const QDate &date)
{
    return QCborValue(QCborTag(100), epoch.daysTo(date));
}

std::optional<QDate> Cbor::toDate(const QCborValue &value)
{
    if (!value.isTag() || value.tag() != QCborTag(100) || !value.taggedValue().isInteger())
        return std::nullopt;
    const qint64 days = value.taggedValue().toInteger();
    if (days < 0 || days > 200'000) // 1970 … 2517
        return std::nullopt;
    return epoch.addDays(days);
}

} // namespace ef
