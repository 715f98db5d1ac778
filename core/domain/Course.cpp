#include "Course.h"

#include "Validation.h"

namespace ef {

Problems Course::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("code"), code);
    Validation::required(p, QStringLiteral("languages"), languages);
    return p;
}

const Mapping<Course> &Course::mapping()
{
    using T = Course;
    static const Mapping<T> m(QStringLiteral("course"),
                              {
                                  column("code", &T::code),
                                  column("title_en", &T::titleEn),
                                  column("title_ru", &T::titleRu),
                                  column("title_kk", &T::titleKk),
                                  column("area", &T::area),
                                  column("ects", &T::ects),
                                  column("languages", &T::languages),
                                  column("delivery", &T::delivery),
                                  reference("provider_id", &T::providerId, "institution"),
                                  reference("accreditation_agency_id", &T::accreditationAgencyId, "institution"),
                                  column("accreditation_status", &T::accreditationStatus),
                                  column("accredited_on", &T::accreditedOn),
                                  column("accredited_until", &T::accreditedUntil),
                                  column("climate_neutral", &T::climateNeutral),
                                  column("gender_inclusive", &T::genderInclusive),
                                  column("learning_outcomes", &T::learningOutcomes),
                              });
    return m;
}

} // namespace ef
