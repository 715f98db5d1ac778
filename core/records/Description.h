// The one declarative description of a record kind: its table, its name, and for each field the
// member, column, label, limits, reference and enumeration. The store's Mapping, the editor's
// fields, the simple validation rules and the field names of Problems are all derived from it.
#pragma once

#include "courses/Semester.h"
#include "records/Enums.h"
#include "records/Field.h"
#include "records/Mapping.h"
#include "records/Validation.h"

#include <QDate>
#include <QRegularExpression>
#include <QVariant>
#include <cstddef>
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
    else if constexpr (std::is_integral_v<M>)
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

// The simple rules of one field (required, length, range, format, pattern, enumeration words),
// on the member's own type: the store runs them for every row it writes.
template <class M> void checkValue(Problems &p, const FieldInfo &f, const M &v)
{
    if constexpr (std::is_same_v<M, QString> || std::is_same_v<M, Uuid> || std::is_same_v<M, QDate>)
        Validation::check(p, f, v);
    else if constexpr (std::is_same_v<M, Semester>) {
        if (f.required && !v.isValid())
            Validation::missingSemester(p, f.column);
    } else if constexpr (std::is_same_v<M, bool> || std::is_enum_v<M>) {
        // Every value of the type is one of its words.
    } else if constexpr (std::is_arithmetic_v<M>)
        Validation::check(p, f, std::optional<double>(double(v)));
    else if constexpr (requires { v.has_value(); })
        Validation::check(p, f, v ? std::optional<double>(double(*v)) : std::nullopt);
}

template <class T> class Description;

// One field of T as declared: built by field() and refined by the calls after it.
template <class T> struct FieldSpec
{
    FieldInfo info;
    std::size_t offset = 0; // of the member in T: how column(&T::member) finds the field
    typename Mapping<T>::Column column;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;
    std::function<void(const T &, const FieldInfo &, Problems &)> check;

    FieldSpec required() const
    {
        return with([](FieldInfo &i) { i.required = true; });
    }
    FieldSpec maxLength(int n) const
    {
        return with([n](FieldInfo &i) { i.maxLength = n; });
    }
    // Inclusive limits; `message` (a QT_TR_NOOP of the kind) replaces the generic one.
    FieldSpec range(double min, double max, int decimals = 0, const char *message = nullptr) const
    {
        return with([=](FieldInfo &i) {
            i.hasRange = true;
            i.min = min;
            i.max = max;
            i.decimals = decimals;
            i.rangeMessage = message;
        });
    }
    FieldSpec format(FieldFormat f) const
    {
        return with([f](FieldInfo &i) { i.format = f; });
    }
    FieldSpec pattern(const char *regex, const char *message) const
    {
        return with([=](FieldInfo &i) {
            i.pattern = QRegularExpression(QString::fromLatin1(regex));
            i.patternMessage = message;
        });
    }
    FieldSpec as(FieldKind kind) const
    {
        return with([kind](FieldInfo &i) { i.kind = kind; });
    }
    // A text field that holds one of the words of the enumeration E.
    template <class E> FieldSpec words() const
    {
        return with([](FieldInfo &i) {
            if (i.kind != FieldKind::Language && i.kind != FieldKind::Languages)
                i.kind = FieldKind::Enum;
            i.enumType = enumType<E>();
            i.wordInText = true;
        });
    }
    FieldSpec hidden() const
    {
        return with([](FieldInfo &i) { i.hidden = true; });
    }
    // A new record belongs to the institution this reference names (a person's university).
    FieldSpec ownsNewRecord() const
    {
        return with([](FieldInfo &i) { i.ownsNewRecord = true; });
    }

private:
    template <class F> FieldSpec with(F change) const
    {
        FieldSpec f = *this;
        change(f.info);
        return f;
    }
};

template <class T> class Description
{
public:
    Description(const char *table, const char *name, std::initializer_list<FieldSpec<T>> fields)
        : m_name(name)
        , m_fields(fields)
        , m_mapping(QString::fromLatin1(table), columns(m_fields))
    {
        for (FieldSpec<T> &f : m_fields) {
            f.info.translate = &T::tr;
            m_infos.append(f.info);
        }
    }

    const Mapping<T> &mapping() const { return m_mapping; }
    const QString &table() const { return m_mapping.table(); }
    // "Partnership", in the UI language.
    QString name() const { return T::tr(m_name); }
    const QList<FieldSpec<T>> &fields() const { return m_fields; }
    const QList<FieldInfo> &infos() const { return m_infos; }

    // The column of a member: how rules that span fields name the field of a Problem.
    template <class M, class B> QString column(M B::*member) const
    {
        static_assert(std::is_base_of_v<B, T>);
        const std::size_t offset = offsetOf(member);
        if (offset == offsetOf(&Record::ownerId))
            return QStringLiteral("owner_id");
        for (const FieldSpec<T> &f : m_fields)
            if (f.offset == offset)
                return f.info.column;
        Q_ASSERT_X(false, "Description::column", "the member has no field");
        return {};
    }
    const FieldInfo &info(QStringView column) const
    {
        for (const FieldInfo &i : m_infos)
            if (i.column == column)
                return i;
        Q_ASSERT_X(false, "Description::info", "no such column");
        return m_infos.front();
    }

    // Every simple rule of every field, in field order; the owner is always required.
    Problems check(const T &record) const
    {
        Problems p;
        Validation::required(p, QStringLiteral("owner_id"), record.ownerId);
        for (const FieldSpec<T> &f : m_fields)
            f.check(record, f.info, p);
        return p;
    }

    template <class M, class B> static std::size_t offsetOf(M B::*member)
    {
        static const T probe {};
        const B &base = probe;
        return std::size_t(reinterpret_cast<const char *>(&(base.*member))
            - reinterpret_cast<const char *>(&probe));
    }

private:
    static QList<typename Mapping<T>::Column> columns(const QList<FieldSpec<T>> &fields)
    {
        QList<typename Mapping<T>::Column> out;
        for (const FieldSpec<T> &f : fields) {
            typename Mapping<T>::Column c = f.column;
            c.references = f.info.refTable;
            out.append(c);
        }
        return out;
    }

    const char *m_name;
    QList<FieldSpec<T>> m_fields;
    QList<FieldInfo> m_infos;
    Mapping<T> m_mapping;
};

// A field of T stored in `column` from `member`, labelled `label` (a QT_TR_NOOP of T). Its kind
// follows the member's type; a Uuid member names the table it refers to with `refTable`.
template <class T, class M>
FieldSpec<T> field(
    M T::*member, const char *column, const char *label, const char *refTable = nullptr)
{
    FieldSpec<T> f;
    f.info.column = QString::fromLatin1(column);
    f.info.label = label;
    f.info.kind = kindOf<M>();
    if constexpr (std::is_enum_v<M>)
        f.info.enumType = enumType<M>();
    if constexpr (std::is_same_v<M, Uuid>) {
        Q_ASSERT(refTable);
        f.info.refTable = QString::fromLatin1(refTable);
    }
    f.offset = Description<T>::offsetOf(member);
    f.column = Mapping<T>::makeColumn(f.info.column, member, f.info.refTable);
    f.get = [member](const T &r) { return toVariant(r.*member); };
    f.set = [member](T &r, const QVariant &v) { fromVariant(v, r.*member); };
    f.check
        = [member](const T &r, const FieldInfo &i, Problems &p) { checkValue(p, i, r.*member); };
    return f;
}

} // namespace ef
