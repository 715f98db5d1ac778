#include "training/EventTrainer.h"

#include "records/Validation.h"

namespace ef {

Problems EventTrainer::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("event_id"), eventId);
    Validation::required(p, QStringLiteral("person_id"), personId);
    return p;
}

const Mapping<EventTrainer> &EventTrainer::mapping()
{
    using T = EventTrainer;
    static const Mapping<T> m(QStringLiteral("event_trainer"),
        {
            reference("event_id", &T::eventId, "training_event"),
            reference("person_id", &T::personId, "person"),
        });
    return m;
}

} // namespace ef
