// A person taking part in an event: attendance hours and assessment.
#pragma once

#include "records/Enums.h"
#include "records/Mapping.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

struct Participation : Record
{
    Q_DECLARE_TR_FUNCTIONS(Participation)

public:
    Uuid eventId;
    Uuid personId;
    double attendedHours = 0;
    std::optional<double> assessment;
    ParticipationResult result = ParticipationResult::Pending;

    Problems validate() const;
    static const Mapping<Participation> &mapping();
};

} // namespace ef
