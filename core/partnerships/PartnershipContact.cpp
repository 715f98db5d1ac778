#include "partnerships/PartnershipContact.h"

#include "records/Validation.h"

namespace ef {

Problems PartnershipContact::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("partnership_id"), partnershipId);
    Validation::required(p, QStringLiteral("person_id"), personId);
    Validation::maxLength(p, QStringLiteral("role"), role, 100);
    return p;
}

const Mapping<PartnershipContact> &PartnershipContact::mapping()
{
    using T = PartnershipContact;
    static const Mapping<T> m(QStringLiteral("partnership_contact"),
        {
            reference("partnership_id", &T::partnershipId, "partnership"),
            reference("person_id", &T::personId, "person"),
            column("role", &T::role),
        });
    return m;
}

} // namespace ef
