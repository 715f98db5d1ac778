// A training programme (e.g. Trainer Preparation) whose events lead to certificates: who is
// eligible (attendance and assessment thresholds), the credits, how long certificates are valid,
// and their design, languages and how the holder's name is written.
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
    double ects = 0; // 0: the certificate states none
    std::optional<double> minHours; // none: every hour of the event
    std::optional<double> minAssessment; // none: no assessment needed
    std::optional<int> validityMonths; // none: certificates do not expire
    QString certificateTemplate; // a design's id; empty: the default design
    QString certificateLanguages; // "kk,ru,en"; empty: all three
    HolderScript holderScript = HolderScript::Both;

    // The design and languages its certificates are issued with.
    QString templateId() const;
    QStringList languages() const;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<TrainingProgramme> &description();
};

} // namespace ef
