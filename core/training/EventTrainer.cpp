#include "training/EventTrainer.h"

#include "records/Description.h"
#include "records/Validation.h"

namespace ef {

Problems EventTrainer::validate() const
{
    const Description<EventTrainer> &d = description();
    Problems p = d.check(*this);
    return p;
}

const Description<EventTrainer> &EventTrainer::description()
{
    using T = EventTrainer;
    static const Description<T> d("event_trainer", QT_TR_NOOP("Trainer"),
        {
            field(&T::eventId, "event_id", QT_TR_NOOP("Event"), "training_event").required(),
            field(&T::personId, "person_id", QT_TR_NOOP("Trainer"), "person").required(),
        });
    return d;
}

} // namespace ef
