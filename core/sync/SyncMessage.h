// The messages of the sync protocol (docs/sync-protocol.md) and their CBOR form. Decoding checks
// every field and says which one is wrong, so a malformed body is refused before it is used.
#pragma once

#include "util/Result.h"
#include "util/Uuid.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <cstdint>

namespace ef {

namespace SyncProtocol {
// The protocol this build speaks, and the oldest one a server still accepts.
constexpr int Version = 1;
constexpr int OldestAccepted = 1;
// Caps a server enforces (a client never sends more).
constexpr int MaxChangesPerPush = 2000;
constexpr int MaxChangesPerPull = 5000;
constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024; // on the wire
constexpr qsizetype MaxDecodedBytes = 32 * 1024 * 1024; // after decompression
} // namespace SyncProtocol

// One change of one record: a field set to a value, or (field empty) the record created with
// all of its values.
struct WireChange
{
    QString table;
    Uuid row;
    QString field; // empty: the record was created with `values`
    QVariant value; // null, qint64, double, QString or QByteArray
    QVariantMap values; // a created record's fields, owner_id among them
    std::int64_t hlc = 0;
    Uuid device;
    std::int64_t base = 0;
    std::int64_t seq = 0; // the server's sequence number (pulled changes only)

    bool isCreate() const { return field.isEmpty(); }
    friend bool operator==(const WireChange &, const WireChange &) = default;
};

// The server's answer to one pushed change.
struct PushResult
{
    enum class Status { Applied = 0, Superseded = 1, Rejected = 2 };
    Status status = Status::Applied;
    QString reason; // rejected: out-of-scope, read-only, invalid, unknown-record
    QString message; // rejected: what and where, in English (the client translates the reason)

    friend bool operator==(const PushResult &, const PushResult &) = default;
};

// A value that lost a merge, kept on the server for review and sent to the offices that see
// the record.
struct WireConflict
{
    std::int64_t seq = 0;
    QString table;
    Uuid row;
    QString field;
    QVariant lostValue;
    std::int64_t lostHlc = 0;
    Uuid lostDevice;
    QVariant keptValue;
    std::int64_t keptHlc = 0;
    Uuid keptDevice;
    QString kind; // concurrent, lifecycle, edit-delete
    bool needsReview = false;

    friend bool operator==(const WireConflict &, const WireConflict &) = default;
};

struct SyncRequest
{
    int protocol = SyncProtocol::Version;
    int schema = 0;
    Uuid device;
    // The push number: the local sequence of the last change pushed; 0 when nothing is pushed.
    std::int64_t push = 0;
    QList<WireChange> changes;
    std::int64_t cursor = 0; // pull changes after this server sequence
    int limit = 1000; // at most this many pulled changes
    std::int64_t clientTimeMs = 0;

    QByteArray toCbor() const;
    static Result<SyncRequest, QString> fromCbor(const QByteArray &cbor);
    // The idempotency key a request carries: the device and its push number.
    QString idempotencyKey() const;
};

struct SyncResponse
{
    int protocol = SyncProtocol::Version;
    std::int64_t serverTimeMs = 0;
    QList<PushResult> results; // one per pushed change, in order
    QList<WireChange> changes; // pulled, in server sequence order
    QList<WireConflict> conflicts;
    std::int64_t cursor = 0; // the client's new cursor
    bool more = false; // more changes wait after `cursor`
    // The last sequence number the server has committed, so a client can show how far a long
    // pull has come; 0 when the server does not say (it is optional on the wire).
    std::int64_t head = 0;

    QByteArray toCbor() const;
    static Result<SyncResponse, QString> fromCbor(const QByteArray &cbor);
};

// A field's value, or a created record's values, as CBOR bytes: how the server stores them, so
// they come back exactly as they were sent on any storage backend. Decoding says what is wrong
// with bytes that are not such a value.
namespace SyncValue {
QByteArray encode(const QVariant &value);
Result<QVariant, QString> decode(const QByteArray &cbor);
QByteArray encodeRecord(const QVariantMap &values);
Result<QVariantMap, QString> decodeRecord(const QByteArray &cbor);
} // namespace SyncValue

// Bodies on the wire: zstd-compressed; decompression stops past a cap instead of filling memory.
namespace SyncBody {
QByteArray compress(const QByteArray &data);
Result<QByteArray, QString> decompress(const QByteArray &data, qsizetype cap);
} // namespace SyncBody

} // namespace ef
