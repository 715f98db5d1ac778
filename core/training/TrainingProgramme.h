// A training programme (e.g. Trainer Preparation) whose events lead to certificates.
#pragma once

#include "records/Enums.h"
#include "records/Mapping.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

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
    static const Mapping<TrainingProgramme> &mapping();
};

} // namespace ef
