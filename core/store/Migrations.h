// Brings a store file to the schema this binary knows: every step in one transaction, a backup
// (SQLite backup API) taken before an existing store is changed, and a newer schema refused.
#pragma once

#include "StoreError.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace ef {

class Clock;
class Database;

class Migrations
{
public:
    struct Step
    {
        int version;
        QString sql; // applied as is; tracking triggers are regenerated after every step
    };

    struct Report
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // empty when nothing existing was changed
    };

    // The steps of this binary, in order; the last one's version is latestVersion().
    static const QList<Step> &steps();
    static int latestVersion();
    static int currentVersion(Database &db);

    static Result<Report, StoreError> migrate(
        Database &db, const Clock &clock, const QList<Step> &steps = Migrations::steps());
};

} // namespace ef
