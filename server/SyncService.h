// The server half of the sync protocol (docs/sync-protocol.md): checks versions, device and
// clock, answers each pushed change (applied, superseded or rejected with a reason) after the
// field-level merge, keeps every lost value as a conflict record, remembers the answer to each
// device's last push so a retried push applies nothing twice, and pages out what a client may
// pull after its cursor.
#pragma once

#include "Accounts.h"
#include "sync/Merge.h"
#include "sync/SyncMessage.h"

#include <QCoreApplication>

namespace ef {

class RecordRules;
class ServerDb;

struct SyncError
{
    int httpStatus = 400;
    QString code; // protocol, schema, device, clock-ahead, device-rewound, storage
    QString message;
};

class SyncService
{
public:
    // The service on a server store; the server's own device id is made on first use.
    static Result<std::unique_ptr<SyncService>, QString> open(
        ServerDb &db, RecordRules &rules, const Clock &clock);

    Result<SyncResponse, SyncError> handle(const Principal &who, const SyncRequest &request);

    // Creates a record as the server itself (the administration commands add institutions so).
    Result<Uuid, QString> createAsServer(const QString &table, QVariantMap values);
    Uuid serverDevice() const { return m_serverDevice; }
    // A record's current values after the merge of every write the server has of it (empty
    // when the server does not know it).
    Result<QVariantMap, QString> currentValues(const QString &table, const Uuid &row);
    // Every institution the server knows, in id order.
    Result<QList<Uuid>, QString> institutions();

    // In the writes table a creation is one row with this field name and the whole record
    // (SyncValue::encodeRecord) as its value; every other row is the write of one field.
    static QString creationField() { return QStringLiteral("*"); }

    // A pull page's values stay within this, far below the 32 MiB a client decodes.
    static constexpr qsizetype PullPageBytes = 8 * 1024 * 1024;

    // Changes more than this far ahead of the server's clock are refused.
    static constexpr std::int64_t MaxClockAheadMs = 5 * 60 * 1000;

private:
    SyncService(ServerDb &db, RecordRules &rules, const Clock &clock, Uuid serverDevice);

    // A pushed change's answer; an error only when the store failed (the request then fails
    // as a whole and nothing of it stays).
    using Applied = Result<PushResult, QString>;
    Applied applyOne(const Principal &who, const WireChange &c);
    Applied applyCreate(const Principal &who, const WireChange &c);
    Applied applyField(const Principal &who, const WireChange &c);
    // A field change that passed scope, bounds, references and the base check.
    Applied applyFieldChecked(const Principal &who, const WireChange &c, const Uuid &owner);
    QString scopeProblem(const Principal &who, const QString &table, const Uuid &owner) const;
    // A rejection when one of the values is over its bound or points at a record the server
    // does not have or, for an officer, at another institution's record that is not shared.
    Result<std::optional<PushResult>, QString> valuesProblem(
        const Principal &who, const QString &table, const Uuid &row, const QVariantMap &values);
    Result<void, QString> pull(
        const Principal &who, const SyncRequest &request, SyncResponse &response);
    // Every write of a record, merged.
    Result<ReplicaState, QString> loadRecord(const QString &table, const Uuid &row);
    QVariantMap valuesOf(const ReplicaState &state) const;
    Result<void, QString> storeConflicts(const QString &table, const Uuid &row, const Uuid &owner,
        const ReplicaState &state, const QList<ConflictRecord> &before);

    ServerDb &m_db;
    RecordRules &m_rules;
    const Clock &m_clock;
    Merge m_merge;
    Uuid m_serverDevice;
};

} // namespace ef
