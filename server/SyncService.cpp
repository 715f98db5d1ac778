#include "SyncService.h"

#include "RecordRules.h"
#include "ServerDb.h"
#include "store/Migrations.h"
#include "sync/Hlc.h"

#include <QSqlQuery>
#include <utility>

namespace ef {

namespace {

PushResult rejected(const QString &reason, const QString &message)
{
    return PushResult {PushResult::Status::Rejected, reason, message};
}

QString conflictKindWord(ConflictKind k)
{
    switch (k) {
    case ConflictKind::Concurrent:
        return QStringLiteral("concurrent");
    case ConflictKind::Lifecycle:
        return QStringLiteral("lifecycle");
    case ConflictKind::EditDeleteRace:
        return QStringLiteral("edit-delete");
    }
    return {};
}

QString scopeMessage(const QString &reason, const QString &table, const Uuid &owner)
{
    return reason == u"read-only" ? QStringLiteral("an auditor cannot change records")
                                  : QStringLiteral("%1 owned by %2 is outside this user's scope")
                                        .arg(table, owner.toString());
}

QVariant uuidValue(const Uuid &id)
{
    return QVariant(id.toBytes());
}

Uuid uuidOf(const QVariant &v)
{
    return Uuid::fromBytes(v.toByteArray()).value_or(Uuid());
}

} // namespace

SyncService::SyncService(ServerDb &db, RecordRules &rules, const Clock &clock, Uuid serverDevice)
    : m_db(db)
    , m_rules(rules)
    , m_clock(clock)
    , m_serverDevice(serverDevice)
{ }

Result<std::unique_ptr<SyncService>, QString> SyncService::open(
    ServerDb &db, RecordRules &rules, const Clock &clock)
{
    // The server's own device id, for the records the administration commands create.
    const auto stored
        = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'server_device'"));
    if (!stored)
        return unexpected(stored.error());
    Uuid device;
    if (const auto id = Uuid::fromString(stored->toString())) {
        device = *id;
    } else {
        device = Uuid::v7(clock);
        if (auto r
            = db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('server_device', ?)"),
                {device.toString()});
            !r)
            return unexpected(r.error());
    }
    return std::unique_ptr<SyncService>(new SyncService(db, rules, clock, device));
}

QString SyncService::scopeProblem(
    const Principal &who, const QString &table, const Uuid &owner) const
{
    switch (who.role) {
    case Role::Coordinator:
        return {};
    case Role::Auditor:
    case Role::None:
        return QStringLiteral("read-only");
    case Role::Officer:
        if (RecordRules::isShared(table) || owner != who.institution)
            return QStringLiteral("out-of-scope");
        return {};
    }
    return QStringLiteral("out-of-scope");
}

