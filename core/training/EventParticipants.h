// The people taking part in one training event: who is recorded already, and many people added
// at once (the participants dialog) as one transaction, owned by the office that runs the event.
#pragma once

#include "store/StoreError.h"
#include "util/Result.h"
#include "util/Uuid.h"

#include <QList>
#include <QSet>

namespace ef {

class Store;

class EventParticipants
{
public:
    // The people with a live participation in the event.
    static QSet<Uuid> people(Store &store, const Uuid &eventId);
    // A participation with `hours` attended for each of `people` not recorded yet; the ids of
    // the participations made. All of them, or none with why.
    static Result<QList<Uuid>, StoreError> add(
        Store &store, const Uuid &eventId, const QList<Uuid> &people, double hours);
};

} // namespace ef
