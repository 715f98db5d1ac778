#include "Partnership.h"

#include "Validation.h"

namespace ef {

Problems Partnership::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("title"), title);
    Validation::required(p, QStringLiteral("university_id"), universityId);
    Validation::required(p, QStringLiteral("partner_id"), partnerId);
    return p;
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
