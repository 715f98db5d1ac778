#include "SyncEngine.h"

#include "Merge.h"
#include "store/Migrations.h"
#include "store/Store.h"
#include "store/SyncSchema.h"

#include <sqlite3.h>

namespace ef {

namespace {

StoreError dbError(const DbError &e)
{
    return StoreError::fromDb(e);
}

} // namespace

SyncEngine::SyncEngine(Store &store)
    : m_store(store)
{ }

std::int64_t SyncEngine::cursor()
{
    return m_store.meta(cursorKey()).toLongLong();
}

std::int64_t SyncEngine::acknowledged()
{
    return m_store.meta(ackedKey()).toLongLong();
}

qint64 SyncEngine::pendingChanges()
{
    Statement s
        = m_store.db().prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ?"));
    s.bind(1, acknowledged());
    return s.next() ? s.int64(0) : 0;
}

qint64 SyncEngine::openIssues()
{
    Statement s = m_store.db().prepare(
        QStringLiteral("SELECT count(*) FROM sync_issue WHERE resolution IS NULL"));
    return s.next() ? s.int64(0) : 0;
}

const QStringList &SyncEngine::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        QStringList cols;
        if (SyncSchema::tables().contains(table)) {
            Statement s
                = m_store.db().prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
            s.bind(1, table);
            while (s.next()) {
                if (!SyncSchema::isBookkeepingColumn(s.text(0)))
                    cols << s.text(0);
            }
        }
        it = m_columns.insert(table, cols);
    }
    return *it;
}

Result<int, StoreError> SyncEngine::deviceRef(const Uuid &device)
{
    if (const auto it = m_deviceRefs.constFind(device); it != m_deviceRefs.cend())
        return *it;
    Database &db = m_store.db();
    Statement s = db.prepare(QStringLiteral("SELECT id FROM device WHERE uuid = ?"));
    s.bind(1, device);
    int ref = 0;
    if (s.next()) {
        ref = s.integer(0);
    } else {
        Statement ins = db.prepare(QStringLiteral("INSERT INTO device (uuid) VALUES (?)"));
        ins.bind(1, device);
        if (auto r = ins.exec(); !r)
            return unexpected(dbError(r.error()));
        ref = int(db.lastInsertRowId());
    }
    m_deviceRefs.insert(device, ref);
    return ref;
}

Result<SyncRequest, StoreError> SyncEngine::nextRequest(int maxPush, int pullLimit)
{
    SyncRequest q;
    q.schema = Migrations::latestVersion();
    q.device = m_store.deviceId();
    q.cursor = cursor();
    q.limit = pullLimit;
    q.clientTimeMs = m_store.clock().nowMs();
    Database &db = m_store.db();
    Statement s = db.prepare(
        QStringLiteral("SELECT c.seq, c.tbl, c.row_id, c.field, c.value, c.hlc, d.uuid, c.base "
                       "FROM change_log c JOIN device d ON d.id = c.device WHERE c.seq > ? "
                       "ORDER BY c.seq LIMIT ?"));
    s.bind(1, acknowledged()).bind(2, std::min(maxPush, SyncProtocol::MaxChangesPerPush));
    while (s.next()) {
        WireChange c;
        q.push = s.int64(0);
        c.table = s.text(1);
        c.row = s.uuid(2);
        c.field = s.isNull(3) ? QString() : s.text(3);
        c.value = s.value(4);
        c.hlc = s.int64(5);
        c.device = s.uuid(6);
        c.base = s.int64(7);
        q.changes.append(c);
    }
    if (s.failed())
        return unexpected(dbError(s.error()));
    // A created record goes with its values as they are now: a later change of a field is also
    // in the log after it, with the creation's clock as its base.
    for (WireChange &c : q.changes) {
        if (!c.isCreate())
            continue;
        const QStringList &cols = columns(c.table);
        Statement row = db.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(cols.join(u','), c.table));
        row.bind(1, c.row);
        if (!row.next())
            return unexpected(StoreError::notFound(c.table));
        for (int i = 0; i < cols.size(); ++i)
            c.values.insert(cols[i], row.value(i));
    }
    return q;
}

