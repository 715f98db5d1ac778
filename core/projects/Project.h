// An Erasmus+ project; its indicators and targets are data (Indicator), not code.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct Project : Record
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    QString code;
    QString acronym;
    QString title;
    QString programme;
    QString callId;
    Uuid coordinatorId;
    QDate startsOn;
    QDate endsOn;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Project> &description();
};

} // namespace ef
