#include "RecordType.h"

#include "store/Store.h"

namespace ef {

QString FieldInfo::translatedLabel() const
{
    return translated(label);
}

QString FieldInfo::translated(const char *source) const
{
    if (!source)
        return {};
    return translate ? translate(source, nullptr, -1) : QString::fromUtf8(source);
}

const FieldInfo *RecordType::field(QStringView column) const
{
    for (const FieldInfo &f : fields())
        if (f.column == column)
            return &f;
    return nullptr;
}

const RecordType *RecordType::find(QStringView table)
{
    for (const RecordType *t : all())
        if (t->table() == table)
            return t;
    return nullptr;
}

Uuid RecordType::homeInstitution(Store &store)
{
    return Uuid::fromString(store.meta(QStringLiteral("home_institution")).toString())
        .value_or(Uuid());
}

Result<void, StoreError> RecordType::setHomeInstitution(Store &store, const Uuid &id)
{
    return store.setMeta(QStringLiteral("home_institution"), id.toString());
}

} // namespace ef