Result<void, StoreError> SyncEngine::noteIssue(
    const QString &kind, const WireChange &c, const QString &reason, const QString &message)
{
    Statement s = m_store.db().prepare(QStringLiteral(
        "INSERT INTO sync_issue (kind, tbl, row_id, field, value, hlc, device, reason, message, "
        "noted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVariant value = c.value;
    if (c.isCreate()) {
        // A whole record: its values as CBOR, so a person can still see what was refused.
        value = SyncValue::encodeRecord(c.values);
    }
    s.bindAll(kind, c.table, c.row, c.field.isEmpty() ? QString() : c.field, value, c.hlc, c.device,
        reason, message, m_store.clock().nowMs());
    if (auto r = s.exec(); !r)
        return unexpected(dbError(r.error()));
    m_store.noteChange(QStringLiteral("sync_issue"), c.row);
    return {};
}

Result<void, StoreError> SyncEngine::applyRemote(const WireChange &c, bool &changed)
{
    changed = false;
    const QStringList &cols = columns(c.table);
    if (cols.isEmpty())
        return noteIssue(QStringLiteral("unapplied"), c, QStringLiteral("unknown-table"),
            QStringLiteral("no table %1 here").arg(c.table));
    Database &db = m_store.db();
    auto ref = deviceRef(c.device);
    if (!ref)
        return unexpected(ref.error());
    m_store.hlc().observe(c.hlc);

    if (c.isCreate()) {
        Statement exists = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(c.table));
        exists.bind(1, c.row);
        if (exists.next())
            return {}; // ours, or pulled before
        QStringList names {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("device")};
        for (auto it = c.values.cbegin(); it != c.values.cend(); ++it) {
            if (!cols.contains(it.key()))
                return noteIssue(QStringLiteral("unapplied"), c, QStringLiteral("unknown-field"),
                    QStringLiteral("no field %1.%2 here").arg(c.table, it.key()));
            names << it.key();
        }
        QString marks = QStringLiteral("?");
        for (int i = 1; i < names.size(); ++i)
            marks += QStringLiteral(", ?");
        Statement ins = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(c.table, names.join(QStringLiteral(", ")), marks));
        ins.bind(1, c.row).bind(2, c.hlc).bind(3, *ref);
        int i = 4;
        for (auto it = c.values.cbegin(); it != c.values.cend(); ++it)
            ins.bind(i++, it.value());
        if (auto r = ins.exec(); !r) {
            // The record refers to one this office cannot see, or breaks a rule of this schema.
            return noteIssue(QStringLiteral("unapplied"), c,
                r.error().code == SQLITE_CONSTRAINT_FOREIGNKEY ? QStringLiteral("missing-reference")
                                                               : QStringLiteral("invalid"),
                r.error().message);
        }
        changed = true;
        m_store.noteChange(c.table, c.row);
        return {};
    }

    if (!cols.contains(c.field))
        return noteIssue(QStringLiteral("unapplied"), c, QStringLiteral("unknown-field"),
            QStringLiteral("no field %1.%2 here").arg(c.table, c.field));
    // The value that stands here and its clock: the field's own, else the record's creation.
    Statement cur = db.prepare(
        QStringLiteral("SELECT t.%1, coalesce(f.hlc, t.hlc), coalesce(fd.uuid, td.uuid) FROM %2 t "
                       "JOIN device td ON td.id = t.device "
                       "LEFT JOIN field_clock f ON f.tbl = ?2 AND f.row_id = t.id AND f.field = ?3 "
                       "LEFT JOIN device fd ON fd.id = f.device WHERE t.id = ?1")
            .arg(c.field, c.table));
    cur.bind(1, c.row).bind(2, c.table).bind(3, c.field);
    if (!cur.next())
        return noteIssue(QStringLiteral("unapplied"), c, QStringLiteral("missing-record"),
            QStringLiteral("%1 %2 is not here").arg(c.table, c.row.toString()));
    const Stamped here {cur.value(0), cur.int64(1), cur.uuid(2), 0};
    const Stamped incoming {c.value, c.hlc, c.device, c.base};
    cur.reset();
    if (here.hlc == incoming.hlc && here.device == incoming.device)
        return {}; // seen before
    // Lifecycle fields merge by their order first, then by clock, as on the server.
    const MergeRules &rules = MergeRules::standard();
    bool wins = incoming.laterThan(here);
    if (const auto rank = rules.lifecycleRank.constFind(c.table + u'.' + c.field);
        rank != rules.lifecycleRank.cend()) {
        const int a = (*rank)(incoming.value), b = (*rank)(here.value);
        if (a != b)
            wins = a > b;
    }
    if (!wins)
        return {};
    Statement up
        = db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(c.table, c.field));
    up.bind(1, c.value).bind(2, c.row);
    if (auto r = up.exec(); !r)
        return noteIssue(QStringLiteral("unapplied"), c,
            r.error().code == SQLITE_CONSTRAINT_FOREIGNKEY ? QStringLiteral("missing-reference")
                                                           : QStringLiteral("invalid"),
            r.error().message);
    Statement clock = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO field_clock (tbl, row_id, field, hlc, device) VALUES (?, ?, ?, "
        "?, ?)"));
    clock.bindAll(c.table, c.row, c.field, c.hlc, *ref);
    if (auto r = clock.exec(); !r)
        return unexpected(dbError(r.error()));
    changed = true;
    m_store.noteChange(c.table, c.row);
    return {};
}

