// Counts a project's indicators as their definitions say (measure, conditions, formula, period),
// within a report's scope, on whatever connection it is given: the UI's or a reader of its own.
#pragma once

#include "IndicatorFigure.h"
#include "ReportScope.h"

#include <QList>

namespace ef {

class Database;

class IndicatorEvaluator
{
public:
    // The live indicators of a project, by code.
    static QList<Indicator> indicatorsOf(Database &db, const Uuid &project);
    static IndicatorFigure evaluate(Database &db, const Indicator &indicator, ReportScope scope);
    static QList<IndicatorFigure> evaluateAll(Database &db, const ReportScope &scope);
};

} // namespace ef
