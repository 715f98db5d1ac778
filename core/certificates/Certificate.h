// A certificate from the register: number, level, dates and its status (valid, superseded by a
// reissue with its reason, or revoked with a reason), with what it was issued with: the signed
// text of its QR code, its Open Badges credential, its design and languages.
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
    QString seal; // the QR code's text, EF1:… (docs/certificates.md); empty: issued unsigned
    QString badge; // the Open Badges 3.0 credential, a VC-JWT
    QString templateId; // the design it was issued with
    QString languages; // and its languages, "kk,ru,en"
    QDate supersededOn;
    QString supersedeReason;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Certificate> &description();

    // valid < superseded (reissued) < revoked: a revoked certificate stays revoked.
    static int lifecycleRank(CertificateStatus status);
};

} // namespace ef
