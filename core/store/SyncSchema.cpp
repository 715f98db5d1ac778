#include "SyncSchema.h"

#include "Database.h"

namespace ef {

const QStringList &SyncSchema::tables()
{
    static const QStringList list {
        QStringLiteral("institution"),
        QStringLiteral("person"),
        QStringLiteral("project"),
        QStringLiteral("project_partner"),
        QStringLiteral("indicator"),
        QStringLiteral("indicator_value"),
        QStringLiteral("partnership"),
        QStringLiteral("partnership_contact"),
        QStringLiteral("attachment"),
        QStringLiteral("partnership_amendment"),
        QStringLiteral("training_programme"),
        QStringLiteral("training_event"),
        QStringLiteral("event_trainer"),
        QStringLiteral("participation"),
        QStringLiteral("certificate_signatory"),
        QStringLiteral("certificate"),
        QStringLiteral("certificate_action"),
        QStringLiteral("office_key"),
        QStringLiteral("revocation_list"),
        QStringLiteral("course"),
        QStringLiteral("offering"),
        QStringLiteral("enrollment"),
    };
    return list;
}

bool SyncSchema::isBookkeepingColumn(QStringView column)
{
    return column == u"id" || column == u"hlc" || column == u"device";
}

QString SyncSchema::triggerSql(const QString &t, const QStringList &columns,
    const QList<std::pair<QString, QString>> &references)
{
    QString sql;
    // A synced row is never deleted: deletion is the tombstone field, which syncs like any other.
    sql += QStringLiteral(
        "CREATE TRIGGER trk_%1_nodelete BEFORE DELETE ON %1 WHEN ef_tracking() BEGIN "
        "SELECT RAISE(ABORT, 'synced rows are never deleted; set deleted = 1'); END;\n")
               .arg(t);
    sql += QStringLiteral(
        "CREATE TRIGGER trk_%1_fixed BEFORE UPDATE OF id, hlc, device ON %1 "
        "WHEN ef_tracking() AND (old.id IS NOT new.id OR old.hlc IS NOT new.hlc "
        "OR old.device IS NOT new.device) BEGIN "
        "SELECT RAISE(ABORT, 'id, hlc and device of a synced row are fixed'); END;\n")
               .arg(t);
    // A local write may not point at a deleted record (sync may: it applies with tracking off).
    auto refCheck = [&](const QString &column, const QString &table) {
        return QStringLiteral(
            "SELECT RAISE(ABORT, '%1%2') WHERE (SELECT deleted FROM %3 WHERE id = new.%2) = 1; ")
            .arg(deletedReferencePrefix(), column, table);
    };
    // One trigger per insert (each trigger run costs an allocation): a local insert must carry a
    // fresh clock of this device and live references; then it is logged.
    QString insertChecks;
    for (const auto &[column, table] : references)
        insertChecks += refCheck(column, table);
    sql += QStringLiteral("CREATE TRIGGER trk_%1_i AFTER INSERT ON %1 WHEN ef_tracking() BEGIN "
                          "SELECT RAISE(ABORT, 'a local insert must be stamped by this device') "
                          "WHERE new.device IS NOT ef_device() OR new.hlc <= 0; %2"
                          "INSERT INTO change_log (tbl, row_id, field, value, hlc, device, base) "
                          "VALUES ('%1', new.id, NULL, NULL, new.hlc, new.device, 0); END;\n")
               .arg(t, insertChecks);
    for (const QString &c : columns) {
        if (isBookkeepingColumn(c))
            continue;
        // A field's base is the clock of the value it overwrites. The tombstone's base is the
        // newest clock of the whole record as seen here, so the merge can tell an edit the
        // deleting office had not seen (an edit racing a delete).
        const QString base = c == u"deleted"
            ? QStringLiteral(
                "max(old.hlc, coalesce((SELECT max(hlc) FROM field_clock WHERE tbl = '%1' "
                "AND row_id = new.id), 0))")
                  .arg(t)
            : QStringLiteral(
                "coalesce((SELECT hlc FROM field_clock WHERE tbl = '%1' AND row_id = new.id "
                "AND field = '%2'), old.hlc)")
                  .arg(t, c);
        QString check;
        for (const auto &[column, table] : references)
            if (column == c)
                check = refCheck(column, table);
        sql += QStringLiteral(
            "CREATE TRIGGER trk_%1_u_%2 AFTER UPDATE OF %2 ON %1 "
            "WHEN ef_tracking() AND old.%2 IS NOT new.%2 BEGIN %4"
            "INSERT INTO change_log (tbl, row_id, field, value, hlc, device, base) "
            "VALUES ('%1', new.id, '%2', new.%2, ef_hlc(), ef_device(), %3); "
            "INSERT OR REPLACE INTO field_clock (tbl, row_id, field, hlc, device) "
            "SELECT tbl, row_id, field, hlc, device FROM change_log WHERE seq = "
            "last_insert_rowid(); "
            "END;\n")
                   .arg(t, c, base, check);
    }
    return sql;
}

Result<void, DbError> SyncSchema::installTriggers(Database &db)
{
    QStringList existing;
    {
        Statement s = db.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                                "'trigger' AND name LIKE 'trk\\_%' ESCAPE '\\'"));
        while (s.next())
            existing << s.text(0);
    }
    for (const QString &name : std::as_const(existing)) {
        if (auto r = db.exec(QStringLiteral("DROP TRIGGER %1").arg(name)); !r)
            return r;
    }
    for (const QString &t : tables()) {
        QStringList columns;
        {
            Statement s = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
            s.bind(1, t);
            while (s.next())
                columns << s.text(0);
        }
        if (columns.isEmpty())
            continue; // made by a later migration step; its triggers come with that step
        QList<std::pair<QString, QString>> references;
        {
            Statement s = db.prepare(
                QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"));
            s.bind(1, t);
            while (s.next())
                references.append({s.text(0), s.text(1)});
        }
        if (auto r = db.exec(triggerSql(t, columns, references)); !r)
            return r;
    }
    return {};
}

} // namespace ef
