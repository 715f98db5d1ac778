#include "projects/Project.h"

#include "records/Validation.h"

namespace ef {

Problems Project::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("code"), code);
    Validation::required(p, QStringLiteral("acronym"), acronym);
    Validation::required(p, QStringLiteral("title"), title);
    Validation::required(p, QStringLiteral("starts_on"), startsOn);
    Validation::required(p, QStringLiteral("ends_on"), endsOn);
    Validation::maxLength(p, QStringLiteral("acronym"), acronym, 30);
    Validation::maxLength(p, QStringLiteral("title"), title, 300);
    Validation::maxLength(p, QStringLiteral("code"), code, 40);
    Validation::maxLength(p, QStringLiteral("programme"), programme, 100);
    Validation::maxLength(p, QStringLiteral("call_id"), callId, 40);
    Validation::dateOrder(p, QStringLiteral("ends_on"), startsOn, endsOn);
    return p;
}

const Mapping<Project> &Project::mapping()
{
    using T = Project;
    static const Mapping<T> m(QStringLiteral("project"),
        {
            column("code", &T::code),
            column("acronym", &T::acronym),
            column("title", &T::title),
            column("programme", &T::programme),
            column("call_id", &T::callId),
            reference("coordinator_id", &T::coordinatorId, "institution"),
            column("starts_on", &T::startsOn),
            column("ends_on", &T::endsOn),
        });
    return m;
}

} // namespace ef
