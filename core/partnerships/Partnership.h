// An agreement between a university and a partner (MoU, internships, dual education, joint
// project, research contract) along its lifecycle.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace ef {

template <class T> class Description;

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
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Partnership> &description();

    // The lifecycle: proposed → negotiating → signed → active → completed / terminated /
    // expired; an agreement may be dropped (terminated) before it is signed. Never backwards.
    static bool canMove(PartnershipStatus from, PartnershipStatus to);
    // Order along the lifecycle, for merging concurrent status changes.
    static int lifecycleRank(PartnershipStatus status);

    // Signed, active, completed or expired; terminated only when it had been signed (a
    // negotiation dropped before signing has no signing date). A signing date entered while
    // still negotiating is a plan, not a signature.
    bool isSigned() const;
    // The terms: the columns the parties signed (what, between whom, when, the places
    // offered). Once signed they change only by an amendment, and sync flags every concurrent
    // change to them for review. The rest stays an office's own bookkeeping: status follows
    // the lifecycle, students placed are counted as they happen, the project is the
    // consortium's reporting link, notes are internal.
    static const QStringList &termColumns();
};

} // namespace ef
