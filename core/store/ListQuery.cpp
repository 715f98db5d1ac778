#include "ListQuery.h"

#include "Database.h"

#include <QRegularExpression>
#include <chrono>
#include <sqlite3.h>

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

QStringList ListQuery::sortKeys() const
{
    const ListColumn &c = m_spec.columns.at(m_sortColumn);
    if (!c.sortKeys.isEmpty())
        return c.sortKeys;
    return {c.sortExpr.isEmpty() ? c.expr : c.sortExpr};
}

namespace {

struct JoinClause
{
    QString alias;
    QString sql;
};

// "JOIN person p ON p.id = e.person_id LEFT JOIN …" → one clause per join with its alias.
QList<JoinClause> splitJoins(const QString &joins)
{
    static const QRegularExpression start(QStringLiteral("\\b(?:LEFT\\s+)?JOIN\\b"));
    static const QRegularExpression head(QStringLiteral("^(?:LEFT\\s+)?JOIN\\s+\\w+\\s+(\\w+)"));
    QList<JoinClause> out;
    QList<qsizetype> starts;
    for (auto it = start.globalMatch(joins); it.hasNext();)
        starts << it.next().capturedStart();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const QString sql
            = joins
                  .mid(
                      starts[i], (i + 1 < starts.size() ? starts[i + 1] : joins.size()) - starts[i])
                  .trimmed();
        out.append({head.match(sql).captured(1), sql});
    }
    return out;
}

bool mentions(const QString &sql, const QString &alias)
{
    return sql.contains(QRegularExpression(QStringLiteral("\\b%1\\.").arg(alias)));
}

} // namespace

QString ListQuery::joinsForFilters() const
{
    QStringList exprs;
    for (const ListFilter &f : m_filters)
        exprs << f.expr;
    return joinsFor(exprs);
}

QString ListQuery::joinsFor(const QStringList &exprs) const
{
    const QList<JoinClause> joins = splitJoins(m_spec.joins);
    QList<bool> needed(joins.size(), false);
    bool grew = true;
    while (grew) {
        grew = false;
        for (qsizetype j = 0; j < joins.size(); ++j) {
            if (needed[j])
                continue;
            bool use = false;
            for (const QString &e : exprs)
                use |= mentions(e, joins[j].alias);
            for (qsizetype k = 0; k < joins.size(); ++k)
                use |= needed[k] && k != j && mentions(joins[k].sql, joins[j].alias);
            if (use) {
                needed[j] = true;
                grew = true;
            }
        }
    }
    QStringList out;
    for (qsizetype j = 0; j < joins.size(); ++j)
        if (needed[j])
            out << joins[j].sql;
    return out.join(u' ');
}

