#include "Database.h"

#include "text/KazakhCollation.h"
#include "text/SearchFold.h"

#include <sqlite3.h>

namespace ef {

namespace {

void callFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    auto *fn = static_cast<Database::Function *>(sqlite3_user_data(ctx));
    (*fn)(ctx, argc, argv);
}

int kazakhCollation(void *, int na, const void *a, int nb, const void *b)
{
    return compareKazakh(static_cast<const char *>(a), na, static_cast<const char *>(b), nb);
}

// ef_fold(text, ...): the script- and case-folded search key of its arguments, joined by spaces.
void foldFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    QString joined;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        if (!joined.isEmpty())
            joined += u' ';
        joined += QString::fromUtf8(p, sqlite3_value_bytes(argv[i]));
    }
    const QByteArray out = SearchFold::fold(joined).toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
    sqlite3_create_collation_v2(m_db, "KAZAKH", SQLITE_UTF8, nullptr, kazakhCollation, nullptr);
    sqlite3_create_function_v2(m_db, "ef_fold", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
        foldFunction, nullptr, nullptr, nullptr);
}

Result<std::unique_ptr<Database>, DbError> Database::open(const QString &path, Mode mode)
{
    // Memory statistics cost a global mutex on every allocation; nothing here reads them.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK || true;
    Q_UNUSED(configured);
    sqlite3 *db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        DbError e {rc,
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc)), {}};
        sqlite3_close_v2(db);
        return unexpected(std::move(e));
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database()
{
    for (Cached *c : std::as_const(m_cache)) {
        sqlite3_finalize(c->stmt);
        delete c;
    }
    sqlite3_close_v2(m_db);
}

DbError Database::lastError(const QString &sql) const
{
    return DbError {sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), sql};
}

Result<void, DbError> Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        DbError e {
            sqlite3_extended_errcode(m_db), QString::fromUtf8(err ? err : sqlite3_errstr(rc)), sql};
        sqlite3_free(err);
        return unexpected(std::move(e));
    }
    return {};
}

Result<Statement, DbError> Database::tryPrepare(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end() && !(*it)->inUse) {
        (*it)->inUse = true;
        return Statement((*it)->stmt, &(*it)->inUse, false);
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(
            m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        return unexpected(lastError(sql));
    }
    if (it != m_cache.end())
        return Statement(stmt, nullptr, true); // the cached one is busy: a private copy
    auto *c = new Cached {stmt, true};
    m_cache.insert(sql, c);
    return Statement(stmt, &c->inUse, false);
}

Statement Database::prepare(const QString &sql)
{
    auto r = tryPrepare(sql);
    // A statement written in our code that does not compile is a programming error.
    Q_ASSERT_X(r.ok(), "Database::prepare", r.ok() ? "" : qPrintable(r.error().toString()));
    if (!r.ok()) {
        qCritical("SQL does not compile: %s", qPrintable(r.error().toString()));
        return {};
    }
    return std::move(r.value());
}

QVariant Database::scalar(const QString &sql)
{
    Statement s = prepare(sql);
    if (s.isValid() && s.next())
        return s.value(0);
    return {};
}

bool Database::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<void, DbError> Database::backupTo(const QString &path)
{
    sqlite3 *dest = nullptr;
    const QByteArray utf8 = path.toUtf8();
    int rc = sqlite3_open_v2(
        utf8.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        DbError e {rc, QString::fromUtf8(sqlite3_errmsg(dest)), path};
        sqlite3_close_v2(dest);
        return unexpected(std::move(e));
    }
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", m_db, "main");
    if (!b) {
        DbError e {sqlite3_errcode(dest), QString::fromUtf8(sqlite3_errmsg(dest)), path};
        sqlite3_close_v2(dest);
        return unexpected(std::move(e));
    }
    do {
        rc = sqlite3_backup_step(b, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    DbError e;
    if (rc != SQLITE_DONE)
        e = DbError {rc, QString::fromUtf8(sqlite3_errstr(rc)), path};
    sqlite3_close_v2(dest);
    if (e.code)
        return unexpected(std::move(e));
    return {};
}

void Database::createFunction(const char *name, int nArgs, bool deterministic, Function fn)
{
    m_functions.push_back(std::make_unique<Function>(std::move(fn)));
    int flags = SQLITE_UTF8 | (deterministic ? SQLITE_DETERMINISTIC : 0);
    sqlite3_create_function_v2(m_db, name, nArgs, flags, m_functions.back().get(), callFunction,
        nullptr, nullptr, nullptr);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    static int counter = 0;
    Result<void, DbError> r;
    if (db.inTransaction()) {
        m_savepoint = QStringLiteral("sp%1").arg(++counter);
        r = db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        r = db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_open = r.ok();
    if (!r.ok())
        m_beginError = r.error();
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void, DbError> Transaction::commit()
{
    Q_ASSERT(m_open);
    auto r = m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                             : QStringLiteral("RELEASE ") + m_savepoint);
    if (r.ok())
        m_open = false;
    return r;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    // Rolling back is what is left to do after a failure; if it fails too, SQLite has already
    // rolled the transaction back itself (or the connection is gone), and the caller reports
    // the failure that brought it here.
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_open = false;
}

} // namespace ef
