// The local store: one SQLite file holding all three programmes. Opens (WAL, synchronous=FULL,
// foreign keys, busy timeout), migrates, stamps every write with this device's hybrid logical
// clock, and tells listeners what changed after each committed user action.
#pragma once

#include "Database.h"
#include "StoreError.h"
#include "records/Description.h"
#include "sync/Hlc.h"
#include "util/Clock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace ef {

struct SearchHit
{
    QString table; // person, institution, partnership or course
    Uuid id;
    QString title;
};

class Store : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        const Clock *clock = &Clock::system();
        // Open even on a network share or in a cloud-synced folder (the user was warned).
        bool allowUnsafeLocation = false;
    };

    static Result<std::unique_ptr<Store>, StoreError> open(const QString &path, Options options);
    static Result<std::unique_ptr<Store>, StoreError> open(const QString &path)
    {
        return open(path, Options {});
    }
    ~Store() override;

    Database &db() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    Hlc &hlc() { return m_hlc; }
    QString path() const { return m_db->path(); }
    Uuid deviceId() const { return m_deviceId; }
    int deviceRef() const { return m_deviceRef; }
    QString backupPathOfLastMigration() const { return m_migrationBackup; }

    Uuid newId() const { return Uuid::v7(*m_clock); }

    // Runs fn as one transaction (one user action): all of it commits or none of it does.
    Result<void, StoreError> transact(const std::function<Result<void, StoreError>()> &fn);

    template <class T> Result<void, StoreError> insert(T &record);
    template <class T> Result<void, StoreError> update(const T &record);
    // Deletion is a tombstone, so it syncs and can be undone with restore().
    template <class T> Result<void, StoreError> remove(const Uuid &id)
    {
        return setDeleted(T::description().mapping(), id, true);
    }
    template <class T> Result<void, StoreError> restore(const Uuid &id)
    {
        return setDeleted(T::description().mapping(), id, false);
    }
    // A live record, or nothing when it does not exist or is deleted.
    template <class T> std::optional<T> get(const Uuid &id);

    qint64 count(const QString &table); // live rows
    // Full-text search across people, institutions, partnerships and courses.
    QList<SearchHit> search(QStringView text, int limitPerKind = 20);

    // Meta settings kept in the file (home institution, sync cursor …).
    QVariant meta(const QString &key) const;
    Result<void, StoreError> setMeta(const QString &key, const QVariant &value);

    // Turns change tracking off while remote changes are applied by the sync client.
    void setTracking(bool on) { m_tracking = on; }
    bool isTracking() const { return m_tracking; }
    // Tells listeners, when the transaction commits, that a record changed (the sync client
    // applies remote changes with SQL of its own).
    void noteChange(const QString &table, const Uuid &id);

Q_SIGNALS:
    // After a committed change: the table and the ids touched; empty ids means "many, reload".
    void changed(const QString &table, const QList<ef::Uuid> &ids);

private:
    Store(std::unique_ptr<Database> db, const Clock &clock);
    Result<void, StoreError> initialise();
    Problems checkReferences(
        const TableMapping &m, const Uuid &self, const QList<std::pair<QString, Uuid>> &refs);
    Result<void, StoreError> write(const TableMapping &m, const Uuid &id, bool isInsert,
        const QList<std::pair<QString, Uuid>> &refs, const std::function<void(Statement &)> &bind);
    Result<void, StoreError> setDeleted(const TableMapping &m, const Uuid &id, bool deleted);
    StoreError constraintError(const TableMapping &m, const DbError &e);
    void flushChanges();

    std::unique_ptr<Database> m_db;
    const Clock *m_clock;
    Hlc m_hlc;
    Uuid m_deviceId;
    int m_deviceRef = 0;
    bool m_tracking = true;
    QString m_migrationBackup;
    QHash<QString, QSet<Uuid>> m_pending;
    QSet<QString> m_pendingAll;
};

template <class T> Result<void, StoreError> Store::insert(T &record)
{
    if (record.id.isNull())
        record.id = newId();
    if (const Problems p = record.validate(); !p.isEmpty())
        return unexpected(StoreError::invalid(p));
    const Mapping<T> &m = T::description().mapping();
    return write(m, record.id, true, m.referencedIds(record), [&](Statement &s) {
        s.bind(1, record.id).bind(2, m_hlc.tick()).bind(3, m_deviceRef);
        m.bind(record, s, 4);
    });
}

template <class T> Result<void, StoreError> Store::update(const T &record)
{
    if (const Problems p = record.validate(); !p.isEmpty())
        return unexpected(StoreError::invalid(p));
    const Mapping<T> &m = T::description().mapping();
    return write(m, record.id, false, m.referencedIds(record), [&](Statement &s) {
        s.bind(1, record.id);
        m.bind(record, s, 2);
    });
}

template <class T> std::optional<T> Store::get(const Uuid &id)
{
    const Mapping<T> &m = T::description().mapping();
    Statement s = m_db->prepare(m.selectSql() + QStringLiteral(" WHERE id = ? AND deleted = 0"));
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return m.read(s);
}

} // namespace ef
