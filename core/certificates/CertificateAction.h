// One action on the register — a certificate issued, issued in place of another, replaced or
// revoked — with who did it, when, and why: the register's history, synced to every office.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>

namespace ef {

template <class T> class Description;

struct CertificateAction : Record
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAction)

public:
    Uuid certificateId;
    CertificateActionKind action = CertificateActionKind::Issued;
    qint64 atMs = 0; // since 1970, UTC
    QString byUser;
    QString reason;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<CertificateAction> &description();
};

} // namespace ef
