// A trainer of an event.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct EventTrainer : Record
{
    Q_DECLARE_TR_FUNCTIONS(EventTrainer)

public:
    Uuid eventId;
    Uuid personId;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<EventTrainer> &description();
};

} // namespace ef
