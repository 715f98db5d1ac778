// The server's storage connection: SQLite in a data folder by default, PostgreSQL when given a
// connection string, behind one SQL dialect. Creates the server's tables, and runs every
// request's work in one transaction, the writing ones serialized by a lock on the sequence row.
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>

namespace ef {

class ServerDb
{
public:
    enum class Kind { Sqlite, Postgres };

    // SQLite: `target` is the data folder. PostgreSQL: a libpq-style connection string
    // ("host=127.0.0.1 port=5432 dbname=edufusion user=…") without a password, and the password
    // apart (empty: libpq's own PGPASSWORD or password file, or none).
    static Result<std::unique_ptr<ServerDb>, QString> open(
        Kind kind, const QString &target, const QString &password = {});
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    Kind kind() const { return m_kind; }
    QString describe() const;

    // A prepared query with its values bound in order, run: read its rows, or why it failed.
    Result<QSqlQuery, QString> query(const QString &sql, const QVariantList &values = {});
    // Runs a statement; how many rows it changed, or why it failed.
    Result<int, QString> exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row; an invalid QVariant when there is no row.
    Result<QVariant, QString> scalar(const QString &sql, const QVariantList &values = {});

    // Runs fn in one transaction. Writing work takes the sequence lock first, so sequence
    // numbers commit in the order they are given.
    enum class Work { Read, Write };
    Result<void, QString> transact(Work work, const std::function<Result<void, QString>()> &fn);
    // The next server sequence number; only inside a Write transaction.
    std::int64_t nextSeq();
    // The last sequence number given; every change up to it is committed.
    Result<std::int64_t, QString> lastSeq();

private:
    ServerDb(Kind kind, QString connection);
    Result<void, QString> createSchema();
    QString dialect(QString sql) const;
    // Ends a failed transaction; the failure that led here is the one reported.
    void rollback();

    Kind m_kind;
    QString m_connection;
    std::int64_t m_seq = 0;
    bool m_seqTaken = false;
};

} // namespace ef