Result<SyncResponse, SyncError> SyncService::handle(
    const Principal &who, const SyncRequest &request)
{
    if (request.protocol < SyncProtocol::OldestAccepted || request.protocol > SyncProtocol::Version)
        return unexpected(SyncError {400, QStringLiteral("protocol"),
            QStringLiteral("this server speaks sync protocol %1 to %2, not %3")
                .arg(SyncProtocol::OldestAccepted)
                .arg(SyncProtocol::Version)
                .arg(request.protocol)});
    if (request.schema != m_rules.schemaVersion())
        return unexpected(SyncError {409, QStringLiteral("schema"),
            QStringLiteral("this server syncs data of schema %1; the client has schema %2: "
                           "update the %3")
                .arg(m_rules.schemaVersion())
                .arg(request.schema)
                .arg(request.schema < m_rules.schemaVersion() ? QStringLiteral("client")
                                                              : QStringLiteral("server"))});
    if (request.device != who.device)
        return unexpected(SyncError {403, QStringLiteral("device"),
            QStringLiteral("the request's device is not the device this token was issued to")});
    // A push number moves only with the changes it numbers: an empty push would advance it
    // and make the device's next real push read as a rewound store.
    if (request.push > 0 && request.changes.isEmpty())
        return unexpected(SyncError {400, QStringLiteral("malformed"),
            QStringLiteral("push %1 carries no changes; a request without changes has push 0")
                .arg(request.push)});
    if (request.push < 0)
        return unexpected(SyncError {
            400, QStringLiteral("malformed"), QStringLiteral("push: a negative number")});
    const std::int64_t now = m_clock.nowMs();
    for (qsizetype i = 0; i < request.changes.size(); ++i) {
        if (Hlc::millis(request.changes[i].hlc) > now + MaxClockAheadMs)
            return unexpected(SyncError {409, QStringLiteral("clock-ahead"),
                QStringLiteral("changes[%1] is stamped %2 s ahead of the server's clock; check "
                               "this computer's date and time")
                    .arg(i)
                    .arg((Hlc::millis(request.changes[i].hlc) - now) / 1000)});
    }

    SyncResponse response;
    std::optional<SyncError> refusal;
    const auto work = request.push > 0 ? ServerDb::Work::Write : ServerDb::Work::Read;
    auto done = m_db.transact(work, [&]() -> Result<void, QString> {
        if (request.push > 0) {
            // The answer to a device's last push is kept, so a retry gets it again.
            auto last = m_db.query(
                QStringLiteral("SELECT push, push_hash, answer FROM devices WHERE id = ?"),
                {uuidValue(request.device)});
            if (!last)
                return unexpected(last.error());
            std::int64_t lastPush = 0;
            QByteArray lastHash, lastAnswer;
            if (last->next()) {
                lastPush = last->value(0).toLongLong();
                lastHash = last->value(1).toByteArray();
                lastAnswer = last->value(2).toByteArray();
            }
            last->finish();
            SyncRequest pushed;
            pushed.changes = request.changes;
            const QByteArray hash = Accounts::sha256(pushed.toCbor());
            if (request.push == lastPush && hash == lastHash) {
                auto answer = SyncResponse::fromCbor(lastAnswer);
                if (!answer)
                    return unexpected(answer.error());
                response.results = answer->results;
            } else if (request.push <= lastPush) {
                refusal = SyncError {409, QStringLiteral("device-rewound"),
                    QStringLiteral("this device already pushed change %1 with other content: "
                                   "the store was restored from a backup or copied; register it "
                                   "as a new device")
                        .arg(request.push)};
                return {};
            } else {
                for (const WireChange &c : request.changes) {
                    auto result = applyOne(who, c);
                    if (!result)
                        return unexpected(result.error());
                    response.results.append(*result);
                }
                SyncResponse answer;
                answer.results = response.results;
                if (auto r = m_db.exec(QStringLiteral("UPDATE devices SET push = ?, push_hash = ?, "
                                                      "answer = ?, last_ms = ? WHERE id = ?"),
                        {qint64(request.push), hash, answer.toCbor(), qint64(now),
                            uuidValue(request.device)});
                    !r)
                    return unexpected(r.error());
            }
        }
        return pull(who, request, response);
    });
    if (refusal)
        return unexpected(*refusal);
    if (!done)
        return unexpected(SyncError {500, QStringLiteral("storage"), done.error()});
    response.serverTimeMs = m_clock.nowMs();
    return response;
}

SyncService::Applied SyncService::applyOne(const Principal &who, const WireChange &c)
{
    if (c.device != who.device && !(who.device == m_serverDevice && c.device == m_serverDevice))
        return rejected(QStringLiteral("invalid"),
            QStringLiteral("a change must be stamped by the device that pushes it"));
    if (!m_rules.isSynced(c.table))
        return rejected(
            QStringLiteral("invalid"), QStringLiteral("%1 is not a synced table").arg(c.table));
    return c.isCreate() ? applyCreate(who, c) : applyField(who, c);
}

Result<std::optional<PushResult>, QString> SyncService::valuesProblem(
    const Principal &who, const QString &table, const Uuid &row, const QVariantMap &values)
{
    using Answer = std::optional<PushResult>;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (const QString p = m_rules.boundProblem(table, it.key(), it.value()); !p.isEmpty())
            return Answer(rejected(QStringLiteral("invalid"), p));
    }
    const QHash<QString, QString> &refs = m_rules.references(table);
    for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
        const QVariant v = values.value(it.key());
        if (v.isNull())
            continue;
        const QString &target = it.value();
        const Uuid id = uuidOf(v);
        if (id.isNull() || v.toByteArray().size() != 16)
            return Answer(rejected(QStringLiteral("invalid"),
                QStringLiteral("%1.%2: not a 16-byte id").arg(table, it.key())));
        if (target == table && id == row)
            continue; // an institution owns itself
        const auto owner
            = m_db.scalar(QStringLiteral("SELECT owner FROM records WHERE tbl = ? AND row_id = ?"),
                {target, uuidValue(id)});
        if (!owner)
            return unexpected(owner.error());
        if (!owner->isValid())
            return Answer(rejected(QStringLiteral("unknown-record"),
                QStringLiteral("%1.%2 refers to %3 %4, which is not on the server")
                    .arg(table, it.key(), target, id.toString())));
        // A child row may not hang under a record its officer cannot see.
        if (who.role == Role::Officer && !RecordRules::isReadableByAll(target)
            && uuidOf(*owner) != who.institution)
            return Answer(rejected(QStringLiteral("out-of-scope"),
                QStringLiteral("%1.%2 refers to %3 %4 of another institution")
                    .arg(table, it.key(), target, id.toString())));
    }
    return Answer();
}

