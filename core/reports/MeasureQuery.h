// Counts a measure of the catalogue over the store: the total, or one figure per value of a
// dimension, for a scope and a list of conditions. The SQL is assembled from the catalogue's own
// fragments and every value is bound, never spliced.
#pragma once

#include "MeasureCondition.h"
#include "ReportScope.h"

#include <QList>
#include <QString>

namespace ef {

class Database;
struct MeasureDefinition;

struct MeasureFigure
{
    QString key; // the dimension's stored value ("female", an institution id's text, 20253)
    double value = 0;
};

class MeasureQuery
{
public:
    MeasureQuery(
        const MeasureDefinition &measure, QList<MeasureCondition> conditions, ReportScope scope);

    double total(Database &db) const;
    // Figures per value of `by`, largest first; empty when the measure has no such dimension.
    QList<MeasureFigure> breakdown(Database &db, ReportDimension by) const;
    // The SQL a call would run (tests and the benchmark print it).
    QString sql(std::optional<ReportDimension> by) const;

private:
    struct Built
    {
        QString sql;
        QVariantList args;
    };
    Built build(std::optional<ReportDimension> by) const;

    const MeasureDefinition &m_measure;
    QList<MeasureCondition> m_conditions;
    ReportScope m_scope;
};

} // namespace ef
