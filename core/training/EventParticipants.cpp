#include "EventParticipants.h"

#include "Participation.h"
#include "TrainingEvent.h"
#include "records/RecordType.h"
#include "store/Store.h"

namespace ef {

QSet<Uuid> EventParticipants::people(Store &store, const Uuid &eventId)
{
    QSet<Uuid> out;
    Statement s = store.db().prepare(
        QStringLiteral("SELECT person_id FROM participation WHERE event_id = ? AND deleted = 0"));
    s.bind(1, eventId);
    while (s.next())
        out.insert(s.uuid(0));
    return out;
}

Result<QList<Uuid>, StoreError> EventParticipants::add(
    Store &store, const Uuid &eventId, const QList<Uuid> &people, double hours)
{
    QList<Uuid> created;
    auto r = store.transact([&]() -> Result<void, StoreError> {
        const auto event = store.get<TrainingEvent>(eventId);
        // A participation belongs to the office that runs the event.
        const Uuid owner = event ? event->ownerId : RecordType::homeInstitution(store);
        QSet<Uuid> recorded = EventParticipants::people(store, eventId);
        for (const Uuid &person : people) {
            if (recorded.contains(person))
                continue; // already taking part, or listed twice
            Participation p;
            p.eventId = eventId;
            p.personId = person;
            p.attendedHours = hours;
            p.ownerId = owner;
            if (auto ok = store.insert(p); !ok)
                return ok;
            recorded.insert(person);
            created << p.id;
        }
        return {};
    });
    if (!r)
        return unexpected(r.error());
    return created;
}

} // namespace ef
