// One SQLite connection: prepared-statement cache, SQL functions written in C++, transactions
// (nested ones become savepoints) and online backup through SQLite's backup API.
#pragma once

#include "DbError.h"
#include "Statement.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;

namespace ef {

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>, DbError> open(
        const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements without results (DDL, pragmas).
    Result<void, DbError> exec(const QString &sql);
    // A cached prepared statement; a second use while the first is alive gets its own copy.
    Statement prepare(const QString &sql);
    Result<Statement, DbError> tryPrepare(const QString &sql);
    // Convenience for single-value queries; returns a null QVariant when there is no row.
    QVariant scalar(const QString &sql);

    bool inTransaction() const;
    std::int64_t lastInsertRowId() const;
    int changes() const;
    DbError lastError(const QString &sql = {}) const;

    // Copies the whole database to another file with the backup API (never a file copy).
    Result<void, DbError> backupTo(const QString &path);

    // Registers a scalar SQL function; nArgs -1 means variadic.
    using Function = std::function<void(sqlite3_context *, int, sqlite3_value **)>;
    void createFunction(const char *name, int nArgs, bool deterministic, Function fn);

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

private:
    Database(sqlite3 *db, QString path);

    struct Cached
    {
        struct sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };
    sqlite3 *m_db;
    QString m_path;
    QHash<QString, Cached *> m_cache;
    std::vector<std::unique_ptr<Function>> m_functions;
};

// One unit of work: BEGIN IMMEDIATE at the outermost level, a SAVEPOINT inside another.
// Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    const DbError &beginError() const { return m_beginError; }
    Result<void, DbError> commit();
    void rollback();

private:
    Database &m_db;
    QString m_savepoint;
    DbError m_beginError;
    bool m_open = false;
};

} // namespace ef
