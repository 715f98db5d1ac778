#include "Store.h"

#include "Migrations.h"
#include "StoreLocation.h"
#include "SyncSchema.h"
#include "text/SearchFold.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace ef {

namespace {

constexpr int MaxIdsPerNotice = 200;

} // namespace

Store::Store(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(&clock)
    , m_hlc(clock)
{ }

Store::~Store() = default;

Result<std::unique_ptr<Store>, StoreError> Store::open(const QString &path, Options options)
{
    if (!options.allowUnsafeLocation && path != QLatin1String(":memory:")) {
        if (const QString risk = StoreLocation::riskOf(path); !risk.isEmpty())
            return unexpected(StoreError::unsafeLocation(path, risk));
    }
    auto db = Database::open(path);
    if (!db)
        return unexpected(StoreError::cannotOpen(path, db.error()));
    std::unique_ptr<Store> store(new Store(std::move(*db), *options.clock));
    if (auto r = store->initialise(); !r)
        return unexpected(r.error());
    return store;
}

Result<void, StoreError> Store::initialise()
{
    Database &db = *m_db;
    if (auto r = db.exec(QStringLiteral("PRAGMA busy_timeout = 5000")); !r)
        return unexpected(StoreError::cannotOpen(db.path(), r.error()));
    // A file from a newer version is refused before anything writes to it: even switching it
    // to WAL rewrites its header. (A file that is not a database fails just below.)
    if (auto v = db.tryPrepare(QStringLiteral("PRAGMA user_version")); v && v->next()) {
        if (const int found = v->integer(0); found > Migrations::latestVersion())
            return unexpected(
                StoreError::newerSchema(db.path(), found, Migrations::latestVersion()));
    }
    // WAL + synchronous=FULL: a committed user action survives a crash or a power cut.
    const char *pragmas
        = "PRAGMA journal_mode = WAL; "
          "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
          "PRAGMA cache_size = -32000; PRAGMA temp_store = MEMORY; "
          // No memory-mapped reads: every mapped page of the file counts as the app's memory
          // (350 MB with the national store's lists shown, against 70 MB through the page
          // cache), and the national dashboard opened faster without (134 against 222 ms).
          "PRAGMA mmap_size = 0;";
    if (auto r = db.exec(QString::fromLatin1(pragmas)); !r)
        return unexpected(StoreError::cannotOpen(db.path(), r.error()));
    const QString mode = db.scalar(QStringLiteral("PRAGMA journal_mode")).toString();
    if (mode != QLatin1String("wal") && db.path() != QLatin1String(":memory:"))
        return unexpected(StoreError::cannotOpen(db.path(),
            DbError {SQLITE_CANTOPEN, QStringLiteral("WAL mode is not available here"), {}}));

    db.createFunction("ef_tracking", 0, false, [this](sqlite3_context *ctx, int, sqlite3_value **) {
        sqlite3_result_int(ctx, m_tracking ? 1 : 0);
    });
    db.createFunction("ef_device", 0, false, [this](sqlite3_context *ctx, int, sqlite3_value **) {
        sqlite3_result_int(ctx, m_deviceRef);
    });
    db.createFunction("ef_hlc", 0, false, [this](sqlite3_context *ctx, int, sqlite3_value **) {
        sqlite3_result_int64(ctx, m_hlc.tick());
    });

    auto migrated = Migrations::migrate(db, *m_clock);
    if (!migrated)
        return unexpected(migrated.error());
    m_migrationBackup = migrated->backupPath;

    // This device: made once per store file.
    const QVariant ref = meta(QStringLiteral("device_ref"));
    if (ref.isValid()) {
        m_deviceRef = ref.toInt();
        Statement s = db.prepare(QStringLiteral("SELECT uuid FROM device WHERE id = ?"));
        s.bind(1, m_deviceRef);
        if (s.next())
            m_deviceId = s.uuid(0);
    }
    if (m_deviceId.isNull()) {
        Transaction tx(db);
        m_deviceId = newId();
        Statement s = db.prepare(QStringLiteral("INSERT INTO device (uuid, label) VALUES (?, ?)"));
        s.bind(1, m_deviceId).bind(2, QSysInfo::machineHostName());
        if (auto r = s.exec(); !r)
            return unexpected(StoreError::fromDb(r.error()));
        m_deviceRef = int(db.lastInsertRowId());
        if (auto r = setMeta(QStringLiteral("device_ref"), m_deviceRef); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return unexpected(StoreError::fromDb(r.error()));
    }

    // The clock never goes back behind what this store has already stamped.
    m_hlc.observe(db.scalar(QStringLiteral("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1"))
                      .toLongLong());
    m_hlc.observe(meta(QStringLiteral("hlc_high")).toLongLong());
    // The offset to the server's clock measured at the last sync (see SyncEngine).
    m_hlc.setServerOffsetMs(meta(QStringLiteral("sync.server_offset_ms")).toLongLong());
    return {};
}

QVariant Store::meta(const QString &key) const
{
    Statement s = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    s.bind(1, key);
    return s.next() ? s.value(0) : QVariant();
}

Result<void, StoreError> Store::setMeta(const QString &key, const QVariant &value)
{
    Statement s
        = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    s.bind(1, key).bind(2, value);
    if (auto r = s.exec(); !r)
        return unexpected(StoreError::fromDb(r.error()));
    return {};
}

Result<void, StoreError> Store::transact(const std::function<Result<void, StoreError>()> &fn)
{
    const bool outermost = !m_db->inTransaction();
    Transaction tx(*m_db);
    if (!tx.isOpen())
        return unexpected(StoreError::fromDb(tx.beginError()));
    auto r = fn();
    if (!r) {
        tx.rollback();
        if (outermost) {
            m_pending.clear();
            m_pendingAll.clear();
        }
        return r;
    }
    if (auto c = tx.commit(); !c) {
        if (outermost) {
            m_pending.clear();
            m_pendingAll.clear();
        }
        return unexpected(StoreError::fromDb(c.error()));
    }
    if (outermost)
        flushChanges();
    return {};
}

Problems Store::checkReferences(
    const TableMapping &m, const Uuid &self, const QList<std::pair<QString, Uuid>> &refs)
{
    Problems problems;
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const auto &[column, id] = refs[i];
        if (id.isNull() || (id == self && m.references()[i].table == m.table()))
            continue; // optional references (required ones are validated), or the row itself
        Statement s = m_db->prepare(m.references()[i].checkSql);
        s.bind(1, id);
        if (!s.next())
            problems.append({column, StoreError::tr("The selected record does not exist.")});
        else if (s.int64(0))
            problems.append({column, StoreError::tr("The selected record has been deleted.")});
    }
    return problems;
}

Result<void, StoreError> Store::write(const TableMapping &m, const Uuid &id, bool isInsert,
    const QList<std::pair<QString, Uuid>> &refs, const std::function<void(Statement &)> &bind)
{
    if (!m_tracking)
        return unexpected(
            StoreError::fromDb({SQLITE_MISUSE, QStringLiteral("tracking is off"), {}}));
    auto body = [&]() -> Result<void, StoreError> {
        Statement s = m_db->prepare(isInsert ? m.insertSql() : m.updateSql());
        bind(s);
        if (auto r = s.exec(); !r) {
            // References are checked by SQLite (foreign keys, and the tracking trigger for deleted
            // records); only when one fails do we look for which field it was.
            const QString prefix = SyncSchema::deletedReferencePrefix();
            if (r.error().message.startsWith(prefix)) {
                return unexpected(StoreError::invalid({{r.error().message.mid(prefix.size()),
                    StoreError::tr("The selected record has been deleted.")}}));
            }
            if (r.error().code == SQLITE_CONSTRAINT_FOREIGNKEY) {
                if (const Problems p = checkReferences(m, id, refs); !p.isEmpty())
                    return unexpected(StoreError::invalid(p));
            }
            return unexpected(constraintError(m, r.error()));
        }
        if (!isInsert && m_db->changes() == 0)
            return unexpected(StoreError::notFound(m.table()));
        noteChange(m.table(), id);
        return {};
    };
    // Inside a caller's transaction the write is one statement, which SQLite already makes
    // atomic: no savepoint needed. On its own it is a user action of its own.
    return m_db->inTransaction() ? body() : transact(body);
}

Result<void, StoreError> Store::setDeleted(const TableMapping &m, const Uuid &id, bool deleted)
{
    return transact([&]() -> Result<void, StoreError> {
        Statement s = m_db->prepare(
            QStringLiteral("UPDATE %1 SET deleted = ?2 WHERE id = ?1 AND deleted = ?3")
                .arg(m.table()));
        s.bind(1, id).bind(2, deleted).bind(3, !deleted);
        if (auto r = s.exec(); !r)
            return unexpected(StoreError::fromDb(r.error()));
        if (m_db->changes() == 0)
            return unexpected(StoreError::notFound(m.table()));
        noteChange(m.table(), id);
        return {};
    });
}

StoreError Store::constraintError(const TableMapping &m, const DbError &e)
{
    if (e.code == SQLITE_CONSTRAINT_UNIQUE || e.code == SQLITE_CONSTRAINT_PRIMARYKEY) {
        // "UNIQUE constraint failed: certificate.number"
        const QString prefix = m.table() + u'.';
        const qsizetype at = e.message.indexOf(prefix);
        const QString column
            = at >= 0 ? e.message.mid(at + prefix.size()).section(u',', 0, 0) : QString();
        return StoreError::invalid(
            {{column, StoreError::tr("This value is already used by another record.")}});
    }
    return StoreError::fromDb(e);
}

void Store::noteChange(const QString &table, const Uuid &id)
{
    if (m_pendingAll.contains(table))
        return;
    QSet<Uuid> &ids = m_pending[table];
    ids.insert(id);
    if (ids.size() > MaxIdsPerNotice) {
        m_pending.remove(table);
        m_pendingAll.insert(table);
    }
}

void Store::flushChanges()
{
    const auto pending = std::exchange(m_pending, {});
    const auto all = std::exchange(m_pendingAll, {});
    for (auto it = pending.begin(); it != pending.end(); ++it)
        Q_EMIT changed(it.key(), it.value().values());
    for (const QString &table : all)
        Q_EMIT changed(table, {});
}

qint64 Store::count(const QString &table)
{
    Statement s
        = m_db->prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table));
    return s.next() ? s.int64(0) : 0;
}

QList<SearchHit> Store::search(QStringView text, int limitPerKind)
{
    QList<SearchHit> hits;
    const QString match = SearchFold::matchQuery(text);
    if (match.isEmpty())
        return hits;
    static const struct
    {
        const char *table;
        const char *title;
    } kinds[] = {
        {"person", "t.family_name || ' ' || t.given_name || coalesce(' ' || t.patronymic, '')"},
        {"institution", "coalesce(t.name_en, t.name_ru, t.name_kk)"},
        {"partnership", "t.title"},
        {"course", "t.code || ' ' || coalesce(t.title_en, t.title_ru, t.title_kk)"},
    };
    for (const auto &k : kinds) {
        const QString table = QLatin1String(k.table);
        Statement s = m_db->prepare(
            QStringLiteral("SELECT t.id, %2 FROM fts_%1 f JOIN %1 t ON t.rowid = f.rowid "
                           "WHERE fts_%1 MATCH ? AND t.deleted = 0 ORDER BY f.rank LIMIT ?")
                .arg(table, QLatin1String(k.title)));
        s.bind(1, match).bind(2, limitPerKind);
        while (s.next())
            hits.append({table, s.uuid(0), s.text(1)});
    }
    return hits;
}

} // namespace ef
