// A change to the terms of a signed agreement, made by an amendment with its own date and
// signed document; the agreement's history is its terms as signed plus these, in order.
#pragma once

#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>

namespace ef {

template <class T> class Description;

struct PartnershipAmendment : Record
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipAmendment)

public:
    Uuid partnershipId;
    int number = 0; // 1, 2, 3 … per partnership
    QDate amendedOn;
    QString summary;
    // The terms it changed, as a JSON object {"column": [old, new]} of the values as stored
    // (enumeration words, ISO dates, UUID text, numbers; null for empty).
    QString changes;
    Uuid attachmentId; // the signed amendment, when one was attached

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<PartnershipAmendment> &description();
};

} // namespace ef
