// What the server knows of the records it syncs: the synced tables and their fields (taken from
// the client schema of this build), which tables are shared reference data, and whether a
// record's values break a rule of the schema (checked in a scratch in-memory store).
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <memory>

namespace ef {

class Store;

class RecordRules
{
public:
    RecordRules();
    ~RecordRules();

    bool isSynced(const QString &table) const { return m_columns.contains(table); }
    // The fields of a synced table a change may carry (owner_id and deleted among them).
    const QStringList &columns(const QString &table) const;
    // Edited by coordinators, read by every office: the consortium's institutions, projects and
    // indicators, the course catalogue and the training programmes.
    static bool isShared(const QString &table);
    // Read by every office: the shared tables and people (trainers, contacts and students work
    // across institutions, and records of one office refer to people of another).
    static bool isReadableByAll(const QString &table);
    static const QStringList &sharedTables();
    static const QStringList &readableByAllTables();

    // Empty when a record with these values fits the schema (types, required fields, allowed
    // words); otherwise what is wrong, naming the field when SQLite does.
    QString problem(const QString &table, const QVariantMap &values);
    int schemaVersion() const;

private:
    std::unique_ptr<Store> m_scratch;
    QHash<QString, QStringList> m_columns;
};

} // namespace ef
