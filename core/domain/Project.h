// An Erasmus+ project; its indicators and targets are data (Indicator), not code.
#pragma once

#include "Enums.h"
#include "Mapping.h"
#include "Problem.h"
#include "Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

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
    static const Mapping<Project> &mapping();
};

} // namespace ef
