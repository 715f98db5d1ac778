// A project indicator with its target, e.g. "educators certified: 200". measure names how the
// store computes it ("manual" for values entered as IndicatorValue).
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
    double baseline = 0;
    double target = 0;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Indicator> &description();
};

} // namespace ef
