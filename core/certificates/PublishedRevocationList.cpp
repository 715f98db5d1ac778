#include "certificates/PublishedRevocationList.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems PublishedRevocationList::validate() const
{
    using T = PublishedRevocationList;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    if (list.isEmpty())
        p.append({d.column(&T::list), tr("The signed list is missing.")});
    return p;
}

const Description<PublishedRevocationList> &PublishedRevocationList::description()
{
    using T = PublishedRevocationList;
    static const Description<T> d("revocation_list", QT_TR_NOOP("Revocation list"),
        {
            field(&T::officeCode, "office_code", QT_TR_NOOP("Office")).required().maxLength(10),
            field(&T::keyId, "key_id", QT_TR_NOOP("Key id"))
                .required()
                .pattern("^[0-9a-f]{16}$", QT_TR_NOOP("A key id is 16 hexadecimal digits.")),
            field(&T::sequence, "sequence", QT_TR_NOOP("Sequence"))
                .range(1, 9e15, 0, QT_TR_NOOP("The sequence counts from 1.")),
            field(&T::list, "list", QT_TR_NOOP("Signed list")).hidden(),
        });
    return d;
}

} // namespace ef
