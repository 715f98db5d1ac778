#include "projects/ProjectPartner.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems ProjectPartner::validate() const
{
    const Description<ProjectPartner> &d = description();
    Problems p = d.check(*this);
    return p;
}

const Description<ProjectPartner> &ProjectPartner::description()
{
    using T = ProjectPartner;
    static const Description<T> d("project_partner", QT_TR_NOOP("Project partner"),
        {
            field(&T::projectId, "project_id", QT_TR_NOOP("Project"), "project").required(),
            field(&T::institutionId, "institution_id", QT_TR_NOOP("Institution"), "institution")
                .required(),
            field(&T::role, "role", QT_TR_NOOP("Role")),
        });
    return d;
}

} // namespace ef
