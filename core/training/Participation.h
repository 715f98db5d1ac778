// A person taking part in an event: attendance hours and assessment.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

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
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Participation> &description();
};

} // namespace ef
