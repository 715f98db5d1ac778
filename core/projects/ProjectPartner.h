// An institution taking part in a project, with its role.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct ProjectPartner : Record
{
    Q_DECLARE_TR_FUNCTIONS(ProjectPartner)

public:
    Uuid projectId;
    Uuid institutionId;
    ProjectRole role = ProjectRole::Partner;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<ProjectPartner> &description();
};

} // namespace ef
