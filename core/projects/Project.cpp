#include "projects/Project.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Project::validate() const
{
    using T = Project;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    Validation::dateOrder(p, d.column(&T::endsOn), startsOn, endsOn);
    return p;
}

const Description<Project> &Project::description()
{
    using T = Project;
    static const Description<T> d("project", QT_TR_NOOP("Project"),
        {
            field(&T::acronym, "acronym", QT_TR_NOOP("Acronym")).required().maxLength(30),
            field(&T::title, "title", QT_TR_NOOP("Title")).required().maxLength(300),
            field(&T::code, "code", QT_TR_NOOP("Project number")).required().maxLength(40),
            field(&T::programme, "programme", QT_TR_NOOP("Programme")).maxLength(100),
            field(&T::callId, "call_id", QT_TR_NOOP("Call")).maxLength(40),
            field(&T::coordinatorId, "coordinator_id", QT_TR_NOOP("Coordinator"), "institution"),
            field(&T::startsOn, "starts_on", QT_TR_NOOP("Starts on")).required(),
            field(&T::endsOn, "ends_on", QT_TR_NOOP("Ends on")).required(),
        });
    return d;
}

} // namespace ef
