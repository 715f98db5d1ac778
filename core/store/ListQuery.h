// One list of records read a page at a time with keysets (WHERE (sort key, rowid) > last LIMIT n,
// never OFFSET), sorted and filtered in SQL. Item models hold one of these; views never run SQL.
// Each page is read and the statement reset at once, so no read stays open between actions.
#pragma once

#include "util/Uuid.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace ef {

class Database;

struct ListColumn
{
    QString key; // stable name ("student", "grade"), for settings and filters
    QString expr; // what is shown, as SQL over the spec's FROM
    QString sortExpr; // what it sorts by; empty: expr. Must not be NULL (use coalesce).
    // When set, the sort keys in order (the base row's rowid always comes last): ties of a joined
    // column broken by its own table's rowid, so that nested loops in index order deliver the
    // rows sorted and no temporary B-tree over thousands of ties is built.
    QStringList sortKeys = {};
    // When set, the FROM clause used while sorting by this column (without "FROM"): the table
    // whose index gives the order first, joined with CROSS JOIN so SQLite keeps that loop outside.
    QString from = {};
};

struct ListSpec
{
    QString table; // the base table: rows of the list are its rows
    QString alias; // its alias in the SQL ("e")
    QString joins; // further FROM clauses ("JOIN person p ON p.id = e.person_id")
    QList<ListColumn> columns;
};

struct ListFilter
{
    // Predicate: expr is a whole condition with at most one '?', bound to value when valid.
    // Between: value is a QVariantList {low, high}, both inclusive. In: value is a QVariantList
    // of the values allowed (none: nothing passes). Values are always bound, never spliced.
    enum class Op { Equals, AtLeast, AtMost, StartsWith, Predicate, Between, In };
    QString expr; // SQL over the spec's FROM
    Op op = Op::Equals;
    QVariant value;

    // A filter no row passes (a value that cannot match anything was chosen).
    static ListFilter nothing() { return {QStringLiteral("0"), Op::Predicate, {}}; }
};

class ListQuery
{
public:
    struct Row
    {
        Uuid id;
        qint64 rowid = 0;
        QVariantList sortKeys; // the values of the sort column's keys
        QVariantList values; // one per column
    };

    ListQuery(Database &db, ListSpec spec);

    const ListSpec &spec() const { return m_spec; }
    void setSort(int column, bool descending);
    int sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_descending; }
    void setFilters(QList<ListFilter> filters);

    // How many live rows pass the filters.
    qint64 count() const;
    // The next `limit` rows after `after` (the last row of the previous page), or the first page.
    QList<Row> fetch(const std::optional<Row> &after, int limit) const;
    // How many rows the filters let through (the last count()), so fetch() can choose between
    // walking the sort order and sorting the few matching rows; -1: unknown (assume many).
    void setExpectedRows(qint64 rows);
    static constexpr qint64 FewRows = 30000;
    // A walk of the sort order that has not filled its page after this long is stopped and the
    // page is read by sorting the matching rows instead: filters whose matches all lie far along
    // the sort order (a semester's rows when sorted by enrollment date) would walk a million rows.
    // Only when at most SortableRows match: sorting more would cost more than any walk.
    static constexpr int WalkBudgetMs = 60;
    static constexpr qint64 SortableRows = 150000;

    // The SQL of count() and of fetch() (first page), for benchmarks that print query plans.
    QString countSql() const;
    QString fetchSql(bool withKeyset) const;

private:
    QString where(bool withKeyset, bool walkOrder = false) const;
    QString walkSql(bool withKeyset) const;
    QString sortMatchesSql(bool withKeyset) const;
    // Runs one page query; false when it was stopped by the deadline (deadlineMs > 0).
    bool read(const QString &sql, const std::optional<Row> &after, int limit, int deadlineMs,
        QList<Row> &rows) const;
    QStringList sortKeys() const;
    QStringList displayExprs() const;
    QStringList orderBy() const; // the sort keys, then the base rowid, in the sort direction
    // The joins of the spec that the filters need (and the joins those depend on), for count().
    QString joinsForFilters() const;
    QString joinsFor(const QStringList &exprs) const;

    Database &m_db;
    ListSpec m_spec;
    int m_sortColumn = 0;
    bool m_descending = false;
    QList<ListFilter> m_filters;
    qint64 m_expectedRows = -1;
};

} // namespace ef
