// An office's signing key as the register keeps it: the root-signed key certificate, and its
// office, key id, validity and block of serials repeated for lists. Synced and read by every
// office, so each can verify the others' certificates; trust comes only from the certificate.
#pragma once

#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>

namespace ef {

template <class T> class Description;
struct KeyCertificate;

struct OfficeKey : Record
{
    Q_DECLARE_TR_FUNCTIONS(OfficeKey)

public:
    QString officeCode;
    QString keyId; // 16 hex digits
    QDate validFrom;
    QDate validUntil;
    int firstSerial = 1;
    int lastSerial = 1;
    bool demo = false;
    QByteArray keyCertificate; // the COSE_Sign1 the root signed

    static OfficeKey from(const KeyCertificate &certificate);

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<OfficeKey> &description();
};

} // namespace ef
