#include "partnerships/Partnership.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Partnership::validate() const
{
    using T = Partnership;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    if (!universityId.isNull() && universityId == partnerId)
        p.append({d.column(&T::partnerId),
            tr("The partner must be another institution than the university.")});
    Validation::dateOrder(p, d.column(&T::endsOn), startsOn, endsOn);
    if (lifecycleRank(status) >= lifecycleRank(PartnershipStatus::Signed)
        && status != PartnershipStatus::Terminated && !signedOn.isValid())
        p.append({d.column(&T::signedOn), tr("Enter the date the agreement was signed.")});
    return p;
}

int Partnership::lifecycleRank(PartnershipStatus status)
{
    switch (status) {
    case PartnershipStatus::Proposed:
        return 0;
    case PartnershipStatus::Negotiating:
        return 1;
    case PartnershipStatus::Signed:
        return 2;
    case PartnershipStatus::Active:
        return 3;
    case PartnershipStatus::Completed:
    case PartnershipStatus::Terminated:
    case PartnershipStatus::Expired:
        return 4;
    }
    return 0;
}

bool Partnership::isSigned() const
{
    if (status == PartnershipStatus::Terminated)
        return signedOn.isValid();
    return lifecycleRank(status) >= lifecycleRank(PartnershipStatus::Signed);
}

const QStringList &Partnership::termColumns()
{
    using T = Partnership;
    const Description<T> &d = description();
    static const QStringList columns {d.column(&T::kind), d.column(&T::title),
        d.column(&T::universityId), d.column(&T::partnerId), d.column(&T::signedOn),
        d.column(&T::startsOn), d.column(&T::endsOn), d.column(&T::internshipsOffered)};
    return columns;
}

bool Partnership::canMove(PartnershipStatus from, PartnershipStatus to)
{
    if (from == to)
        return true;
    using S = PartnershipStatus;
    switch (from) {
    case S::Proposed:
        return to == S::Negotiating || to == S::Terminated;
    case S::Negotiating:
        return to == S::Signed || to == S::Terminated;
    case S::Signed:
        return to == S::Active || to == S::Terminated || to == S::Expired;
    case S::Active:
        return to == S::Completed || to == S::Terminated || to == S::Expired;
    case S::Completed:
    case S::Terminated:
    case S::Expired:
        return false;
    }
    return false;
}

const Description<Partnership> &Partnership::description()
{
    using T = Partnership;
    static const Description<T> d("partnership", QT_TR_NOOP("Partnership"),
        {
            field(&T::title, "title", QT_TR_NOOP("Title")).required().maxLength(300),
            field(&T::kind, "kind", QT_TR_NOOP("Kind")),
            field(&T::status, "status", QT_TR_NOOP("Status")),
            field(&T::universityId, "university_id", QT_TR_NOOP("University"), "institution")
                .required()
                .ownsNewRecord(),
            field(&T::partnerId, "partner_id", QT_TR_NOOP("Partner"), "institution").required(),
            field(&T::projectId, "project_id", QT_TR_NOOP("Project"), "project"),
            field(&T::signedOn, "signed_on", QT_TR_NOOP("Signed on")),
            field(&T::startsOn, "starts_on", QT_TR_NOOP("Starts on")),
            field(&T::endsOn, "ends_on", QT_TR_NOOP("Ends on")),
            field(&T::internshipsOffered, "internships_offered", QT_TR_NOOP("Internships offered"))
                .range(0, 100000),
            field(&T::studentsPlaced, "students_placed", QT_TR_NOOP("Students placed"))
                .range(0, 100000),
            field(&T::notes, "notes", QT_TR_NOOP("Notes")).maxLength(10000).as(FieldKind::LongText),
        });
    return d;
}

} // namespace ef
