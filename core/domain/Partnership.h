// An agreement between a university and a partner (MoU, internships, dual education, joint
// project, research contract) along its lifecycle.
#pragma once

#include "Enums.h"
#include "Mapping.h"
#include "Problem.h"
#include "Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

struct Partnership : Record
{
    Q_DECLARE_TR_FUNCTIONS(Partnership)

public:
    PartnershipKind kind = PartnershipKind::Mou;
    PartnershipStatus status = PartnershipStatus::Proposed;
    QString title;
    Uuid universityId;
    Uuid partnerId;
    Uuid projectId;
    QDate signedOn;
    QDate startsOn;
    QDate endsOn;
    int internshipsOffered = 0;
    int studentsPlaced = 0;
    QString notes;

    Problems validate() const;
    static const Mapping<Partnership> &mapping();

    // The lifecycle: proposed → negotiating → signed → active → completed / terminated /
    // expired; an agreement may be dropped (terminated) before it is signed. Never backwards.
    static bool canMove(PartnershipStatus from, PartnershipStatus to);
    // Order along the lifecycle, for merging concurrent status changes.
    static int lifecycleRank(PartnershipStatus status);
};

} // namespace ef
