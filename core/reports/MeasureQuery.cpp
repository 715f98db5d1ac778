#include "MeasureQuery.h"

#include "MeasureCatalog.h"
#include "store/Database.h"

#include <QSet>

namespace ef {

MeasureQuery::MeasureQuery(
    const MeasureDefinition &measure, QList<MeasureCondition> conditions, ReportScope scope)
    : m_measure(measure)
    , m_conditions(std::move(conditions))
    , m_scope(std::move(scope))
{ }

MeasureQuery::Built MeasureQuery::build(std::optional<ReportDimension> by) const
{
    const MeasureDefinition &m = m_measure;
    QSet<QString> needed(m.alwaysJoins.begin(), m.alwaysJoins.end());
    QStringList where {m.where};
    QVariantList args;

    auto need = [&](const QStringList &aliases) {
        for (const QString &a : aliases)
            needed.insert(a);
    };
    auto condition = [&](ReportDimension d, const QVariant &value) {
        const MeasureDimension *md = m.dimension(d);
        if (!md)
            return;
        need(md->joins);
        if (md->match == DimensionMatch::Flag) {
            where << QStringLiteral("(%1 & ?) <> 0").arg(md->expression);
            args << MeasureCatalog::roleBit(value.toString());
        } else {
            where << QStringLiteral("%1 = ?").arg(md->expression);
            args << value;
        }
    };
    auto typed = [](ReportDimension d, const QString &value) -> QVariant {
        if (d == ReportDimension::Institution)
            return QVariant::fromValue(Uuid::fromString(value).value_or(Uuid()));
        if (d == ReportDimension::Semester)
            return value.toLongLong();
        return value;
    };

    if (!m.date.isEmpty()) {
        need(m.dateJoins);
        if (m_scope.from.isValid()) {
            where << QStringLiteral("%1 >= ?").arg(m.date);
            args << m_scope.from;
        }
        if (m_scope.to.isValid()) {
            where << QStringLiteral("%1 <= ?").arg(m.date);
            args << m_scope.to;
        }
    }
    if (!m_scope.project.isNull() && m.isProjectScoped()) {
        need(m.projectJoins);
        where << QStringLiteral("%1 = ?").arg(m.project);
        args << QVariant::fromValue(m_scope.project);
    }
    if (!m_scope.institution.isNull())
        condition(ReportDimension::Institution, QVariant::fromValue(m_scope.institution));
    if (!m_scope.region.isEmpty())
        condition(ReportDimension::Region, m_scope.region);
    for (const MeasureCondition &c : m_conditions)
        condition(c.dimension, typed(c.dimension, c.value));

    QString select;
    switch (m.aggregate) {
    case MeasureDefinition::Aggregate::Count:
        select = QStringLiteral("count(*)");
        break;
    case MeasureDefinition::Aggregate::CountDistinct:
        select = QStringLiteral("count(DISTINCT %1)").arg(m.value);
        break;
    case MeasureDefinition::Aggregate::Sum:
        select = QStringLiteral("total(%1)").arg(m.value);
        break;
    }
    QString group;
    if (by) {
        const MeasureDimension *md = m.dimension(*by);
        need(md->joins);
        select = md->expression + QStringLiteral(", ") + select;
        group = QStringLiteral(" GROUP BY 1");
    }
    // Joins in the catalogue's order, each with those it needs.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const MeasureJoin &j : m.joins)
            if (needed.contains(j.alias))
                for (const QString &n : j.needs)
                    if (!needed.contains(n)) {
                        needed.insert(n);
                        grew = true;
                    }
    }
    QString from = m.table;
    for (const MeasureJoin &j : m.joins)
        if (needed.contains(j.alias))
            from += u' ' + j.sql;
    return {QStringLiteral("SELECT %1 FROM %2 WHERE %3%4")
                .arg(select, from, where.join(QStringLiteral(" AND ")), group),
        args};
}

QString MeasureQuery::sql(std::optional<ReportDimension> by) const
{
    return build(by).sql;
}

double MeasureQuery::total(Database &db) const
{
    const Built b = build(std::nullopt);
    Statement s = db.prepare(b.sql);
    for (int i = 0; i < b.args.size(); ++i)
        s.bind(i + 1, b.args.at(i));
    return s.next() ? s.real(0) : 0;
}

QList<MeasureFigure> MeasureQuery::breakdown(Database &db, ReportDimension by) const
{
    QList<MeasureFigure> out;
    if (!m_measure.dimension(by))
        return out;
    const Built b = build(by);
    Statement s = db.prepare(b.sql);
    for (int i = 0; i < b.args.size(); ++i)
        s.bind(i + 1, b.args.at(i));
    while (s.next()) {
        MeasureFigure f;
        if (by == ReportDimension::Institution)
            f.key = s.isNull(0) ? QString() : s.uuid(0).toString();
        else
            f.key = s.text(0);
        f.value = s.real(1);
        out << f;
    }
    if (by == ReportDimension::Semester)
        std::sort(out.begin(), out.end(),
            [](const MeasureFigure &a, const MeasureFigure &b) { return a.key < b.key; });
    else
        std::stable_sort(out.begin(), out.end(),
            [](const MeasureFigure &a, const MeasureFigure &b) { return a.value > b.value; });
    return out;
}

} // namespace ef
