// A person who is a contact for a partnership, with their role in it.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct PartnershipContact : Record
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipContact)

public:
    Uuid partnershipId;
    Uuid personId;
    QString role;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<PartnershipContact> &description();
};

} // namespace ef
