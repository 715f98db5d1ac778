// A person who is a contact for a partnership, with their role in it.
#pragma once

#include "records/Enums.h"
#include "records/Mapping.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

struct PartnershipContact : Record
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipContact)

public:
    Uuid partnershipId;
    Uuid personId;
    QString role;

    Problems validate() const;
    static const Mapping<PartnershipContact> &mapping();
};

} // namespace ef
