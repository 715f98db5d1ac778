#include "projects/ProjectPartner.h"

#include "records/Validation.h"

namespace ef {

Problems ProjectPartner::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("project_id"), projectId);
    Validation::required(p, QStringLiteral("institution_id"), institutionId);
    return p;
}

const Mapping<ProjectPartner> &ProjectPartner::mapping()
{
    using T = ProjectPartner;
    static const Mapping<T> m(QStringLiteral("project_partner"),
        {
            reference("project_id", &T::projectId, "project"),
            reference("institution_id", &T::institutionId, "institution"),
            column("role", &T::role),
        });
    return m;
}

} // namespace ef
