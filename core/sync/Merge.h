// The field-level merge of the sync protocol, with no I/O: a replica's knowledge of each field
// and a change come in, the new knowledge comes out. The current value is the last write by
// (HLC, device id), except for lifecycle fields, which merge by lifecycle order. What needs
// review is derived from the set of writes, not from the order they arrived in, so the merge is
// commutative, idempotent and convergent (see MergeTest): a write is lost when it is not the
// current value and no later write was made after seeing it.
#pragma once

#include "util/Uuid.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <functional>

namespace ef {

struct FieldKey
{
    QString table;
    Uuid row;
    QString field;

    friend bool operator==(const FieldKey &, const FieldKey &) = default;
    friend bool operator<(const FieldKey &a, const FieldKey &b)
    {
        if (const int t = a.table.compare(b.table))
            return t < 0;
        if (a.row != b.row)
            return a.row < b.row;
        return a.field < b.field;
    }
};

// A field's value with the clock and device that wrote it and its base: the clock of the value
// it overwrote on the writer's replica (for the tombstone: the newest clock of the record seen).
struct Stamped
{
    QVariant value;
    std::int64_t hlc = 0;
    Uuid device;
    std::int64_t base = 0;

    // The order in which writes win: the clock, then the device id.
    bool laterThan(const Stamped &o) const
    {
        return hlc != o.hlc ? hlc > o.hlc : o.device < device;
    }
    friend bool operator==(const Stamped &, const Stamped &) = default;
};

struct Change
{
    FieldKey key;
    Stamped write;

    friend bool operator==(const Change &, const Change &) = default;
};

enum class ConflictKind {
    Concurrent, // two replicas changed the field without seeing each other's value
    Lifecycle, // a later write that would have moved the record back along its lifecycle
    EditDeleteRace, // an edit the deleting replica had not seen
};

struct ConflictRecord
{
    FieldKey key;
    Stamped lost; // the value kept for review and restore
    ConflictKind kind = ConflictKind::Concurrent;
    bool needsReview = false; // a field with legal weight

    friend bool operator==(const ConflictRecord &, const ConflictRecord &) = default;
};

// Which fields do not merge by clock alone. Set up once from the domain (MergeRules::standard).
struct MergeRules
{
    // Lifecycle fields ("table.field"): a higher rank wins whatever the clocks say.
    QHash<QString, std::function<int(const QVariant &)>> lifecycleRank;
    // Fields with legal weight ("table.field"): every lost write is flagged for review.
    QSet<QString> legal;
    QString tombstoneField = QStringLiteral("deleted");

    static const MergeRules &standard();
};

// Everything a replica knows about one field: every write it has seen, keyed by (clock, device),
// and the clocks later writes were based on.
struct FieldHistory
{
    QMap<std::pair<std::int64_t, Uuid>, Stamped> writes;
    QSet<std::int64_t> bases;
    std::int64_t maxBase = 0;

    friend bool operator==(const FieldHistory &, const FieldHistory &) = default;
};

struct ReplicaState
{
    QMap<FieldKey, FieldHistory> fields;
    friend bool operator==(const ReplicaState &, const ReplicaState &) = default;
};

class Merge
{
public:
    explicit Merge(const MergeRules &rules = MergeRules::standard())
        : m_rules(&rules)
    { }

    enum class Outcome { Applied, Superseded, Duplicate };
    // Adds a write: Applied when it is now the field's value, Superseded when another stands.
    Outcome apply(ReplicaState &state, const Change &change) const;
    void apply(ReplicaState &state, const QList<Change> &changes) const;

    // The write that stands for a field (a default Stamped when nothing is known).
    Stamped current(const ReplicaState &state, const FieldKey &key) const;
    QVariant value(const ReplicaState &state, const QString &table, const Uuid &row,
        const QString &field) const
    {
        return current(state, FieldKey {table, row, field}).value;
    }
    // Every lost write to review, in a stable order.
    QList<ConflictRecord> conflicts(const ReplicaState &state) const;

private:
    Stamped winner(const FieldKey &key, const FieldHistory &h) const;
    bool overwrittenKnowingly(const FieldKey &key, const FieldHistory &h, const Stamped &w) const;

    const MergeRules *m_rules;
};

} // namespace ef
