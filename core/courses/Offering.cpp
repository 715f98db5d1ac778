#include "courses/Offering.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Offering::validate() const
{
    using T = Offering;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    return p;
}

const Description<Offering> &Offering::description()
{
    using T = Offering;
    static const Description<T> d("offering", QT_TR_NOOP("Offering"),
        {
            field(&T::courseId, "course_id", QT_TR_NOOP("Course"), "course").required(),
            field(&T::institutionId, "institution_id", QT_TR_NOOP("Institution"), "institution")
                .required()
                .ownsNewRecord(),
            field(&T::semester, "semester", QT_TR_NOOP("Semester")).required(),
            field(&T::language, "language", QT_TR_NOOP("Language of teaching"))
                .required()
                .as(FieldKind::Language)
                .words<LanguageCode>(),
            field(&T::instructorId, "instructor_id", QT_TR_NOOP("Instructor"), "person"),
            field(&T::capacity, "capacity", QT_TR_NOOP("Places"))
                .range(
                    1, 100000, 0, QT_TR_NOOP("Enter a capacity of at least 1, or leave it empty.")),
        });
    return d;
}

} // namespace ef