SyncService::Applied SyncService::applyCreate(const Principal &who, const WireChange &c)
{
    const Uuid owner = uuidOf(c.values.value(QStringLiteral("owner_id")));
    if (owner.isNull())
        return rejected(QStringLiteral("invalid"),
            QStringLiteral("%1.owner_id: missing or not a 16-byte id").arg(c.table));
    if (const QString p = scopeProblem(who, c.table, owner); !p.isEmpty())
        return rejected(p, scopeMessage(p, c.table, owner));
    const auto known
        = m_db.scalar(QStringLiteral("SELECT hlc FROM writes WHERE tbl = ? AND row_id = ? AND "
                                     "field = ? AND device = ? ORDER BY hlc LIMIT 1"),
            {c.table, uuidValue(c.row), creationField(), uuidValue(c.device)});
    if (!known)
        return unexpected(known.error());
    if (known->isValid() && known->toLongLong() == c.hlc)
        return PushResult {}; // this creation, pushed before
    const auto exists
        = m_db.scalar(QStringLiteral("SELECT 1 FROM records WHERE tbl = ? AND row_id = ?"),
            {c.table, uuidValue(c.row)});
    if (!exists)
        return unexpected(exists.error());
    if (exists->isValid())
        return rejected(QStringLiteral("invalid"),
            QStringLiteral("%1 %2 already exists").arg(c.table, c.row.toString()));
    const auto refused = valuesProblem(who, c.table, c.row, c.values);
    if (!refused)
        return unexpected(refused.error());
    if (*refused)
        return **refused;
    if (const QString p = m_rules.problem(c.table, c.values); !p.isEmpty())
        return rejected(QStringLiteral("invalid"), p);

    const qint64 seq = m_db.nextSeq();
    const QByteArray record = SyncValue::encodeRecord(c.values);
    for (const auto &[sql, values] : {
             std::pair {QStringLiteral("INSERT INTO records (tbl, row_id, owner) VALUES (?, ?, ?)"),
                 QVariantList {c.table, uuidValue(c.row), uuidValue(owner)}},
             std::pair {QStringLiteral("INSERT INTO writes (tbl, row_id, field, hlc, device, "
                                       "value, base) VALUES (?, ?, ?, ?, ?, ?, 0)"),
                 QVariantList {c.table, uuidValue(c.row), creationField(), qint64(c.hlc),
                     uuidValue(c.device), record}},
             std::pair {QStringLiteral("INSERT INTO changes (seq, tbl, row_id, owner, field, "
                                       "value, hlc, device, base) VALUES (?, ?, ?, ?, NULL, ?, ?, "
                                       "?, 0)"),
                 QVariantList {seq, c.table, uuidValue(c.row), uuidValue(owner), record,
                     qint64(c.hlc), uuidValue(c.device)}},
         }) {
        if (auto r = m_db.exec(sql, values); !r)
            return unexpected(r.error());
    }
    return PushResult {};
}

