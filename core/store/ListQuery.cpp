#include "ListQuery.h"

#include "Database.h"

namespace ef {

ListQuery::ListQuery(Database &db, ListSpec spec)
    : m_db(db)
    , m_spec(std::move(spec))
{ }

void ListQuery::setSort(int column, bool descending)
{
    m_sortColumn = qBound(0, column, int(m_spec.columns.size()) - 1);
    m_descending = descending;
}

void ListQuery::setFilters(QList<ListFilter> filters)
{
    m_filters = std::move(filters);
}

QString ListQuery::sortExpr() const
{
    const ListColumn &c = m_spec.columns.at(m_sortColumn);
    return c.sortExpr.isEmpty() ? c.expr : c.sortExpr;
}

QString ListQuery::where(bool withKeyset) const
{
    QStringList parts {QStringLiteral("%1.deleted = 0").arg(m_spec.alias)};
    for (const ListFilter &f : m_filters) {
        switch (f.op) {
        case ListFilter::Op::Equals:
            parts << QStringLiteral("%1 = ?").arg(f.expr);
            break;
        case ListFilter::Op::AtLeast:
            parts << QStringLiteral("%1 >= ?").arg(f.expr);
            break;
        case ListFilter::Op::AtMost:
            parts << QStringLiteral("%1 <= ?").arg(f.expr);
            break;
        case ListFilter::Op::StartsWith:
            // A range, not LIKE, so an index on the expression can serve it.
            parts << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(f.expr);
            break;
        case ListFilter::Op::Predicate:
            parts << QStringLiteral("(%1)").arg(f.expr);
            break;
        }
    }
    if (withKeyset)
        parts << QStringLiteral("(%1, %2.rowid) %3 (?, ?)")
                     .arg(sortExpr(), m_spec.alias,
                         m_descending ? QStringLiteral("<") : QStringLiteral(">"));
    return parts.join(QStringLiteral(" AND "));
}

namespace {

int bindFilters(Statement &s, const QList<ListFilter> &filters)
{
    int i = 0;
    for (const ListFilter &f : filters) {
        if (f.op == ListFilter::Op::Predicate && !f.value.isValid())
            continue;
        s.bind(++i, f.value);
        if (f.op == ListFilter::Op::StartsWith)
            s.bind(++i, f.value.toString() + QChar(0xFFFF)); // just past every text with the prefix
    }
    return i;
}

} // namespace

qint64 ListQuery::count() const
{
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1 %2 %3 WHERE %4")
                                   .arg(m_spec.table, m_spec.alias, m_spec.joins, where(false)));
    bindFilters(s, m_filters);
    return s.next() ? s.int64(0) : 0;
}

QList<ListQuery::Row> ListQuery::fetch(const std::optional<Row> &after, int limit) const
{
    QStringList exprs;
    for (const ListColumn &c : m_spec.columns)
        exprs << c.expr;
    const QString direction = m_descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT %1.id, %1.rowid, %2, %3 FROM %4 %1 %5 WHERE %6 ORDER BY %2 %7, %1.rowid %7 LIMIT ?")
                                   .arg(m_spec.alias, sortExpr(), exprs.join(QStringLiteral(", ")),
                                       m_spec.table, m_spec.joins, where(after.has_value()),
                                       direction));
    int i = bindFilters(s, m_filters);
    if (after) {
        s.bind(++i, after->sortKey);
        s.bind(++i, after->rowid);
    }
    s.bind(++i, limit);
    QList<Row> rows;
    rows.reserve(limit);
    while (s.next()) {
        Row r;
        r.id = s.uuid(0);
        r.rowid = s.int64(1);
        r.sortKey = s.value(2);
        for (int c = 0; c < m_spec.columns.size(); ++c)
            r.values << s.value(3 + c);
        rows << r;
    }
    return rows;
}

} // namespace ef
