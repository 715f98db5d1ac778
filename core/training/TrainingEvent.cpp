#include "training/TrainingEvent.h"

#include "records/Validation.h"

namespace ef {

Problems TrainingEvent::validate() const
{
    Problems p;
    Validation::required(p, QStringLiteral("owner_id"), ownerId);
    Validation::required(p, QStringLiteral("title"), title);
    Validation::required(p, QStringLiteral("starts_on"), startsOn);
    Validation::required(p, QStringLiteral("ends_on"), endsOn);
    Validation::maxLength(p, QStringLiteral("title"), title, 300);
    Validation::maxLength(p, QStringLiteral("place"), place, 300);
    Validation::maxLength(p, QStringLiteral("city"), city, 100);
    Validation::dateOrder(p, QStringLiteral("ends_on"), startsOn, endsOn);
    if (!country.isEmpty())
        Validation::countryCode(p, QStringLiteral("country"), country);
    Validation::range(p, QStringLiteral("hours"), hours, 0, 1000);
    if (mode != EventMode::Online && city.trimmed().isEmpty())
        p.append({QStringLiteral("city"), tr("Enter the city where the event takes place.")});
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
