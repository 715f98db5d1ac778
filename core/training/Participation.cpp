#include "training/Participation.h"

#include "records/Validation.h"

namespace ef {

Problems Participation::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("event_id"), eventId);
    Validation::required(p, QStringLiteral("person_id"), personId);
    Validation::range(p, QStringLiteral("attended_hours"), attendedHours, 0, 1000);
    Validation::range(p, QStringLiteral("assessment"), assessment, 0, 100);
    return p;
}

const Mapping<Participation> &Participation::mapping()
{
    using T = Participation;
    static const Mapping<T> m(QStringLiteral("participation"),
        {
            reference("event_id", &T::eventId, "training_event"),
            reference("person_id", &T::personId, "person"),
            column("attended_hours", &T::attendedHours),
            column("assessment", &T::assessment),
            column("result", &T::result),
        });
    return m;
}

} // namespace ef
