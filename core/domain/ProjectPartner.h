// An institution taking part in a project, with its role.
#pragma once

#include "Enums.h"
#include "Mapping.h"
#include "Problem.h"
#include "Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

struct ProjectPartner : Record
{
    Q_DECLARE_TR_FUNCTIONS(ProjectPartner)

public:
    Uuid projectId;
    Uuid institutionId;
    ProjectRole role = ProjectRole::Partner;

    Problems validate() const;
    static const Mapping<ProjectPartner> &mapping();
};

} // namespace ef
