// What depends on a record (the enrollments of a person, the contacts and documents of an
// agreement …), so that deleting asks with the facts, tombstones the record and its dependents in
// one transaction, and undo brings all of them back.
#pragma once

#include "store/StoreError.h"
#include "util/Result.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ef {

class Store;

struct RecordRef
{
    QString table;
    Uuid id;
    friend bool operator==(const RecordRef &, const RecordRef &) = default;
};

class Dependents
{
    Q_DECLARE_TR_FUNCTIONS(Dependents)

public:
    // Live records that refer to `root`, directly or through each other, parents before their
    // dependents; `root` itself is not in the list. Ownership (owner_id) is not a dependency.
    static QList<RecordRef> of(Store &store, const RecordRef &root);
    // "3 enrollments, 1 certificate" in the UI language; empty when nothing depends on it.
    static QString describe(const QList<RecordRef> &dependents);

    // Tombstones root and its dependents in one transaction; returns what was deleted, in order.
    static Result<QList<RecordRef>, StoreError> removeWithDependents(
        Store &store, const RecordRef &root);
    // Brings back records deleted together (undo of removeWithDependents), in one transaction.
    static Result<void, StoreError> restore(Store &store, const QList<RecordRef> &records);
};

} // namespace ef
