// Which tables are synced (in parent-before-child order) and the triggers that record every
// local change to them in change_log, per field with its hybrid logical clock, whichever code
// path wrote it. The triggers are generated from the table's actual columns.
#pragma once

#include "DbError.h"
#include "util/Result.h"

#include <QStringList>

namespace ef {

class Database;

class SyncSchema
{
public:
    // Parents come before the tables that reference them.
    static const QStringList &tables();
    // Columns every synced table has and that are not user fields.
    static bool isBookkeepingColumn(QStringView column);

    // Drops and recreates the tracking triggers of every synced table from its current columns.
    static Result<void, DbError> installTriggers(Database &db);
    // The trigger SQL for one table, given its columns in order and its reference columns
    // (column -> referenced table).
    static QString triggerSql(const QString &table, const QStringList &columns,
        const QList<std::pair<QString, QString>> &references);
    // The message a trigger aborts with when a row refers to a deleted record.
    static QString deletedReferencePrefix() { return QStringLiteral("ef-deleted-reference:"); }
};

} // namespace ef
