// A training programme (e.g. Trainer Preparation) whose events lead to certificates.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct TrainingProgramme : Record
{
    Q_DECLARE_TR_FUNCTIONS(TrainingProgramme)

public:
    QString code;
    QString titleEn;
    QString titleRu;
    QString titleKk;
    TrainingTopic topic = TrainingTopic::EngineeringPedagogy;
    CertificationStandard standard = CertificationStandard::National;
    double hours = 0;
    Uuid projectId;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<TrainingProgramme> &description();
};

} // namespace ef
