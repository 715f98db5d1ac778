#include "ServerDb.h"

#include <QAtomicInt>
#include <QDir>
#include <QSqlError>
#include <QSqlRecord>

namespace ef {

namespace {

QAtomicInt connections;

// Portable SQL: BLOB becomes BYTEA on PostgreSQL; everything else is written to run on both.
const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "INSERT INTO counter (name, value) VALUES ('seq', 0) ON CONFLICT DO NOTHING",
    "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role TEXT NOT NULL, "
    "institution BLOB, pw_hash TEXT NOT NULL, created_ms BIGINT NOT NULL, "
    "disabled INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS tokens (hash BLOB PRIMARY KEY, user_name TEXT NOT NULL, "
    "device BLOB NOT NULL, created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, "
    "revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS devices (id BLOB PRIMARY KEY, user_name TEXT NOT NULL, "
    "label TEXT, first_ms BIGINT NOT NULL, last_ms BIGINT NOT NULL, push BIGINT NOT NULL "
    "DEFAULT 0, push_hash BLOB, answer BLOB)",
    "CREATE TABLE IF NOT EXISTS login_failures (user_name TEXT NOT NULL, address TEXT NOT NULL, "
    "at_ms BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS login_failures_user ON login_failures (user_name, at_ms)",
    "CREATE INDEX IF NOT EXISTS login_failures_address ON login_failures (address, at_ms)",
    // Every record the server knows, with the institution that owns it (for scope).
    "CREATE TABLE IF NOT EXISTS records (tbl TEXT NOT NULL, row_id BLOB NOT NULL, "
    "owner BLOB NOT NULL, PRIMARY KEY (tbl, row_id))",
    // Every write of every field (a creation writes each of its fields): the merge's input.
    "CREATE TABLE IF NOT EXISTS writes (tbl TEXT NOT NULL, row_id BLOB NOT NULL, "
    "field TEXT NOT NULL, hlc BIGINT NOT NULL, device BLOB NOT NULL, value BLOB, "
    "base BIGINT NOT NULL, PRIMARY KEY (tbl, row_id, field, hlc, device))",
    // The accepted changes in sequence order: what clients pull.
    "CREATE TABLE IF NOT EXISTS changes (seq BIGINT PRIMARY KEY, tbl TEXT NOT NULL, "
    "row_id BLOB NOT NULL, owner BLOB NOT NULL, field TEXT, value BLOB, hlc BIGINT NOT NULL, "
    "device BLOB NOT NULL, base BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS changes_owner ON changes (owner, seq)",
    "CREATE INDEX IF NOT EXISTS changes_table ON changes (tbl, seq)",
    // Values that lost a merge, kept for review.
    "CREATE TABLE IF NOT EXISTS conflicts (seq BIGINT PRIMARY KEY, tbl TEXT NOT NULL, "
    "row_id BLOB NOT NULL, owner BLOB NOT NULL, field TEXT NOT NULL, lost BLOB, "
    "lost_hlc BIGINT NOT NULL, lost_device BLOB NOT NULL, kept BLOB, kept_hlc BIGINT NOT NULL, "
    "kept_device BLOB NOT NULL, kind TEXT NOT NULL, review INTEGER NOT NULL, "
    "UNIQUE (tbl, row_id, field, lost_hlc, lost_device, kind))",
    "CREATE INDEX IF NOT EXISTS conflicts_owner ON conflicts (owner, seq)",
};

} // namespace

ServerDb::ServerDb(Kind kind, QString connection)
    : m_kind(kind)
    , m_connection(std::move(connection))
{ }

ServerDb::~ServerDb()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<ServerDb>, QString> ServerDb::open(
    Kind kind, const QString &target, const QString &password)
{
    const QString name = QStringLiteral("ef-server-%1").arg(connections.fetchAndAddRelaxed(1));
    std::unique_ptr<ServerDb> self(new ServerDb(kind, name));
    QSqlDatabase db;
    if (kind == Kind::Sqlite) {
        if (!QDir().mkpath(target))
            return unexpected(QStringLiteral("cannot create the data folder %1").arg(target));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(target).filePath(QStringLiteral("server.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        // QPSQL takes the parts separately; a libpq string goes in as the options.
        QStringList options;
        for (const QString &part : target.split(u' ', Qt::SkipEmptyParts)) {
            const QString key = part.section(u'=', 0, 0), value = part.section(u'=', 1);
            if (key == u"host")
                db.setHostName(value);
            else if (key == u"port")
                db.setPort(value.toInt());
            else if (key == u"dbname")
                db.setDatabaseName(value);
            else if (key == u"user")
                db.setUserName(value);
            else if (key == u"password")
                return unexpected(QStringLiteral(
                    "the connection string holds a password, which every user of this computer "
                    "can read on a command line: give it in a file (--postgres-password-file) "
                    "or in the PGPASSWORD environment variable"));
            else
                options << part;
        }
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(options.join(u';'));
    }
    if (!db.open())
        return unexpected(QStringLiteral("cannot open the server store (%1): %2")
                              .arg(self->describe(), db.lastError().text()));
    if (kind == Kind::Sqlite) {
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                 "PRAGMA cache_size = -64000"}) {
            if (auto r = self->query(QString::fromLatin1(pragma)); !r)
                return unexpected(r.error());
        }
    }
    if (auto r = self->createSchema(); !r)
        return unexpected(r.error());
    return self;
}

