// How a kind of record is edited without the editor knowing its C++ type: its fields (from the
// kind's Description), and loading, validating and saving its values through the store. One
// form, one undo command and one delete path then serve every kind.
#pragma once

#include "records/Field.h"
#include "records/Problem.h"
#include "store/StoreError.h"
#include "util/Result.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>
#include <optional>

namespace ef {

class Store;
class TableMapping;

// A record as the editor holds it: its id and owner, and each field's value by column.
struct RecordValues
{
    Uuid id;
    Uuid ownerId;
    QVariantMap fields;

    QVariant value(const QString &column) const { return fields.value(column); }
    friend bool operator==(const RecordValues &, const RecordValues &) = default;
};

class RecordType
{
    Q_DECLARE_TR_FUNCTIONS(RecordType)

public:
    virtual ~RecordType() = default;

    virtual QString table() const = 0;
    virtual QString name() const = 0; // translated: "Partnership"
    virtual const TableMapping &mapping() const = 0;
    virtual const QList<FieldInfo> &fields() const = 0;

    // A live record's values, or nothing when it is missing or deleted.
    virtual std::optional<RecordValues> load(Store &store, const Uuid &id) const = 0;
    // A new record's values: defaults, owned by the store's home institution.
    virtual RecordValues blank(Store &store) const = 0;
    virtual Problems validate(const RecordValues &values) const = 0;
    // Inserts (a null id: the id is made and set) or updates, as one transaction.
    virtual Result<void, StoreError> save(Store &store, RecordValues &values) const = 0;
    virtual Result<void, StoreError> remove(Store &store, const Uuid &id) const = 0;
    virtual Result<void, StoreError> restore(Store &store, const Uuid &id) const = 0;
    // What the user calls this record ("Ivanova Aigerim", "EKTU", "STEAM-101 Robotics").
    virtual QString title(const RecordValues &values) const = 0;

    const FieldInfo *field(QStringView column) const;

    static const RecordType *find(QStringView table);
    static const QList<const RecordType *> &all();

    // The institution this office works for (meta home_institution), owner of new records.
    static Uuid homeInstitution(Store &store);
    static Result<void, StoreError> setHomeInstitution(Store &store, const Uuid &id);
};

} // namespace ef
