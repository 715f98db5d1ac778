#include "partnerships/PartnershipContact.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems PartnershipContact::validate() const
{
    const Description<PartnershipContact> &d = description();
    Problems p = d.check(*this);
    return p;
}

const Description<PartnershipContact> &PartnershipContact::description()
{
    using T = PartnershipContact;
    static const Description<T> d("partnership_contact", QT_TR_NOOP("Partnership contact"),
        {
            field(&T::partnershipId, "partnership_id", QT_TR_NOOP("Partnership"), "partnership")
                .required(),
            field(&T::personId, "person_id", QT_TR_NOOP("Person"), "person").required(),
            field(&T::role, "role", QT_TR_NOOP("Role")).maxLength(100),
        });
    return d;
}

} // namespace ef
