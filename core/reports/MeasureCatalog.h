// The catalogue of measures an indicator can count, defined once here: which records, which
// conditions, distinct by what, the date that places a record in a period, and the dimensions.
#pragma once

#include "records/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ef {

// How a dimension's values are compared in a condition: equal to the stored word or id, or a
// bit of a flags column (a person's roles).
enum class DimensionMatch { Equal, Flag };

struct MeasureDimension
{
    ReportDimension dimension;
    QString expression; // SQL over the measure's aliases, written here, never by a user
    QStringList joins; // the aliases of MeasureDefinition::joins it needs
    DimensionMatch match = DimensionMatch::Equal;
};

struct MeasureJoin
{
    QString alias;
    QString sql; // "JOIN person p ON p.id = x.person_id"
    QStringList needs; // aliases joined before it
};

struct MeasureDefinition
{
    enum class Aggregate { Count, CountDistinct, Sum };

    IndicatorMeasure measure;
    QString table; // the records counted, as alias x
    QString where; // the conditions every counted record meets
    Aggregate aggregate = Aggregate::Count;
    QString value; // counted distinct or summed; empty for count(*)
    QString date; // places a record in a period; empty: the measure has no period
    QString project; // the project a record belongs to; empty: consortium-wide
    QStringList dateJoins;
    QStringList projectJoins;
    QStringList alwaysJoins; // needed by where or value
    QList<MeasureJoin> joins;
    QList<MeasureDimension> dimensions;

    const MeasureDimension *dimension(ReportDimension d) const;
    bool isManual() const { return measure == IndicatorMeasure::Manual; }
    bool isProjectScoped() const { return !project.isEmpty(); }
};

class MeasureCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MeasureCatalog)

public:
    static const MeasureDefinition &of(IndicatorMeasure measure);
    static const MeasureDefinition *of(QStringView word);
    static QList<IndicatorMeasure> all();

    // The words a condition on `dimension` may take, when they are a closed list (roles,
    // genders, standards …); empty for institutions, regions, countries and semesters.
    static QStringList valuesOf(ReportDimension dimension);
    // Kazakhstan's regions as the store keeps them, and the countries of the consortium's
    // projects by ISO code: what a condition on a region or a country is offered.
    static QStringList regions();
    static QStringList countries();
    // A value as users read it, in the UI language ("female" → «Әйел», a region's name).
    static QString valueLabel(ReportDimension dimension, const QString &value);
    // The bit a role word stands for in a person's roles; 0 when unknown.
    static int roleBit(QStringView role);
    // The SQL giving the semester (year * 10 + term) of an ISO date expression.
    static QString semesterOfDate(const QString &dateExpression);
};

} // namespace ef
