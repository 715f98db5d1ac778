// A value of an indicator measured by hand on a date.
#pragma once

#include "records/Enums.h"
#include "records/Mapping.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

struct IndicatorValue : Record
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorValue)

public:
    Uuid indicatorId;
    QDate measuredOn;
    double value = 0;
    QString note;

    Problems validate() const;
    static const Mapping<IndicatorValue> &mapping();
};

} // namespace ef