Result<SyncEngine::Applied, StoreError> SyncEngine::apply(const SyncRequest &sent,
    const SyncResponse &response, std::int64_t sentAtMs, std::int64_t receivedAtMs)
{
    if (response.results.size() != sent.changes.size())
        return unexpected(StoreError::fromDb({SQLITE_PROTOCOL,
            QStringLiteral("the server answered %1 of %2 pushed changes")
                .arg(response.results.size())
                .arg(sent.changes.size()),
            {}}));
    Applied applied;
    const bool wasTracking = m_store.isTracking();
    m_store.setTracking(false);
    auto r = m_store.transact([&]() -> Result<void, StoreError> {
        for (qsizetype i = 0; i < sent.changes.size(); ++i) {
            const PushResult &p = response.results[i];
            switch (p.status) {
            case PushResult::Status::Applied:
                ++applied.pushed;
                break;
            case PushResult::Status::Superseded:
                ++applied.superseded;
                break;
            case PushResult::Status::Rejected:
                ++applied.rejected;
                if (auto n
                    = noteIssue(QStringLiteral("rejected"), sent.changes[i], p.reason, p.message);
                    !n)
                    return n;
                break;
            }
        }
        if (sent.push > 0) {
            if (auto m = m_store.setMeta(ackedKey(), qint64(sent.push)); !m)
                return m;
        }
        for (const WireChange &c : response.changes) {
            bool changed = false;
            if (auto a = applyRemote(c, changed); !a)
                return a;
            applied.pulled += changed ? 1 : 0;
        }
        for (const WireConflict &c : response.conflicts) {
            Statement s = m_store.db().prepare(QStringLiteral(
                "INSERT OR IGNORE INTO sync_issue (kind, server_seq, tbl, row_id, field, value, "
                "hlc, device, kept_value, kept_hlc, kept_device, conflict_kind, needs_review, "
                "noted_at) VALUES ('conflict', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            s.bindAll(c.seq, c.table, c.row, c.field, c.lostValue, c.lostHlc, c.lostDevice,
                c.keptValue, c.keptHlc, c.keptDevice, c.kind, c.needsReview,
                m_store.clock().nowMs());
            if (auto e = s.exec(); !e)
                return unexpected(dbError(e.error()));
            if (m_store.db().changes() > 0) {
                ++applied.conflicts;
                m_store.noteChange(QStringLiteral("sync_issue"), c.row);
            }
        }
        if (response.cursor > cursor()) {
            if (auto m = m_store.setMeta(cursorKey(), qint64(response.cursor)); !m)
                return m;
        }
        // The offset to the server's clock, measured at the middle of the round trip.
        if (response.serverTimeMs > 0) {
            const std::int64_t offset = response.serverTimeMs - (sentAtMs + receivedAtMs) / 2;
            m_store.hlc().setServerOffsetMs(offset);
            if (auto m = m_store.setMeta(offsetKey(), qint64(offset)); !m)
                return m;
        }
        return {};
    });
    m_store.setTracking(wasTracking);
    if (!r)
        return unexpected(r.error());
    applied.more = response.more || pendingChanges() > 0;
    return applied;
}

} // namespace ef
