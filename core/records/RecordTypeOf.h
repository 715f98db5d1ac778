// RecordType for a domain type T, built from T's Description. Only RecordTypes.cpp includes
// this: the rest of the code sees RecordType.
#pragma once

#include "RecordType.h"
#include "courses/Semester.h"
#include "institutions/Institution.h"
#include "records/Description.h"
#include "store/Store.h"

#include <QDate>
#include <functional>
#include <type_traits>

namespace ef {

template <class T> class RecordTypeOf : public RecordType
{
public:
    // How an edit is written when a plain update is not enough (a partnership's lifecycle).
    using Updater
        = std::function<Result<void, StoreError>(Store &, const T &before, const T &after)>;

    explicit RecordTypeOf(std::function<QString(const T &)> title, Updater updater = {})
        : m_title(std::move(title))
        , m_updater(std::move(updater))
    { }

    QString table() const override { return T::description().table(); }
    QString name() const override { return T::description().name(); }
    const TableMapping &mapping() const override { return T::description().mapping(); }
    const QList<FieldInfo> &fields() const override { return T::description().infos(); }

    std::optional<RecordValues> load(Store &store, const Uuid &id) const override
    {
        const std::optional<T> r = store.get<T>(id);
        if (!r)
            return std::nullopt;
        return toValues(*r);
    }
    RecordValues blank(Store &store) const override
    {
        T r;
        r.ownerId = homeInstitution(store);
        RecordValues v = toValues(r);
        v.id = Uuid();
        return v;
    }
    Problems validate(const RecordValues &values) const override
    {
        return fromValues(values).validate();
    }
    Result<void, StoreError> save(Store &store, RecordValues &values) const override
    {
        T r = fromValues(values);
        if (r.ownerId.isNull())
            r.ownerId = naturalOwner(store, values);
        if (!values.id.isNull()) {
            if (m_updater) {
                const std::optional<T> before = store.get<T>(values.id);
                if (!before)
                    return unexpected(StoreError::notFound(table()));
                return m_updater(store, *before, r);
            }
            return store.update(r);
        }
        return store.transact([&]() -> Result<void, StoreError> {
            if constexpr (std::is_same_v<T, Institution>) {
                // An institution with no owner owns itself.
                if (r.ownerId.isNull()) {
                    r.id = store.newId();
                    r.ownerId = r.id;
                }
            }
            if (auto ok = store.insert(r); !ok)
                return ok;
            values.id = r.id;
            values.ownerId = r.ownerId;
            return {};
        });
    }
    Result<void, StoreError> remove(Store &store, const Uuid &id) const override
    {
        return store.remove<T>(id);
    }
    Result<void, StoreError> restore(Store &store, const Uuid &id) const override
    {
        return store.restore<T>(id);
    }
    QString title(const RecordValues &values) const override { return m_title(fromValues(values)); }

    RecordValues toValues(const T &r) const
    {
        RecordValues v;
        v.id = r.id;
        v.ownerId = r.ownerId;
        for (const FieldSpec<T> &f : T::description().fields())
            v.fields.insert(f.info.column, f.get(r));
        return v;
    }
    T fromValues(const RecordValues &v) const
    {
        T r;
        r.id = v.id;
        r.ownerId = v.ownerId;
        for (const FieldSpec<T> &f : T::description().fields())
            f.set(r, v.fields.value(f.info.column));
        return r;
    }

private:
    // A new record belongs to the institution it is about (a person's university, an
    // offering's institution), else to this office's institution.
    Uuid naturalOwner(Store &store, const RecordValues &v) const
    {
        for (const FieldInfo &f : fields()) {
            if (!f.ownsNewRecord)
                continue;
            const QVariant owner = v.fields.value(f.column);
            if (owner.canConvert<Uuid>() && !owner.value<Uuid>().isNull())
                return owner.value<Uuid>();
        }
        return homeInstitution(store);
    }

    std::function<QString(const T &)> m_title;
    Updater m_updater;
};

} // namespace ef