SyncService::Applied SyncService::applyField(const Principal &who, const WireChange &c)
{
    if (!m_rules.columns(c.table).contains(c.field))
        return rejected(
            QStringLiteral("invalid"), QStringLiteral("%1 has no field %2").arg(c.table, c.field));
    const auto ownerValue
        = m_db.scalar(QStringLiteral("SELECT owner FROM records WHERE tbl = ? AND row_id = ?"),
            {c.table, uuidValue(c.row)});
    if (!ownerValue)
        return unexpected(ownerValue.error());
    const Uuid owner = uuidOf(*ownerValue);
    if (owner.isNull())
        return rejected(QStringLiteral("unknown-record"),
            QStringLiteral("%1 %2 is not on the server").arg(c.table, c.row.toString()));
    if (const QString p = scopeProblem(who, c.table, owner); !p.isEmpty())
        return rejected(p, scopeMessage(p, c.table, owner));
    if (c.field == u"owner_id" && who.role != Role::Coordinator)
        return rejected(QStringLiteral("out-of-scope"),
            QStringLiteral("only a coordinator moves a record to another institution"));

    const auto refused = valuesProblem(who, c.table, c.row, {{c.field, c.value}});
    if (!refused)
        return unexpected(refused.error());
    if (*refused)
        return **refused;
    // The base says which write this one overwrote: never one after it, and never one the
    // field has not had, or a write could claim to have seen, and so silence as a conflict,
    // a value that was never shown to it.
    if (c.base > c.hlc)
        return rejected(QStringLiteral("invalid"),
            QStringLiteral("%1.%2: the base %3 is after the write's own clock %4")
                .arg(c.table, c.field)
                .arg(c.base)
                .arg(c.hlc));
    WireChange checked = c;
    if (c.base != 0) {
        const auto seen = c.field == u"deleted"
            ? m_db.scalar(QStringLiteral("SELECT 1 FROM writes WHERE tbl = ? AND row_id = ? AND "
                                         "hlc = ? LIMIT 1"),
                {c.table, uuidValue(c.row), qint64(c.base)})
            : m_db.scalar(QStringLiteral("SELECT 1 FROM writes WHERE tbl = ? AND row_id = ? AND "
                                         "hlc = ? AND (field = ? OR field = ?) LIMIT 1"),
                {c.table, uuidValue(c.row), qint64(c.base), c.field, creationField()});
        if (!seen)
            return unexpected(seen.error());
        // A clock the server never had (a local write it rejected, or a forged one): the write
        // saw nothing the server knows, so what it overwrote here is kept as a conflict.
        if (!seen->isValid())
            checked.base = 0;
    }
    return applyFieldChecked(who, checked, owner);
}

SyncService::Applied SyncService::applyFieldChecked(
    const Principal &, const WireChange &c, const Uuid &owner)
{
    // Everything known of the record: the merge decides this field, and the conflicts of the
    // whole record (a tombstone decides whether edits raced it).
    auto loaded = loadRecord(c.table, c.row);
    if (!loaded)
        return unexpected(loaded.error());
    ReplicaState &state = *loaded;
    const QList<ConflictRecord> before = m_merge.conflicts(state);
    const Change change {
        FieldKey {c.table, c.row, c.field}, Stamped {c.value, c.hlc, c.device, c.base}};
    // The value must fit the record as it stands.
    QVariantMap row = valuesOf(state);
    row.insert(c.field, c.value);
    if (const QString p = m_rules.problem(c.table, row); !p.isEmpty())
        return rejected(QStringLiteral("invalid"), p);

    const Merge::Outcome outcome = m_merge.apply(state, change);
    const auto status = [&] {
        const Stamped now = m_merge.current(state, change.key);
        return now.hlc == c.hlc && now.device == c.device ? PushResult::Status::Applied
                                                          : PushResult::Status::Superseded;
    };
    if (outcome == Merge::Outcome::Duplicate)
        return PushResult {status(), {}, {}};
    const qint64 seq = m_db.nextSeq();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO writes (tbl, row_id, field, hlc, device, "
                                          "value, base) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {c.table, uuidValue(c.row), c.field, qint64(c.hlc), uuidValue(c.device),
                SyncValue::encode(c.value), qint64(c.base)});
        !r)
        return unexpected(r.error());
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO changes (seq, tbl, row_id, owner, field, "
                                          "value, hlc, device, base) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                          "?, ?)"),
            {seq, c.table, uuidValue(c.row), uuidValue(owner), c.field, SyncValue::encode(c.value),
                qint64(c.hlc), uuidValue(c.device), qint64(c.base)});
        !r)
        return unexpected(r.error());
    if (auto r = storeConflicts(c.table, c.row, owner, state, before); !r)
        return unexpected(r.error());
    return PushResult {status(), {}, {}};
}

