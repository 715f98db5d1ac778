#include "courses/Enrollment.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Enrollment::validate() const
{
    using T = Enrollment;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    if (grade && status != EnrollmentStatus::Completed && status != EnrollmentStatus::Failed)
        p.append({d.column(&T::grade),
            tr("A grade is given only when the course is completed or failed.")});
    return p;
}

const Description<Enrollment> &Enrollment::description()
{
    using T = Enrollment;
    static const Description<T> d("enrollment", QT_TR_NOOP("Enrollment"),
        {
            field(&T::offeringId, "offering_id", QT_TR_NOOP("Offering"), "offering").required(),
            field(&T::personId, "person_id", QT_TR_NOOP("Student"), "person").required(),
            field(&T::status, "status", QT_TR_NOOP("Status")),
            field(&T::grade, "grade", QT_TR_NOOP("Grade (0–100)")).range(0, 100, 1),
            field(&T::enrolledOn, "enrolled_on", QT_TR_NOOP("Enrolled on")).required(),
        });
    return d;
}

} // namespace ef
