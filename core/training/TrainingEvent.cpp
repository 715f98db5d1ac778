#include "training/TrainingEvent.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems TrainingEvent::validate() const
{
    using T = TrainingEvent;
    const Description<T> &d = description();
    Problems p = d.check(*this);
    Validation::dateOrder(p, d.column(&T::endsOn), startsOn, endsOn);
    if (mode != EventMode::Online && city.trimmed().isEmpty())
        p.append({d.column(&T::city), tr("Enter the city where the event takes place.")});
    return p;
}

const Description<TrainingEvent> &TrainingEvent::description()
{
    using T = TrainingEvent;
    static const Description<T> d("training_event", QT_TR_NOOP("Training event"),
        {
            field(&T::title, "title", QT_TR_NOOP("Title")).required().maxLength(300),
            field(&T::kind, "kind", QT_TR_NOOP("Kind")),
            field(&T::programmeId, "programme_id", QT_TR_NOOP("Programme"), "training_programme"),
            field(&T::startsOn, "starts_on", QT_TR_NOOP("Starts on")).required(),
            field(&T::endsOn, "ends_on", QT_TR_NOOP("Ends on")).required(),
            field(&T::mode, "mode", QT_TR_NOOP("Mode")),
            field(&T::hostId, "host_id", QT_TR_NOOP("Host"), "institution").ownsNewRecord(),
            field(&T::place, "place", QT_TR_NOOP("Place")).maxLength(300),
            field(&T::city, "city", QT_TR_NOOP("City")).maxLength(100),
            field(&T::country, "country", QT_TR_NOOP("Country (ISO code)"))
                .format(FieldFormat::CountryCode)
                .format(FieldFormat::CountryCode),
            field(&T::hours, "hours", QT_TR_NOOP("Hours")).range(0, 1000, 1),
        });
    return d;
}

} // namespace ef
