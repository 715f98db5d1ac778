// One workshop, seminar, study tour or info day, with its dates, place and mode.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct TrainingEvent : Record
{
    Q_DECLARE_TR_FUNCTIONS(TrainingEvent)

public:
    Uuid programmeId;
    EventKind kind = EventKind::Workshop;
    QString title;
    QDate startsOn;
    QDate endsOn;
    EventMode mode = EventMode::InPerson;
    Uuid hostId;
    QString place;
    QString city;
    QString country;
    double hours = 0;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<TrainingEvent> &description();
};

} // namespace ef