Result<ReplicaState, QString> SyncService::loadRecord(const QString &table, const Uuid &row)
{
    ReplicaState state;
    auto q = m_db.query(QStringLiteral("SELECT field, hlc, device, value, base FROM writes "
                                       "WHERE tbl = ? AND row_id = ?"),
        {table, uuidValue(row)});
    if (!q)
        return unexpected(q.error());
    while (q->next()) {
        const QString field = q->value(0).toString();
        const Stamped stamp {
            QVariant(), q->value(1).toLongLong(), uuidOf(q->value(2)), q->value(4).toLongLong()};
        const QByteArray bytes = q->value(3).toByteArray();
        if (field == creationField()) {
            // A creation writes every field of the record at one stamp.
            const auto values = SyncValue::decodeRecord(bytes);
            if (!values)
                return unexpected(
                    QStringLiteral("%1 %2: %3").arg(table, row.toString(), values.error()));
            for (auto it = values->cbegin(); it != values->cend(); ++it) {
                Stamped w = stamp;
                w.value = it.value();
                m_merge.apply(state, Change {FieldKey {table, row, it.key()}, w});
            }
        } else {
            auto value = SyncValue::decode(bytes);
            if (!value)
                return unexpected(QStringLiteral("%1 %2.%3: %4")
                                      .arg(table, row.toString(), field, value.error()));
            Stamped w = stamp;
            w.value = *value;
            m_merge.apply(state, Change {FieldKey {table, row, field}, w});
        }
    }
    return state;
}

Result<QVariantMap, QString> SyncService::currentValues(const QString &table, const Uuid &row)
{
    auto state = loadRecord(table, row);
    if (!state)
        return unexpected(state.error());
    return valuesOf(*state);
}

Result<QList<Uuid>, QString> SyncService::institutions()
{
    auto q = m_db.query(
        QStringLiteral("SELECT row_id FROM records WHERE tbl = 'institution' ORDER BY row_id"));
    if (!q)
        return unexpected(q.error());
    QList<Uuid> ids;
    while (q->next())
        ids << uuidOf(q->value(0));
    return ids;
}

QVariantMap SyncService::valuesOf(const ReplicaState &state) const
{
    QVariantMap values;
    for (auto it = state.fields.cbegin(); it != state.fields.cend(); ++it)
        values.insert(it.key().field, m_merge.current(state, it.key()).value);
    return values;
}

Result<void, QString> SyncService::storeConflicts(const QString &table, const Uuid &row,
    const Uuid &owner, const ReplicaState &state, const QList<ConflictRecord> &before)
{
    for (const ConflictRecord &c : m_merge.conflicts(state)) {
        if (before.contains(c))
            continue;
        const Stamped kept = m_merge.current(state, c.key);
        if (auto r = m_db.exec(
                QStringLiteral(
                    "INSERT INTO conflicts (seq, tbl, row_id, owner, field, lost, lost_hlc, "
                    "lost_device, kept, kept_hlc, kept_device, kind, review) VALUES (?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {qint64(m_db.nextSeq()), table, uuidValue(row), uuidValue(owner), c.key.field,
                    SyncValue::encode(c.lost.value), qint64(c.lost.hlc), uuidValue(c.lost.device),
                    SyncValue::encode(kept.value), qint64(kept.hlc), uuidValue(kept.device),
                    conflictKindWord(c.kind), c.needsReview ? 1 : 0});
            !r)
            return unexpected(r.error());
    }
    return {};
}

