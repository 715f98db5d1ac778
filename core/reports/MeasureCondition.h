// A condition on a dimension of a measure, as an indicator keeps it: "gender=female", several
// joined with ";". Parsed and checked against the measure's dimensions and the words each takes,
// so a condition is never SQL and never names what the measure cannot break down by.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace ef {

struct MeasureDefinition;

struct MeasureCondition
{
    ReportDimension dimension;
    QString value; // the stored word, an institution's id, a region's name, a country code

    bool operator==(const MeasureCondition &) const = default;

    Q_DECLARE_TR_FUNCTIONS(MeasureCondition)

public:
    // The conditions in `text`; a problem for `field` says what is wrong and where.
    static QList<MeasureCondition> parse(
        const QString &text, const MeasureDefinition &measure, const QString &field, Problems &p);
    static QString format(const QList<MeasureCondition> &conditions);
    // The conditions as users read them ("Gender: Female; Standard: International").
    static QString describe(const QList<MeasureCondition> &conditions);
};

} // namespace ef
