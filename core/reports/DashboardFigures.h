// Everything the dashboard shows for one choice of filters, computed in one read snapshot:
// each indicator of the project against its target, counts per semester, one measure broken
// down by gender, institution, region and country, and partnerships by lifecycle status.
#pragma once

#include "IndicatorFigure.h"
#include "MeasureQuery.h"
#include "ReportScope.h"

#include <QHash>
#include <QList>
#include <QMetaType>

namespace ef {

class Database;

struct DashboardQuery
{
    ReportScope scope;
    IndicatorMeasure breakdown = IndicatorMeasure::Participants;

    bool operator==(const DashboardQuery &) const = default;
};

struct DashboardSeries
{
    IndicatorMeasure measure;
    QList<MeasureFigure> bySemester; // keys are semesters (year * 10 + term), in order
};

struct DashboardFigures
{
    DashboardQuery query;
    QList<IndicatorFigure> indicators;
    QList<DashboardSeries> trends;
    QList<MeasureFigure> byGender, byInstitution, byRegion, byCountry;
    QList<MeasureFigure> partnershipsByStatus; // every status, in lifecycle order
    QHash<QString, QString> institutionNames; // id → label in the UI language
    qint64 milliseconds = 0; // how long the computation took

    static DashboardFigures compute(Database &db, const DashboardQuery &query);
};

} // namespace ef

Q_DECLARE_METATYPE(ef::DashboardFigures)
Q_DECLARE_METATYPE(ef::DashboardQuery)
