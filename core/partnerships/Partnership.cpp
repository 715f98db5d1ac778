#include "partnerships/Partnership.h"

#include "records/Validation.h"

namespace ef {

Problems Partnership::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("title"), title);
    Validation::required(p, QStringLiteral("university_id"), universityId);
    Validation::required(p, QStringLiteral("partner_id"), partnerId);
    Validation::maxLength(p, QStringLiteral("title"), title, 300);
    Validation::maxLength(p, QStringLiteral("notes"), notes, 10000);
    if (!universityId.isNull() && universityId == partnerId)
        p.append({QStringLiteral("partner_id"),
            tr("The partner must be another institution than the university.")});
    Validation::dateOrder(p, QStringLiteral("ends_on"), startsOn, endsOn);
    if (lifecycleRank(status) >= lifecycleRank(PartnershipStatus::Signed)
        && status != PartnershipStatus::Terminated && !signedOn.isValid())
        p.append({QStringLiteral("signed_on"), tr("Enter the date the agreement was signed.")});
    if (internshipsOffered < 0)
        p.append({QStringLiteral("internships_offered"), tr("Enter zero or more.")});
    if (studentsPlaced < 0)
        p.append({QStringLiteral("students_placed"), tr("Enter zero or more.")});
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
    static const QStringList columns {QStringLiteral("kind"), QStringLiteral("title"),
        QStringLiteral("university_id"), QStringLiteral("partner_id"), QStringLiteral("signed_on"),
        QStringLiteral("starts_on"), QStringLiteral("ends_on"),
        QStringLiteral("internships_offered")};
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

const Mapping<Partnership> &Partnership::mapping()
{
    using T = Partnership;
    static const Mapping<T> m(QStringLiteral("partnership"),
        {
            column("kind", &T::kind),
            column("status", &T::status),
            column("title", &T::title),
            reference("university_id", &T::universityId, "institution"),
            reference("partner_id", &T::partnerId, "institution"),
            reference("project_id", &T::projectId, "project"),
            column("signed_on", &T::signedOn),
            column("starts_on", &T::startsOn),
            column("ends_on", &T::endsOn),
            column("internships_offered", &T::internshipsOffered),
            column("students_placed", &T::studentsPlaced),
            column("notes", &T::notes),
        });
    return m;
}

} // namespace ef
