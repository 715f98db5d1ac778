// The client half of the sync protocol, with no I/O: it turns the store's change log into the
// next request and applies the server's answer (results, pulled changes, conflicts) to the store
// in one transaction. SyncClient carries the requests; tests can drive this directly.
#pragma once

#include "SyncMessage.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>

namespace ef {

class Store;

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(ef::SyncEngine)

public:
    explicit SyncEngine(Store &store);

    // The next request: up to maxPush local changes the server has not acknowledged, and a pull
    // of at most pullLimit changes after the cursor.
    Result<SyncRequest, StoreError> nextRequest(int maxPush = 500, int pullLimit = 1000);

    struct Applied
    {
        int pushed = 0;
        int superseded = 0;
        int rejected = 0;
        int pulled = 0; // changes pulled from the server that changed this store
        int conflicts = 0;
        bool more = false; // the server has more to pull, or there is more to push
    };
    // Applies the answer to `sent`. A response that does not answer `sent` is refused whole.
    Result<Applied, StoreError> apply(const SyncRequest &sent, const SyncResponse &response,
        std::int64_t sentAtMs, std::int64_t receivedAtMs);

    // Local changes not yet acknowledged by the server.
    qint64 pendingChanges();
    std::int64_t cursor();
    std::int64_t acknowledged();
    // Open conflicts and rejections for a person to review.
    qint64 openIssues();

    static QString cursorKey() { return QStringLiteral("sync.cursor"); }
    static QString ackedKey() { return QStringLiteral("sync.acked"); }
    static QString offsetKey() { return QStringLiteral("sync.server_offset_ms"); }

private:
    Result<void, StoreError> applyRemote(const WireChange &c, bool &changed);
    Result<void, StoreError> noteIssue(
        const QString &kind, const WireChange &c, const QString &reason, const QString &message);
    Result<int, StoreError> deviceRef(const Uuid &device);
    const QStringList &columns(const QString &table);

    Store &m_store;
    QHash<QString, QStringList> m_columns;
    QHash<Uuid, int> m_deviceRefs;
};

} // namespace ef
