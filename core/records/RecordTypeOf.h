// RecordType for a domain type T, built from a list of fields that each read and write one
// member. Only RecordTypes.cpp includes this: the rest of the code sees RecordType.
#pragma once

#include "RecordType.h"
#include "records/Enums.h"
#include "institutions/Institution.h"
#include "courses/Semester.h"
#include "store/Store.h"

#include <QDate>
#include <functional>
#include <type_traits>

namespace ef {

template <class M> QVariant toVariant(const M &v)
{
    if constexpr (std::is_enum_v<M>)
        return QString(enumText(v));
    else if constexpr (std::is_same_v<M, Uuid>)
        return v.isNull() ? QVariant() : QVariant::fromValue(v);
    else if constexpr (std::is_same_v<M, Semester>)
        return v.isValid() ? QVariant(qlonglong(v.toStorage())) : QVariant();
    else if constexpr (requires { v.has_value(); })
        return v ? QVariant(*v) : QVariant();
    else
        return QVariant(v);
}

template <class M> void fromVariant(const QVariant &in, M &v)
{
    if constexpr (std::is_enum_v<M>)
        v = enumFromText<M>(in.toString()).value_or(M {});
    else if constexpr (std::is_same_v<M, Uuid>)
        v = in.canConvert<Uuid>() ? in.value<Uuid>() : Uuid();
    else if constexpr (std::is_same_v<M, Semester>)
        v = Semester::fromStorage(in);
    else if constexpr (requires { v.has_value(); }) {
        if (in.isNull() || !in.isValid() || in.toString().isEmpty())
            v.reset();
        else
            v = in.value<typename M::value_type>();
    } else if constexpr (std::is_same_v<M, QString>)
        v = in.toString().trimmed();
    else
        v = in.value<M>();
}

template <class M> constexpr FieldKind kindOf()
{
    if constexpr (std::is_enum_v<M>)
        return FieldKind::Enum;
    else if constexpr (std::is_same_v<M, Uuid>)
        return FieldKind::Reference;
    else if constexpr (std::is_same_v<M, Semester>)
        return FieldKind::Semester;
    else if constexpr (std::is_same_v<M, QDate>)
        return FieldKind::Date;
    else if constexpr (std::is_same_v<M, bool>)
        return FieldKind::Bool;
    else if constexpr (std::is_same_v<M, int>)
        return FieldKind::Integer;
    else if constexpr (std::is_same_v<M, double>)
        return FieldKind::Decimal;
    else if constexpr (std::is_same_v<M, std::optional<int>>)
        return FieldKind::OptionalInteger;
    else if constexpr (std::is_same_v<M, std::optional<double>>)
        return FieldKind::OptionalDecimal;
    else
        return FieldKind::Text;
}

template <class T> struct FieldOf
{
    FieldInfo info;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;

    FieldOf as(FieldKind kind) const
    {
        FieldOf f = *this;
        f.info.kind = kind;
        return f;
    }
    FieldOf range(double min, double max, int decimals = 0) const
    {
        FieldOf f = *this;
        f.info.min = min;
        f.info.max = max;
        f.info.decimals = decimals;
        return f;
    }
    // A text field that holds one of the words of `type` (EnumLabels): chosen by its label.
    FieldOf words(const char *type) const
    {
        FieldOf f = *this;
        f.info.kind = FieldKind::Enum;
        f.info.enumType = QString::fromLatin1(type);
        return f;
    }
    FieldOf hidden() const
    {
        FieldOf f = *this;
        f.info.hidden = true;
        return f;
    }
    FieldOf required() const
    {
        FieldOf f = *this;
        f.info.required = true;
        return f;
    }
};

template <class T, class M> FieldOf<T> field(M T::*member, const char *column, const char *label)
{
    FieldOf<T> f;
    f.info.column = QString::fromLatin1(column);
    f.info.label = label;
    f.info.kind = kindOf<M>();
    if constexpr (std::is_enum_v<M>)
        f.info.enumType
            = QString::fromLatin1(EnumNames<M>::type.data(), qsizetype(EnumNames<M>::type.size()));
    if constexpr (std::is_same_v<M, Uuid>) {
        for (const auto &r : T::mapping().references())
            if (r.column == f.info.column)
                f.info.refTable = r.table;
        Q_ASSERT(!f.info.refTable.isEmpty());
    }
    f.get = [member](const T &r) { return toVariant(r.*member); };
    f.set = [member](T &r, const QVariant &v) { fromVariant(v, r.*member); };
    return f;
}

template <class T> class RecordTypeOf : public RecordType
{
public:
    // How an edit is written when a plain update is not enough (a partnership's lifecycle).
    using Updater
        = std::function<Result<void, StoreError>(Store &, const T &before, const T &after)>;

    RecordTypeOf(const char *name, QList<FieldOf<T>> fields,
        std::function<QString(const T &)> title, QString ownerColumn = {}, Updater updater = {})
        : m_name(name)
        , m_fields(std::move(fields))
        , m_title(std::move(title))
        , m_ownerColumn(std::move(ownerColumn))
        , m_updater(std::move(updater))
    {
        for (const FieldOf<T> &f : m_fields)
            m_infos << f.info;
    }

    QString table() const override { return T::mapping().table(); }
    QString name() const override { return QCoreApplication::translate("RecordTypes", m_name); }
    const TableMapping &mapping() const override { return T::mapping(); }
    const QList<FieldInfo> &fields() const override { return m_infos; }

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
        for (const FieldOf<T> &f : m_fields)
            v.fields.insert(f.info.column, f.get(r));
        return v;
    }
    T fromValues(const RecordValues &v) const
    {
        T r;
        r.id = v.id;
        r.ownerId = v.ownerId;
        for (const FieldOf<T> &f : m_fields)
            f.set(r, v.fields.value(f.info.column));
        return r;
    }

private:
    // A new record belongs to the institution it is about (a person's university, an
    // offering's institution), else to this office's institution.
    Uuid naturalOwner(Store &store, const RecordValues &v) const
    {
        if (!m_ownerColumn.isEmpty()) {
            const QVariant owner = v.fields.value(m_ownerColumn);
            if (owner.canConvert<Uuid>() && !owner.value<Uuid>().isNull())
                return owner.value<Uuid>();
        }
        return homeInstitution(store);
    }

    const char *m_name;
    QList<FieldOf<T>> m_fields;
    QList<FieldInfo> m_infos;
    std::function<QString(const T &)> m_title;
    QString m_ownerColumn;
    Updater m_updater;
};

} // namespace ef
