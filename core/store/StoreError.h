// Why a store operation did not happen, with a translated message for the user and, for
// invalid input, every problem with its field.
#pragma once

#include "DbError.h"
#include "records/Problem.h"

#include <QCoreApplication>
#include <QString>

namespace ef {

struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        Invalid, // the value breaks a rule: see problems
        NotFound, // no such record, or it was deleted
        NewerSchema, // the file was written by a newer version of the app
        UnsafeLocation, // network share or cloud-synced folder
        CannotOpen,
        Database, // an SQLite error that is not the user's doing
        Cancelled, // the user stopped a long task; whole steps already done are kept
    };

    Kind kind = Kind::Database;
    QString message;
    Problems problems;
    DbError db;

    static StoreError invalid(Problems problems);
    static StoreError notFound(const QString &table);
    static StoreError newerSchema(const QString &path, int fileVersion, int knownVersion);
    static StoreError unsafeLocation(const QString &path, const QString &why);
    static StoreError cannotOpen(const QString &path, const DbError &db);
    static StoreError migrationFailed(int version, const DbError &db);
    static StoreError fromDb(const DbError &db);
    static StoreError cancelled();
};

} // namespace ef
