#include "courses/Offering.h"

#include "records/Validation.h"

namespace ef {

Problems Offering::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("course_id"), courseId);
    Validation::required(p, QStringLiteral("institution_id"), institutionId);
    Validation::required(p, QStringLiteral("language"), language);
    if (!semester.isValid())
        p.append({QStringLiteral("semester"), tr("Choose a semester.")});
    if (!language.isEmpty() && language != u"kk" && language != u"ru" && language != u"en")
        p.append({QStringLiteral("language"), tr("Choose Kazakh, Russian or English.")});
    if (capacity && *capacity <= 0)
        p.append(
            {QStringLiteral("capacity"), tr("Enter a capacity of at least 1, or leave it empty.")});
    return p;
}

const Mapping<Offering> &Offering::mapping()
{
    using T = Offering;
    static const Mapping<T> m(QStringLiteral("offering"),
        {
            reference("course_id", &T::courseId, "course"),
            reference("institution_id", &T::institutionId, "institution"),
            column("semester", &T::semester),
            column("language", &T::language),
            reference("instructor_id", &T::instructorId, "person"),
            column("capacity", &T::capacity),
        });
    return m;
}

} // namespace ef
