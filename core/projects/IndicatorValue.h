// A value of an indicator measured by hand on a date.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct IndicatorValue : Record
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorValue)

public:
    Uuid indicatorId;
    QDate measuredOn;
    double value = 0;
    QString note;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<IndicatorValue> &description();
};

} // namespace ef
