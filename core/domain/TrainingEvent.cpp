#include "TrainingEvent.h"

#include "Validation.h"

namespace ef {

Problems TrainingEvent::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("title"), title);
    Validation::required(p, QStringLiteral("starts_on"), startsOn);
    Validation::required(p, QStringLiteral("ends_on"), endsOn);
    return p;
}

const Mapping<TrainingEvent> &TrainingEvent::mapping()
{
    using T = TrainingEvent;
    static const Mapping<T> m(QStringLiteral("training_event"),
                              {
                                  reference("programme_id", &T::programmeId, "training_programme"),
                                  column("kind", &T::kind),
                                  column("title", &T::title),
                                  column("starts_on", &T::startsOn),
                                  column("ends_on", &T::endsOn),
                                  column("mode", &T::mode),
                                  reference("host_id", &T::hostId, "institution"),
                                  column("place", &T::place),
                                  column("city", &T::city),
                                  column("country", &T::country),
                                  column("hours", &T::hours),
                              });
    return m;
}

} // namespace ef
