#include "Merge.h"

#include "certificates/Certificate.h"
#include "partnerships/Partnership.h"

namespace ef {

namespace {

QString ruleKey(const FieldKey &k)
{
    return k.table + u'.' + k.field;
}

} // namespace

const MergeRules &MergeRules::standard()
{
    static const MergeRules rules = [] {
        MergeRules r;
        r.lifecycleRank.insert(QStringLiteral("partnership.status"), [](const QVariant &v) {
            const auto s = enumFromText<PartnershipStatus>(v.toString());
            return s ? Partnership::lifecycleRank(*s) : -1;
        });
        r.lifecycleRank.insert(QStringLiteral("certificate.status"), [](const QVariant &v) {
            const auto s = enumFromText<CertificateStatus>(v.toString());
            return s ? Certificate::lifecycleRank(*s) : -1;
        });
        // The terms of an agreement; a certificate's holder, number and dates.
        for (const QString &f : Partnership::termColumns())
            r.legal.insert(QStringLiteral("partnership.") + f);
        for (const char *f : {"certificate.person_id", "certificate.number",
                 "certificate.issued_on", "certificate.valid_until", "certificate.level"})
            r.legal.insert(QString::fromLatin1(f));
        return r;
    }();
    return rules;
}

Stamped Merge::winner(const FieldKey &key, const FieldHistory &h) const
{
    const auto rank = m_rules->lifecycleRank.constFind(ruleKey(key));
    const bool lifecycle = rank != m_rules->lifecycleRank.cend();
    Stamped best;
    bool first = true;
    for (const Stamped &w : h.writes) {
        bool better = first || w.laterThan(best);
        if (!first && lifecycle) {
            const int a = (*rank)(w.value), b = (*rank)(best.value);
            if (a != b)
                better = a > b;
        }
        if (better)
            best = w;
        first = false;
    }
    return best;
}

bool Merge::overwrittenKnowingly(const FieldKey &key, const FieldHistory &h, const Stamped &w) const
{
    // A field's base is the one clock it overwrote; a tombstone's base is the newest clock of the
    // record its writer had seen, so it covers every older tombstone write.
    if (key.field == m_rules->tombstoneField)
        return h.maxBase >= w.hlc;
    return h.bases.contains(w.hlc);
}

Stamped Merge::current(const ReplicaState &state, const FieldKey &key) const
{
    const auto it = state.fields.constFind(key);
    return it == state.fields.cend() ? Stamped() : winner(key, *it);
}

Merge::Outcome Merge::apply(ReplicaState &state, const Change &change) const
{
    FieldHistory &h = state.fields[change.key];
    const std::pair<std::int64_t, Uuid> id {change.write.hlc, change.write.device};
    if (h.writes.contains(id))
        return Outcome::Duplicate;
    h.writes.insert(id, change.write);
    if (change.write.base) {
        h.bases.insert(change.write.base);
        h.maxBase = std::max(h.maxBase, change.write.base);
    }
    const Stamped now = winner(change.key, h);
    return now.hlc == id.first && now.device == id.second ? Outcome::Applied : Outcome::Superseded;
}

void Merge::apply(ReplicaState &state, const QList<Change> &changes) const
{
    for (const Change &c : changes)
        apply(state, c);
}

QList<ConflictRecord> Merge::conflicts(const ReplicaState &state) const
{
    QList<ConflictRecord> out;
    for (auto f = state.fields.cbegin(); f != state.fields.cend(); ++f) {
        const FieldKey &key = f.key();
        const bool isTombstone = key.field == m_rules->tombstoneField;
        const Stamped win = winner(key, *f);
        const bool legal = m_rules->legal.contains(ruleKey(key));
        // The record's delete, when it stands: edits it had not seen raced it.
        Stamped tomb;
        if (!isTombstone)
            tomb = current(state, FieldKey {key.table, key.row, m_rules->tombstoneField});
        const bool deleted = tomb.value.toInt() == 1;

        for (const Stamped &w : f->writes) {
            if (overwrittenKnowingly(key, *f, w))
                continue;
            ConflictKind kind;
            if (deleted && w.hlc > tomb.base)
                kind = ConflictKind::EditDeleteRace;
            else if (w == win)
                continue;
            else
                kind = w.laterThan(win) ? ConflictKind::Lifecycle : ConflictKind::Concurrent;
            out.append(ConflictRecord {key, w, kind, legal});
        }
    }
    return out;
}

} // namespace ef
