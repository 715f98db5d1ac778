// An institution taking part in a project, with its role.
#pragma once

#include "records/Enums.h"
#include "records/Mapping.h"
#include "records/Problem.h"
#include "records/Record.h"

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