QString ServerDb::describe() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return m_kind == Kind::Sqlite ? QStringLiteral("SQLite %1").arg(db.databaseName())
                                  : QStringLiteral("PostgreSQL %1@%2:%3")
                                        .arg(db.databaseName(), db.hostName())
                                        .arg(db.port());
}

QString ServerDb::dialect(QString sql) const
{
    if (m_kind == Kind::Postgres)
        sql.replace(QStringLiteral(" BLOB"), QStringLiteral(" BYTEA"));
    return sql;
}

Result<void, QString> ServerDb::createSchema()
{
    return transact(Work::Read, [&]() -> Result<void, QString> {
        for (const char *sql : schema) {
            if (auto r = exec(dialect(QString::fromLatin1(sql))); !r)
                return unexpected(r.error());
        }
        return {};
    });
}

Result<QSqlQuery, QString> ServerDb::query(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const auto failed
        = [&] { return unexpected(QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql)); };
    if (values.isEmpty()) {
        // Nothing to bind: run it as it is (PostgreSQL cannot prepare BEGIN, COMMIT …).
        if (!q.exec(sql))
            return failed();
        return q;
    }
    if (!q.prepare(sql))
        return failed();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed();
    return q;
}

Result<int, QString> ServerDb::exec(const QString &sql, const QVariantList &values)
{
    auto q = query(sql, values);
    if (!q)
        return unexpected(q.error());
    return q->numRowsAffected();
}

Result<QVariant, QString> ServerDb::scalar(const QString &sql, const QVariantList &values)
{
    auto q = query(sql, values);
    if (!q)
        return unexpected(q.error());
    return q->next() ? q->value(0) : QVariant();
}

void ServerDb::rollback()
{
    m_seqTaken = false;
    // A rollback that fails leaves nothing to undo on our side: the connection is gone, and
    // the server reports the failure that brought it here.
    if (auto r = exec(QStringLiteral("ROLLBACK")); !r)
        qWarning("ROLLBACK failed: %s", qPrintable(r.error()));
}

Result<void, QString> ServerDb::transact(
    Work work, const std::function<Result<void, QString>()> &fn)
{
    const bool write = work == Work::Write;
    // SQLite: BEGIN IMMEDIATE takes the write lock up front. PostgreSQL: the sequence row is
    // locked, so writing transactions commit one after another and sequence numbers become
    // visible in order (a database sequence would let a later number commit first).
    if (auto begun = exec(m_kind == Kind::Sqlite && write ? QStringLiteral("BEGIN IMMEDIATE")
                                                          : QStringLiteral("BEGIN"));
        !begun)
        return unexpected(begun.error());
    m_seqTaken = false;
    if (write) {
        const auto seq = scalar(m_kind == Kind::Postgres
                ? QStringLiteral("SELECT value FROM counter WHERE name = 'seq' FOR UPDATE")
                : QStringLiteral("SELECT value FROM counter WHERE name = 'seq'"));
        if (!seq || !seq->isValid()) {
            rollback();
            return unexpected(
                seq ? QStringLiteral("the sequence counter is missing") : seq.error());
        }
        m_seq = seq->toLongLong();
        m_seqTaken = true;
    }
    Result<void, QString> r = fn();
    if (r && write) {
        if (auto saved = exec(QStringLiteral("UPDATE counter SET value = ? WHERE name = 'seq'"),
                {QVariant(qint64(m_seq))});
            !saved)
            r = unexpected(saved.error());
    }
    if (r) {
        if (auto committed = exec(QStringLiteral("COMMIT")); !committed)
            r = unexpected(committed.error());
    }
    if (!r) {
        rollback();
        return r;
    }
    m_seqTaken = false;
    return {};
}

std::int64_t ServerDb::nextSeq()
{
    Q_ASSERT(m_seqTaken);
    return ++m_seq;
}

Result<std::int64_t, QString> ServerDb::lastSeq()
{
    // Inside a writing transaction this one's own numbers are visible too: every lower number
    // is committed, since the lock is held.
    if (m_seqTaken)
        return m_seq;
    auto seq = scalar(QStringLiteral("SELECT value FROM counter WHERE name = 'seq'"));
    if (!seq)
        return unexpected(seq.error());
    return std::int64_t(seq->toLongLong());
}

} // namespace ef