namespace {

// "p.family_name COLLATE KAZAKH" → "p.family_name": the value a filter would name.
QString withoutCollation(const QString &key)
{
    const qsizetype collate = key.indexOf(u" COLLATE ");
    return (collate < 0 ? key : key.left(collate)).trimmed();
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

QString ListQuery::where(bool withKeyset, bool walkOrder) const
{
    const QStringList keys = sortKeys();
    const QString leading = withoutCollation(keys.first());
    QStringList parts {QStringLiteral("%1.deleted = 0").arg(m_spec.alias)};
    for (const ListFilter &f : m_filters) {
        // Walking the sort order, a filter is a test on each row, never the index SQLite reads
        // by (the unary + keeps it off the filter's index): reading all matches through it and
        // sorting them is what the walk avoids. A filter on the leading sort key itself stays
        // indexable: it narrows the walk to a range of the very index that gives the order.
        const bool onSortKey = f.expr.trimmed() == leading;
        const QString expr = walkOrder && !onSortKey ? QStringLiteral("+%1").arg(f.expr) : f.expr;
        switch (f.op) {
        case ListFilter::Op::Equals:
            parts << QStringLiteral("%1 = ?").arg(expr);
            break;
        case ListFilter::Op::AtLeast:
            parts << QStringLiteral("%1 >= ?").arg(expr);
            break;
        case ListFilter::Op::AtMost:
            parts << QStringLiteral("%1 <= ?").arg(expr);
            break;
        case ListFilter::Op::StartsWith:
            // A range, not LIKE, so an index on the expression can serve it.
            parts << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(expr);
            break;
        case ListFilter::Op::Between:
            parts << QStringLiteral("%1 BETWEEN ? AND ?").arg(expr);
            break;
        case ListFilter::Op::In: {
            const qsizetype n = f.value.toList().size();
            parts << (n == 0 ? QStringLiteral("0")
                             : QStringLiteral("%1 IN (%2)").arg(expr, placeholders(n)));
            break;
        }
        case ListFilter::Op::Predicate:
            parts << QStringLiteral("(%1)").arg(f.expr);
            break;
        }
    }
    if (withKeyset) {
        parts << QStringLiteral("(%1, %2.rowid) %3 (%4)")
                     .arg(keys.join(QStringLiteral(", ")), m_spec.alias,
                         m_descending ? QStringLiteral("<") : QStringLiteral(">"),
                         placeholders(keys.size() + 1));
        // The same bound on the sort keys alone, which the outer loop can test (or range-scan)
        // before it looks at any joined row.
        parts << QStringLiteral("(%1) %2 (%3)")
                     .arg(keys.join(QStringLiteral(", ")),
                         m_descending ? QStringLiteral("<=") : QStringLiteral(">="),
                         placeholders(keys.size()));
    }
    return parts.join(QStringLiteral(" AND "));
}

namespace {

int bindFilters(Statement &s, const QList<ListFilter> &filters)
{
    int i = 0;
    for (const ListFilter &f : filters) {
        if (f.op == ListFilter::Op::Predicate && !f.value.isValid())
            continue;
        if (f.op == ListFilter::Op::Between) {
            s.bind(++i, f.value.toList().value(0));
            s.bind(++i, f.value.toList().value(1));
            continue;
        }
        if (f.op == ListFilter::Op::In) {
            for (const QVariant &v : f.value.toList())
                s.bind(++i, v);
            continue;
        }
        s.bind(++i, f.value);
        if (f.op == ListFilter::Op::StartsWith)
            s.bind(++i, f.value.toString() + QChar(0xFFFF)); // just past every text with the prefix
    }
    return i;
}

} // namespace

QString ListQuery::countSql() const
{
    const QString joins = joinsForFilters();
    // A filter on one table joined straight to the base (a person's gender): count from that
    // table, whose matching rows each lead to theirs through an index, instead of visiting
    // every base row.
    static const QRegularExpression single(
        QStringLiteral("^JOIN\\s+(\\w+)\\s+(\\w+)\\s+ON\\s+(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = single.match(joins); m.hasMatch() && !m.captured(3).contains(u"JOIN"))
        return QStringLiteral("SELECT count(*) FROM %1 %2 CROSS JOIN %3 %4 ON %5 WHERE %6")
            .arg(m.captured(1), m.captured(2), m_spec.table, m_spec.alias, m.captured(3),
                where(false));
    return QStringLiteral("SELECT count(*) FROM %1 %2 %3 WHERE %4")
        .arg(m_spec.table, m_spec.alias, joins, where(false));
}

void ListQuery::setExpectedRows(qint64 rows)
{
    m_expectedRows = rows;
}

qint64 ListQuery::count() const
{
    Statement s = m_db.prepare(countSql());
    bindFilters(s, m_filters);
    return s.next() ? s.int64(0) : 0;
}

QString ListQuery::fetchSql(bool withKeyset) const
{
    // Walking the sorted table's index pays when many rows match; when few do, reading just
    // those through the filters' indexes and sorting them is faster.
    const bool walkOrder = m_expectedRows < 0 || m_expectedRows > FewRows;
    return walkOrder ? walkSql(withKeyset) : sortMatchesSql(withKeyset);
}

QStringList ListQuery::displayExprs() const
{
    QStringList exprs;
    for (const ListColumn &c : m_spec.columns)
        exprs << c.expr;
    return exprs;
}

QStringList ListQuery::orderBy() const
{
    const QString direction = m_descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList order;
    for (const QString &k : sortKeys())
        order << k + direction;
    order << m_spec.alias + QStringLiteral(".rowid") + direction;
    return order;
}

QString ListQuery::walkSql(bool withKeyset) const
{
    const QStringList exprs = displayExprs();
    const QStringList keys = sortKeys();
    const QString direction = m_descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QStringList order = orderBy();
    const ListColumn &sorted = m_spec.columns.at(m_sortColumn);
    const QString from = sorted.from.isEmpty()
        ? QStringLiteral("%1 %2 %3").arg(m_spec.table, m_spec.alias, m_spec.joins)
        : sorted.from;
    return QStringLiteral("SELECT %1.id, %1.rowid, %2, %3 FROM %4 WHERE %5 ORDER BY %6 LIMIT ?")
        .arg(m_spec.alias, keys.join(QStringLiteral(", ")), exprs.join(QStringLiteral(", ")), from,
            where(withKeyset, true), order.join(QStringLiteral(", ")));
}

QString ListQuery::sortMatchesSql(bool withKeyset) const
{
    // Sort just the keys of the matching rows (with only the joins the filters and keys need),
    // then fetch the columns of the page's rows.
    const QStringList exprs = displayExprs();
    const QStringList keys = sortKeys();
    const QString direction = m_descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QStringList order = orderBy();
    QStringList needs = keys;
    for (const ListFilter &f : m_filters)
        needs << f.expr;
    QStringList keyColumns;
    QStringList outerOrder;
    QStringList outerKeys;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        keyColumns << QStringLiteral("%1 AS k%2").arg(keys[k]).arg(k);
        // A collation does not travel with a subquery's column: name it again.
        const qsizetype collate = keys[k].indexOf(u" COLLATE ");
        outerOrder << QStringLiteral("k.k%1%2%3")
                          .arg(k)
                          .arg(collate < 0 ? QString() : keys[k].mid(collate), direction);
        outerKeys << QStringLiteral("k.k%1").arg(k);
    }
    outerOrder << QStringLiteral("k.r") + direction;
    return QStringLiteral(
        "SELECT %1.id, %1.rowid, %2, %3 FROM (SELECT %1.rowid AS r, %4 FROM %5 %1 "
        "%6 WHERE %7 ORDER BY %8 LIMIT ?) k JOIN %5 %1 ON %1.rowid = k.r %9 "
        "ORDER BY %10")
        .arg(m_spec.alias, outerKeys.join(QStringLiteral(", ")), exprs.join(QStringLiteral(", ")),
            keyColumns.join(QStringLiteral(", ")), m_spec.table, joinsFor(needs),
            where(withKeyset, false), order.join(QStringLiteral(", ")), m_spec.joins,
            outerOrder.join(QStringLiteral(", ")));
}

namespace {

// Stops a statement once the deadline has passed (sqlite3_progress_handler).
int pastDeadline(void *deadline)
{
    return std::chrono::steady_clock::now()
            > *static_cast<std::chrono::steady_clock::time_point *>(deadline)
        ? 1
        : 0;
}

} // namespace

bool ListQuery::read(const QString &sql, const std::optional<Row> &after, int limit, int deadlineMs,
    QList<Row> &rows) const
{
    const QStringList keys = sortKeys();
    Statement s = m_db.prepare(sql);
    int i = bindFilters(s, m_filters);
    if (after) {
        for (const QVariant &k : after->sortKeys)
            s.bind(++i, k);
        s.bind(++i, after->rowid);
        for (const QVariant &k : after->sortKeys)
            s.bind(++i, k);
    }
    s.bind(++i, limit);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(deadlineMs);
    if (deadlineMs > 0)
        sqlite3_progress_handler(m_db.handle(), 1000, pastDeadline, &deadline);
    rows.clear();
    rows.reserve(limit);
    const int first = 2 + int(keys.size());
    while (s.next()) {
        Row r;
        r.id = s.uuid(0);
        r.rowid = s.int64(1);
        for (int k = 0; k < keys.size(); ++k)
            r.sortKeys << s.value(2 + k);
        for (int c = 0; c < m_spec.columns.size(); ++c)
            r.values << s.value(first + c);
        rows << r;
    }
    if (deadlineMs > 0)
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    if (s.failed() && s.error().code == SQLITE_INTERRUPT) {
        rows.clear();
        return false;
    }
    Q_ASSERT_X(!s.failed(), "ListQuery::fetch", qPrintable(s.error().toString()));
    return true;
}

QList<ListQuery::Row> ListQuery::fetch(const std::optional<Row> &after, int limit) const
{
    QList<Row> rows;
    const bool walkOrder = m_expectedRows < 0 || m_expectedRows > FewRows;
    // The walk is bounded only when there are filters (without them every row it visits is on
    // the page) and sorting the matches is an affordable way out.
    const bool bounded
        = !m_filters.isEmpty() && m_expectedRows >= 0 && m_expectedRows <= SortableRows;
    if (walkOrder
        && read(walkSql(after.has_value()), after, limit, bounded ? WalkBudgetMs : 0, rows))
        return rows;
    read(sortMatchesSql(after.has_value()), after, limit, 0, rows);
    return rows;
}

} // namespace ef
