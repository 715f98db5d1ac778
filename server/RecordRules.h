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
    // Empty when one value is within the bound of its field's kind (docs/sync-protocol.md,
    // "Bounds"); otherwise what is wrong with it. Checked before the value is stored anywhere,
    // so no value can grow the server's store or a pull page past its bound.
    QString boundProblem(const QString &table, const QString &field, const QVariant &value) const;
    // The longest text a field takes, in characters.
    int maxChars(const QString &table, const QString &field) const;
    // The table each reference field of `table` points into (owner_id among them).
    const QHash<QString, QString> &references(const QString &table) const;

    // The bounds of the field kinds.
    static constexpr int TextChars = 2000; // a short text without a limit of its own
    static constexpr int LongTextChars = 100'000; // notes, descriptions, terms
    static constexpr int WordChars = 64; // dates, enumerations, languages, semesters
    static constexpr int BytesMax = 64; // ids (16) and checksums (32)
    // Signed documents: an office key's certificate, a revocation list.
    static constexpr int DocumentBytes = 1024 * 1024;
    int schemaVersion() const;

private:
    std::unique_ptr<Store> m_scratch;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QHash<QString, QString>> m_references; // table → column → referenced table
};

} // namespace ef
