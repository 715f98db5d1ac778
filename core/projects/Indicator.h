// A project indicator with its target, defined as data: a measure of the catalogue
// (reports/MeasureCatalog) under conditions, as a count, a share of a denominator or a change
// per semester, over a period ("manual" for values entered as IndicatorValue).
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct Indicator : Record
{
    Q_DECLARE_TR_FUNCTIONS(Indicator)

public:
    Uuid projectId;
    QString code;
    QString nameEn;
    QString nameRu;
    QString nameKk;
    IndicatorUnit unit = IndicatorUnit::People;
    QString measure = QStringLiteral("manual");
    QString conditions; // "gender=female; area=steam" (reports/MeasureCondition)
    IndicatorFormula formula = IndicatorFormula::Value;
    QString denominator; // a measure word, for a share
    QString denominatorConditions;
    QDate periodFrom; // invalid: from the project's start
    QDate periodTo; // invalid: to the project's end
    double baseline = 0;
    double target = 0;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Indicator> &description();
};

} // namespace ef
