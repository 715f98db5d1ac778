#include "courses/Enrollment.h"

#include "records/Validation.h"

namespace ef {

Problems Enrollment::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("offering_id"), offeringId);
    Validation::required(p, QStringLiteral("person_id"), personId);
    Validation::required(p, QStringLiteral("enrolled_on"), enrolledOn);
    Validation::range(p, QStringLiteral("grade"), grade, 0, 100);
    if (grade && status != EnrollmentStatus::Completed && status != EnrollmentStatus::Failed)
        p.append({QStringLiteral("grade"),
            tr("A grade is given only when the course is completed or failed.")});
    return p;
}

const Mapping<Enrollment> &Enrollment::mapping()
{
    using T = Enrollment;
    static const Mapping<T> m(QStringLiteral("enrollment"),
        {
            reference("offering_id", &T::offeringId, "offering"),
            reference("person_id", &T::personId, "person"),
            column("status", &T::status),
            column("grade", &T::grade),
            column("enrolled_on", &T::enrolledOn),
        });
    return m;
}

} // namespace ef
