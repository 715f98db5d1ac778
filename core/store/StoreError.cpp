#include "StoreError.h"

#include <QDir>

namespace ef {

StoreError StoreError::invalid(Problems problems)
{
    StoreError e;
    e.kind = Kind::Invalid;
    e.message = problems.size() == 1
        ? problems.first().message
        : tr("%n field(s) need attention.", nullptr, int(problems.size()));
    e.problems = std::move(problems);
    return e;
}

StoreError StoreError::notFound(const QString &table)
{
    StoreError e;
    e.kind = Kind::NotFound;
    e.message = tr("The record no longer exists; it may have been deleted.");
    e.db.sql = table;
    return e;
}

StoreError StoreError::newerSchema(const QString &path, int fileVersion, int knownVersion)
{
    StoreError e;
    e.kind = Kind::NewerSchema;
    e.message
        = tr("The data file %1 was written by a newer version of EduFusion Desk (data format %2; "
             "this version reads up to %3). Install the newer version to open it; the file "
             "has not been changed.")
              .arg(QDir::toNativeSeparators(path))
              .arg(fileVersion)
              .arg(knownVersion);
    return e;
}

StoreError StoreError::unsafeLocation(const QString &path, const QString &why)
{
    StoreError e;
    e.kind = Kind::UnsafeLocation;
    e.message = tr("The data file %1 is in %2. Files there can be corrupted while they are open; "
                   "keep the data file on this computer's own disk.")
                    .arg(QDir::toNativeSeparators(path), why);
    return e;
}

StoreError StoreError::cannotOpen(const QString &path, const DbError &db)
{
    StoreError e;
    e.kind = Kind::CannotOpen;
    e.message = tr("The data file %1 cannot be opened: %2")
                    .arg(QDir::toNativeSeparators(path), db.message);
    e.db = db;
    return e;
}

StoreError StoreError::migrationFailed(int version, const DbError &db)
{
    StoreError e;
    e.kind = Kind::Database;
    e.message = tr("The data file could not be upgraded to data format %1; it has been left as it "
                   "was. Details: %2")
                    .arg(version)
                    .arg(db.message);
    e.db = db;
    return e;
}

StoreError StoreError::fromDb(const DbError &db)
{
    StoreError e;
    e.kind = Kind::Database;
    e.message = db.isBusy() ? tr("The data file is busy in another program; try again in a moment.")
                            : tr("The data file reported an error: %1").arg(db.message);
    e.db = db;
    return e;
}

StoreError StoreError::cancelled()
{
    StoreError e;
    e.kind = Kind::Cancelled;
    e.message = tr("Stopped. The work finished before stopping has been kept.");
    return e;
}

} // namespace ef
