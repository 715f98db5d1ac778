#include "Dependents.h"

#include "RecordType.h"
#include "records/Mapping.h"
#include "store/Store.h"

#include <QHash>
#include <QSet>

namespace ef {

QList<RecordRef> Dependents::of(Store &store, const RecordRef &root)
{
    QList<RecordRef> out;
    QSet<Uuid> seen {root.id};
    QList<RecordRef> queue {root};
    while (!queue.isEmpty()) {
        const RecordRef parent = queue.takeFirst();
        for (const RecordType *type : RecordType::all()) {
            for (const TableMapping::Reference &r : type->mapping().references()) {
                if (r.table != parent.table || r.column == u"owner_id")
                    continue;
                Statement s = store.db().prepare(
                    QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0")
                        .arg(type->table(), r.column));
                s.bind(1, parent.id);
                while (s.next()) {
                    const RecordRef child {type->table(), s.uuid(0)};
                    if (seen.contains(child.id))
                        continue;
                    seen.insert(child.id);
                    out << child;
                    queue << child;
                }
            }
        }
    }
    return out;
}

QString Dependents::describe(const QList<RecordRef> &dependents)
{
    QList<QString> order;
    QHash<QString, int> counts;
    for (const RecordRef &r : dependents) {
        if (!counts.contains(r.table))
            order << r.table;
        ++counts[r.table];
    }
    QStringList parts;
    for (const QString &table : order) {
        const RecordType *type = RecordType::find(table);
        parts << tr("%1: %2").arg(type ? type->name() : table).arg(counts.value(table));
    }
    return parts.join(QStringLiteral(", "));
}

Result<QList<RecordRef>, StoreError> Dependents::removeWithDependents(
    Store &store, const RecordRef &root)
{
    QList<RecordRef> removed;
    auto r = store.transact([&]() -> Result<void, StoreError> {
        removed = QList<RecordRef> {root} + of(store, root);
        for (const RecordRef &ref : removed) {
            const RecordType *type = RecordType::find(ref.table);
            Q_ASSERT(type);
            if (auto ok = type->remove(store, ref.id); !ok)
                return ok;
        }
        return {};
    });
    if (!r)
        return unexpected(r.error());
    return removed;
}

Result<void, StoreError> Dependents::restore(Store &store, const QList<RecordRef> &records)
{
    return store.transact([&]() -> Result<void, StoreError> {
        for (const RecordRef &ref : records) {
            const RecordType *type = RecordType::find(ref.table);
            Q_ASSERT(type);
            if (auto ok = type->restore(store, ref.id); !ok)
                return ok;
        }
        return {};
    });
}

} // namespace ef
