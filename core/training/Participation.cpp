#include "training/Participation.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems Participation::validate() const
{
    const Description<Participation> &d = description();
    Problems p = d.check(*this);
    return p;
}

const Description<Participation> &Participation::description()
{
    using T = Participation;
    static const Description<T> d("participation", QT_TR_NOOP("Participation"),
        {
            field(&T::eventId, "event_id", QT_TR_NOOP("Event"), "training_event").required(),
            field(&T::personId, "person_id", QT_TR_NOOP("Participant"), "person").required(),
            field(&T::attendedHours, "attended_hours", QT_TR_NOOP("Hours attended"))
                .range(0, 1000, 1),
            field(&T::assessment, "assessment", QT_TR_NOOP("Assessment (0–100)")).range(0, 100, 1),
            field(&T::result, "result", QT_TR_NOOP("Result")),
        });
    return d;
}

} // namespace ef
