#include "SyncIssues.h"

#include "records/RecordType.h"
#include "store/Store.h"
#include "store/SyncSchema.h"

#include <sqlite3.h>

namespace ef {

namespace {

const QString columns = QStringLiteral(
    "id, kind, tbl, row_id, field, value, hlc, device, kept_value, kept_hlc, kept_device, "
    "conflict_kind, needs_review, reason, message, noted_at");

SyncIssue read(Statement &s)
{
    SyncIssue i;
    i.id = s.int64(0);
    i.kind = s.text(1);
    i.table = s.text(2);
    i.row = s.uuid(3);
    i.field = s.isNull(4) ? QString() : s.text(4);
    i.value = s.value(5);
    i.hlc = s.isNull(6) ? 0 : s.int64(6);
    i.device = s.isNull(7) ? Uuid() : s.uuid(7);
    i.keptValue = s.value(8);
    i.keptHlc = s.isNull(9) ? 0 : s.int64(9);
    i.keptDevice = s.isNull(10) ? Uuid() : s.uuid(10);
    i.conflictKind = s.isNull(11) ? QString() : s.text(11);
    i.needsReview = s.int64(12) != 0;
    i.reason = s.isNull(13) ? QString() : s.text(13);
    i.message = s.isNull(14) ? QString() : s.text(14);
    i.notedAtMs = s.int64(15);
    return i;
}

// The issue, if it is open.
std::optional<SyncIssue> openIssue(Store &store, qint64 id)
{
    Statement s = store.db().prepare(
        QStringLiteral("SELECT %1 FROM sync_issue WHERE id = ? AND resolution IS NULL")
            .arg(columns));
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return read(s);
}

Result<void, StoreError> resolve(Store &store, const SyncIssue &issue, const QString &resolution)
{
    Statement s
        = store.db().prepare(QStringLiteral("UPDATE sync_issue SET resolution = ? WHERE id = ?"));
    s.bindAll(resolution, issue.id);
    if (auto r = s.exec(); !r)
        return unexpected(StoreError::fromDb(r.error()));
    store.noteChange(SyncIssues::table(), issue.row);
    return {};
}

// Whether `field` is a user field of the synced table `table`: both come from the server, so
// they are checked before they are put into SQL.
bool isSyncedField(Store &store, const QString &table, const QString &field)
{
    if (!SyncSchema::tables().contains(table) || SyncSchema::isBookkeepingColumn(field))
        return false;
    Statement s
        = store.db().prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    s.bindAll(table, field);
    return s.next();
}

} // namespace

QList<SyncIssue> SyncIssues::open(Store &store, int limit)
{
    Statement s = store.db().prepare(QStringLiteral("SELECT %1 FROM sync_issue WHERE resolution "
                                                    "IS NULL ORDER BY noted_at DESC, id DESC "
                                                    "LIMIT ?")
                                         .arg(columns));
    s.bind(1, limit);
    QList<SyncIssue> out;
    while (s.next())
        out.append(read(s));
    return out;
}

qint64 SyncIssues::openCount(Store &store)
{
    Statement s = store.db().prepare(
        QStringLiteral("SELECT count(*) FROM sync_issue WHERE resolution IS NULL"));
    return s.next() ? s.int64(0) : 0;
}

Result<void, StoreError> SyncIssues::restore(Store &store, qint64 id)
{
    return store.transact([&]() -> Result<void, StoreError> {
        const std::optional<SyncIssue> issue = openIssue(store, id);
        if (!issue)
            return unexpected(StoreError::notFound(table()));
        if (!issue->canRestore() || !isSyncedField(store, issue->table, issue->field))
            return unexpected(StoreError::invalid(
                {{issue->field, tr("Only the lost value of a conflict can be restored.")}}));
        Database &db = store.db();
        if (issue->conflictKind == u"edit-delete" && issue->field != u"deleted") {
            Statement undelete = db.prepare(
                QStringLiteral("UPDATE %1 SET deleted = 0 WHERE id = ? AND deleted = 1")
                    .arg(issue->table));
            undelete.bind(1, issue->row);
            if (auto r = undelete.exec(); !r)
                return unexpected(StoreError::fromDb(r.error()));
        }
        Statement write = db.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(issue->table, issue->field));
        write.bindAll(issue->value, issue->row);
        if (auto r = write.exec(); !r) {
            if ((r.error().code & 0xff) != SQLITE_CONSTRAINT)
                return unexpected(StoreError::fromDb(r.error()));
            // A required field left empty, a broken reference, a duplicate number …
            const RecordType *type = RecordType::find(issue->table);
            const FieldInfo *field = type ? type->field(issue->field) : nullptr;
            return unexpected(StoreError::invalid({{issue->field,
                tr("The lost value is not valid for “%1” any more, so it cannot be restored.")
                    .arg(field ? field->translatedLabel() : issue->field)}}));
        }
        if (db.changes() == 0)
            return unexpected(StoreError::notFound(issue->table));
        // The record as it now stands must still be valid (a restored end date before a newer
        // start date is not).
        if (const RecordType *type = RecordType::find(issue->table)) {
            const std::optional<RecordValues> values = type->load(store, issue->row);
            if (!values)
                return unexpected(StoreError::notFound(issue->table));
            if (const Problems p = type->validate(*values); !p.isEmpty())
                return unexpected(StoreError::invalid(p));
        }
        store.noteChange(issue->table, issue->row);
        return resolve(store, *issue, QStringLiteral("restored"));
    });
}

Result<void, StoreError> SyncIssues::dismiss(Store &store, qint64 id)
{
    return store.transact([&]() -> Result<void, StoreError> {
        const std::optional<SyncIssue> issue = openIssue(store, id);
        if (!issue)
            return unexpected(StoreError::notFound(table()));
        return resolve(store, *issue, QStringLiteral("dismissed"));
    });
}

QString SyncIssues::reasonText(const QString &reason)
{
    if (reason == u"out-of-scope")
        return tr("Out of your scope: another institution's record, or shared data that only "
                  "coordinators change.");
    if (reason == u"read-only")
        return tr("Your role is read only.");
    if (reason == u"invalid")
        return tr("The server found the value invalid.");
    if (reason == u"unknown-record")
        return tr("The server does not have this record.");
    if (reason == u"missing-reference")
        return tr("It refers to a record this office cannot see.");
    if (reason == u"missing-record")
        return tr("The record is not in this office's data.");
    if (reason == u"unknown-field" || reason == u"unknown-table")
        return tr("This version of EduFusion Desk does not know the field; update it.");
    return reason;
}

} // namespace ef
