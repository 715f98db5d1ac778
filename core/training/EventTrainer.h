// A trainer of an event.
#pragma once

#include "records/Enums.h"
#include "records/Mapping.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

struct EventTrainer : Record
{
    Q_DECLARE_TR_FUNCTIONS(EventTrainer)

public:
    Uuid eventId;
    Uuid personId;

    Problems validate() const;
    static const Mapping<EventTrainer> &mapping();
};

} // namespace ef
