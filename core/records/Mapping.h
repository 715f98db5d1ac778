// How a domain type maps to its table: the column list, and for each column how to bind the
// member to a statement and read it back. Derived from the type's Description; the store
// builds its SQL from it.
#pragma once

#include "records/EnumText.h"
#include "records/Record.h"
#include "store/Statement.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <type_traits>

namespace ef {

template <class M> void bindValue(Statement &s, int i, const M &v)
{
    if constexpr (std::is_enum_v<M>)
        s.bind(i, enumText(v));
    else if constexpr (std::is_same_v<M, QString>)
        v.isEmpty() ? s.bind(i, nullptr) : s.bind(i, v); // no empty strings in the store
    else if constexpr (std::is_integral_v<M> && !std::is_same_v<M, bool>)
        s.bind(i, std::int64_t(v));
    else if constexpr (requires { v.toStorage(); })
        s.bind(i, v.toStorage());
    else
        s.bind(i, v);
}

template <class M> void readValue(const Statement &s, int c, M &v)
{
    if constexpr (std::is_same_v<M, QString>)
        v = s.text(c);
    else if constexpr (std::is_same_v<M, Uuid>)
        v = s.uuid(c);
    else if constexpr (std::is_same_v<M, QDate>)
        v = s.date(c);
    else if constexpr (std::is_same_v<M, QByteArray>)
        v = s.blob(c);
    else if constexpr (std::is_same_v<M, bool>)
        v = s.int64(c) != 0;
    else if constexpr (std::is_integral_v<M>)
        v = M(s.int64(c));
    else if constexpr (std::is_floating_point_v<M>)
        v = M(s.real(c));
    else if constexpr (std::is_enum_v<M>)
        v = enumFromText<M>(s.text(c)).value_or(M {});
    else if constexpr (requires {
                           typename M::value_type;
                           std::optional<typename M::value_type>(v);
                       }) {
        if (s.isNull(c)) {
            v.reset();
        } else {
            typename M::value_type inner {};
            readValue(s, c, inner);
            v = inner;
        }
    } else
        v = M::fromStorage(s.value(c));
}

// The part of a mapping the store needs without knowing the type.
class TableMapping
{
public:
    struct Reference
    {
        QString column;
        QString table;
        QString checkSql; // SELECT deleted FROM <table> WHERE id = ?
    };

    const QString &table() const { return m_table; }
    // owner_id and deleted first, then the type's own columns; id, hlc and device are the store's.
    const QStringList &columns() const { return m_columns; }
    const QList<Reference> &references() const { return m_references; }

    // Built once: the write path runs for every row of a bulk import.
    const QString &insertSql() const { return m_insertSql; }
    const QString &updateSql() const { return m_updateSql; }
    const QString &selectSql() const { return m_selectSql; } // SELECT id, <columns> FROM table

protected:
    void finish();
    QString buildInsertSql() const;
    QString buildUpdateSql() const;

    QString m_table;
    QStringList m_columns;
    QList<Reference> m_references;
    QString m_insertSql;
    QString m_updateSql;
    QString m_selectSql;
};

template <class T> class Mapping : public TableMapping
{
public:
    struct Column
    {
        QString name;
        QString references; // table a Uuid column refers to, empty otherwise
        std::function<void(const T &, Statement &, int)> bind;
        std::function<void(T &, const Statement &, int)> read;
        std::function<Uuid(const T &)> uuid;
    };

    Mapping(QString table, const QList<Column> &columns)
    {
        m_table = std::move(table);
        m_cols.append(
            makeColumn(QStringLiteral("owner_id"), &T::ownerId, QStringLiteral("institution")));
        m_cols.append(makeColumn(QStringLiteral("deleted"), &T::deleted, {}));
        m_cols.append(columns);
        for (const Column &c : m_cols) {
            m_columns << c.name;
            if (!c.references.isEmpty())
                m_references.append({c.name, c.references, {}});
        }
        finish();
    }

    // Binds every column from parameter `first` on, in columns() order.
    void bind(const T &record, Statement &s, int first) const
    {
        for (const Column &c : m_cols)
            c.bind(record, s, first++);
    }
    // Reads a row of selectSql(): id in column 0, then columns() in order.
    T read(const Statement &s) const
    {
        T record;
        record.id = s.uuid(0);
        int col = 1;
        for (const Column &c : m_cols)
            c.read(record, s, col++);
        return record;
    }
    QList<std::pair<QString, Uuid>> referencedIds(const T &record) const
    {
        QList<std::pair<QString, Uuid>> out;
        for (const Column &c : m_cols)
            if (!c.references.isEmpty())
                out.append({c.name, c.uuid(record)});
        return out;
    }

    template <class B, class M>
    static Column makeColumn(QString name, M B::*member, QString references)
    {
        Column c;
        c.name = std::move(name);
        c.references = std::move(references);
        c.bind = [member](const T &r, Statement &s, int i) { bindValue(s, i, r.*member); };
        c.read = [member](T &r, const Statement &s, int i) { readValue(s, i, r.*member); };
        if constexpr (std::is_same_v<M, Uuid>)
            c.uuid = [member](const T &r) { return r.*member; };
        return c;
    }

private:
    QList<Column> m_cols;
};

} // namespace ef
