// The sync issues a person reviews (the local sync_issue table): conflicts whose losing value
// can be restored, rejections of local changes by the server (the local value stays), and
// pulled changes this store could not take. Restoring writes the lost value as a new local edit,
// so it syncs like any other; dismissing only marks the issue as seen.
#pragma once

#include "store/StoreError.h"
#include "util/Result.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QVariant>

namespace ef {

class Store;

struct SyncIssue
{
    qint64 id = 0;
    QString kind; // conflict, rejected, unapplied
    QString table;
    Uuid row;
    QString field; // empty: a whole record (a refused creation)
    QVariant value; // the lost or refused value
    std::int64_t hlc = 0;
    Uuid device;
    QVariant keptValue; // conflicts: the value that stands
    std::int64_t keptHlc = 0;
    Uuid keptDevice;
    QString conflictKind; // concurrent, lifecycle, edit-delete
    bool needsReview = false;
    QString reason; // rejections: out-of-scope, read-only, invalid, unknown-record
    QString message;
    std::int64_t notedAtMs = 0;

    bool canRestore() const { return kind == u"conflict" && !field.isEmpty(); }
};

class SyncIssues
{
    Q_DECLARE_TR_FUNCTIONS(ef::SyncIssues)

public:
    // The open issues, newest first; at most `limit` (open issues are few: a person resolves
    // them as they come).
    static QList<SyncIssue> open(Store &store, int limit = 5000);
    static qint64 openCount(Store &store);
    // Writes a conflict's lost value back as a local edit (undeleting the record when the loss
    // was an edit racing a delete) and marks it restored, as one transaction. Refused, with the
    // problems, when the value is no longer valid for the record as it stands.
    static Result<void, StoreError> restore(Store &store, qint64 id);
    static Result<void, StoreError> dismiss(Store &store, qint64 id);

    // What the server's reason for a rejection means, translated.
    static QString reasonText(const QString &reason);
    // The table Store::changed names when issues are added or resolved.
    static QString table() { return QStringLiteral("sync_issue"); }
};

} // namespace ef