Result<void, QString> SyncService::pull(
    const Principal &who, const SyncRequest &request, SyncResponse &response)
{
    // Every sequence number up to this one is committed: the cursor may move up to it.
    const auto last = m_db.lastSeq();
    if (!last)
        return unexpected(last.error());
    std::int64_t bound = *last;
    response.head = bound; // how far a long pull has to go, for the client's progress
    QString scope = QStringLiteral("1 = 1");
    QVariantList scopeValues;
    if (who.role == Role::Officer) {
        QStringList quoted;
        for (const QString &t : RecordRules::readableByAllTables())
            quoted << u'\'' + t + u'\'';
        scope = QStringLiteral("(owner = ? OR tbl IN (%1))").arg(quoted.join(u','));
        scopeValues << uuidValue(who.institution);
    }
    const int limit = std::clamp(request.limit, 1, SyncProtocol::MaxChangesPerPull);
    // However large the records, a page stays within what a client decodes: values are
    // bounded, so one change always fits, and a page stops before the budget would overflow.
    qsizetype budget = PullPageBytes;
    const auto fits = [&](qsizetype bytes, bool first) {
        bytes += 96; // the change's keys, ids and clocks
        if (!first && bytes > budget)
            return false;
        budget -= bytes;
        return true;
    };
    {
        auto q = m_db.query(
            QStringLiteral("SELECT seq, tbl, row_id, field, value, hlc, device, base FROM changes "
                           "WHERE seq > ? AND seq <= ? AND device <> ? AND %1 ORDER BY seq "
                           "LIMIT %2")
                .arg(scope)
                .arg(limit + 1),
            QVariantList {qint64(request.cursor), qint64(bound), uuidValue(request.device)}
                + scopeValues);
        if (!q)
            return unexpected(q.error());
        while (q->next()) {
            if (response.changes.size() == limit) {
                response.more = true;
                bound = response.changes.constLast().seq;
                break;
            }
            const QByteArray bytes = q->value(4).toByteArray();
            if (!fits(bytes.size(), response.changes.isEmpty())) {
                response.more = true;
                bound = response.changes.constLast().seq;
                break;
            }
            WireChange c;
            c.seq = q->value(0).toLongLong();
            c.table = q->value(1).toString();
            c.row = uuidOf(q->value(2));
            if (q->value(3).isNull()) {
                auto values = SyncValue::decodeRecord(bytes);
                if (!values)
                    return unexpected(
                        QStringLiteral("change %1: %2").arg(c.seq).arg(values.error()));
                c.values = std::move(*values);
            } else {
                c.field = q->value(3).toString();
                auto value = SyncValue::decode(bytes);
                if (!value)
                    return unexpected(
                        QStringLiteral("change %1: %2").arg(c.seq).arg(value.error()));
                c.value = std::move(*value);
            }
            c.hlc = q->value(5).toLongLong();
            c.device = uuidOf(q->value(6));
            c.base = q->value(7).toLongLong();
            response.changes.append(c);
        }
    }
    auto q = m_db.query(
        QStringLiteral("SELECT seq, tbl, row_id, field, lost, lost_hlc, lost_device, kept, "
                       "kept_hlc, kept_device, kind, review FROM conflicts WHERE seq > ? AND "
                       "seq <= ? AND %1 ORDER BY seq LIMIT %2")
            .arg(scope)
            .arg(limit + 1),
        QVariantList {qint64(request.cursor), qint64(bound)} + scopeValues);
    if (!q)
        return unexpected(q.error());
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        // What comes first in sequence order always goes, so every page moves the cursor.
        const bool first = response.conflicts.isEmpty()
            && (response.changes.isEmpty() || response.changes.constFirst().seq > seq);
        if (response.conflicts.size() == limit
            || !fits(q->value(4).toByteArray().size() + q->value(7).toByteArray().size(), first)) {
            // The page ends before this conflict: both lists stop short of it.
            response.more = true;
            bound = seq - 1;
            while (!response.changes.isEmpty() && response.changes.constLast().seq > bound)
                response.changes.removeLast();
            break;
        }
        WireConflict c;
        c.seq = q->value(0).toLongLong();
        c.table = q->value(1).toString();
        c.row = uuidOf(q->value(2));
        c.field = q->value(3).toString();
        auto lost = SyncValue::decode(q->value(4).toByteArray());
        auto kept = SyncValue::decode(q->value(7).toByteArray());
        if (!lost || !kept)
            return unexpected(QStringLiteral("conflict %1: %2")
                                  .arg(c.seq)
                                  .arg(lost ? kept.error() : lost.error()));
        c.lostValue = std::move(*lost);
        c.lostHlc = q->value(5).toLongLong();
        c.lostDevice = uuidOf(q->value(6));
        c.keptValue = std::move(*kept);
        c.keptHlc = q->value(8).toLongLong();
        c.keptDevice = uuidOf(q->value(9));
        c.kind = q->value(10).toString();
        c.needsReview = q->value(11).toInt() != 0;
        response.conflicts.append(c);
    }
    response.cursor = std::max(bound, request.cursor);
    return {};
}

Result<Uuid, QString> SyncService::createAsServer(const QString &table, QVariantMap values)
{
    const Uuid id = Uuid::v7(m_clock);
    if (table == u"institution" && !values.contains(QStringLiteral("owner_id")))
        values.insert(QStringLiteral("owner_id"), id.toBytes()); // an institution owns itself
    if (!values.contains(QStringLiteral("deleted")))
        values.insert(QStringLiteral("deleted"), qint64(0));
    WireChange c;
    c.table = table;
    c.row = id;
    c.values = values;
    c.hlc = Hlc::pack(m_clock.nowMs(), 0);
    c.device = m_serverDevice;
    Principal server {QStringLiteral("server"), Role::Coordinator, {}, m_serverDevice};
    PushResult result;
    auto done = m_db.transact(ServerDb::Work::Write, [&]() -> Result<void, QString> {
        auto applied = applyOne(server, c);
        if (!applied)
            return unexpected(applied.error());
        result = *applied;
        return {};
    });
    if (!done)
        return unexpected(done.error());
    if (result.status == PushResult::Status::Rejected)
        return unexpected(result.message);
    return id;
}

} // namespace ef
