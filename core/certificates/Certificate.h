// A certificate from the register: number, level, dates and its status (valid, superseded by a
// reissue, or revoked with a reason).
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct Certificate : Record
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    Uuid personId;
    Uuid programmeId;
    Uuid eventId;
    QString number;
    CertificationStandard level = CertificationStandard::National;
    QDate issuedOn;
    QDate validUntil;
    CertificateStatus status = CertificateStatus::Valid;
    Uuid replacesId;
    QDate revokedOn;
    QString revocationReason;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Certificate> &description();

    // valid < superseded (reissued) < revoked: a revoked certificate stays revoked.
    static int lifecycleRank(CertificateStatus status);
};

} // namespace ef
