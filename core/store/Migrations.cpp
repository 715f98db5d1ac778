#include "Migrations.h"

#include "Database.h"
#include "SyncSchema.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>

namespace ef {

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> list {
        {1, readResource(QStringLiteral(":/ef/schema/Schema_v1.sql"))},
        {2, readResource(QStringLiteral(":/ef/schema/Schema_v2.sql"))},
        {3, readResource(QStringLiteral(":/ef/schema/Schema_v3.sql"))},
        {4, readResource(QStringLiteral(":/ef/schema/Schema_v4.sql"))},
        {5, readResource(QStringLiteral(":/ef/schema/Schema_v5.sql"))},
        {6, readResource(QStringLiteral(":/ef/schema/Schema_v6.sql"))},
    };
    return list;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(Database &db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

Result<Migrations::Report, StoreError> Migrations::migrate(
    Database &db, const Clock &clock, const QList<Step> &steps)
{
    Report report;
    report.fromVersion = currentVersion(db);
    report.toVersion = report.fromVersion;
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (report.fromVersion > latest)
        return unexpected(StoreError::newerSchema(db.path(), report.fromVersion, latest));
    if (report.fromVersion == latest)
        return report;

    if (report.fromVersion > 0 && db.path() != QLatin1String(":memory:") && !db.path().isEmpty()) {
        const QFileInfo fi(db.path());
        report.backupPath = fi.absolutePath() + u'/' + fi.completeBaseName()
            + QStringLiteral(".v%1-%2.backup.sqlite")
                  .arg(report.fromVersion)
                  .arg(clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto r = db.backupTo(report.backupPath); !r)
            return unexpected(StoreError::fromDb(r.error()));
    }

    Transaction tx(db);
    if (!tx.isOpen())
        return unexpected(StoreError::fromDb(tx.beginError()));
    for (const Step &step : steps) {
        if (step.version <= report.fromVersion)
            continue;
        if (auto r = db.exec(step.sql); !r)
            return unexpected(StoreError::migrationFailed(step.version, r.error()));
        if (auto r = SyncSchema::installTriggers(db); !r)
            return unexpected(StoreError::migrationFailed(step.version, r.error()));
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
            return unexpected(StoreError::migrationFailed(step.version, r.error()));
        report.toVersion = step.version;
    }
    if (auto r = tx.commit(); !r)
        return unexpected(StoreError::fromDb(r.error()));
    return report;
}

} // namespace ef
