// A signing key's latest revocation list as the register keeps and syncs it: one row per key,
// re-signed with a higher sequence after each revocation or reissue. Read by every office, so a
// certificate revoked at one office reads as revoked at all of them.
#pragma once

#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>

namespace ef {

template <class T> class Description;

struct PublishedRevocationList : Record
{
    Q_DECLARE_TR_FUNCTIONS(PublishedRevocationList)

public:
    QString officeCode;
    QString keyId; // of the key that signed it, 16 hex digits
    qint64 sequence = 1;
    QByteArray list; // the COSE_Sign1 (RevocationList)

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<PublishedRevocationList> &description();
};

} // namespace ef
