#include "CertificateEligibility.h"

#include "people/Person.h"
#include "store/Store.h"
#include "text/KazakhCollation.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

#include <QLocale>

namespace ef {

int CertificateEligibility::Event::eligibleCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.eligible; }));
}

Result<CertificateEligibility::Event, QString> CertificateEligibility::of(
    Store &store, const Uuid &eventId)
{
    const std::optional<TrainingEvent> event = store.get<TrainingEvent>(eventId);
    if (!event)
        return unexpected(tr("The event no longer exists."));
    const std::optional<TrainingProgramme> programme = event->programmeId.isNull()
        ? std::nullopt
        : store.get<TrainingProgramme>(event->programmeId);
    if (!programme)
        return unexpected(tr("“%1” belongs to no training programme, so there is nothing to "
                             "certify it against.")
                              .arg(event->title));
    Event e;
    e.eventId = eventId;
    e.programmeId = programme->id;
    e.neededHours = programme->minHours ? *programme->minHours
        : event->hours > 0              ? event->hours
                                        : programme->hours;
    e.neededAssessment = programme->minAssessment;
    const bool latinNeeded = programme->holderScript != HolderScript::Native;
    const QLocale locale;

    Statement s = store.db().prepare(QStringLiteral(
        "SELECT pa.id, pa.person_id, pa.attended_hours, pa.assessment, pa.result, "
        "(SELECT c.number FROM certificate c WHERE c.person_id = pa.person_id AND c.event_id = "
        "pa.event_id AND c.deleted = 0 AND c.status = 'valid' ORDER BY c.issued_on DESC LIMIT 1) "
        "FROM participation pa WHERE pa.event_id = ? AND pa.deleted = 0"));
    s.bind(1, eventId);
    while (s.next()) {
        Row r;
        r.participationId = s.uuid(0);
        r.personId = s.uuid(1);
        r.attendedHours = s.real(2);
        if (!s.isNull(3))
            r.assessment = s.real(3);
        const QString result = s.text(4);
        r.heldNumber = s.text(5);
        const std::optional<Person> person = store.get<Person>(r.personId);
        if (!person)
            continue;
        r.name = person->displayName();
        if (!r.heldNumber.isEmpty())
            r.reasons << tr("Already holds certificate %1.").arg(r.heldNumber);
        if (result == u"failed")
            r.reasons << tr("Did not pass the event.");
        if (r.attendedHours + 1e-9 < e.neededHours)
            r.reasons << tr("Attended %1 of the %2 hours needed.")
                             .arg(locale.toString(r.attendedHours), locale.toString(e.neededHours));
        if (e.neededAssessment) {
            if (!r.assessment)
                r.reasons << tr("No assessment is recorded; %1 is needed.")
                                 .arg(locale.toString(*e.neededAssessment));
            else if (*r.assessment + 1e-9 < *e.neededAssessment)
                r.reasons << tr("Assessment %1 is below the %2 needed.")
                                 .arg(locale.toString(*r.assessment),
                                     locale.toString(*e.neededAssessment));
        }
        if (latinNeeded && (person->familyNameLatin.isEmpty() || person->givenNameLatin.isEmpty()))
            r.reasons << tr("The name in Latin script is missing.");
        r.eligible = r.reasons.isEmpty();
        e.rows.append(r);
    }
    if (s.failed())
        return unexpected(StoreError::fromDb(s.error()).message);
    std::sort(e.rows.begin(), e.rows.end(), [](const Row &a, const Row &b) {
        const QByteArray x = a.name.toUtf8(), y = b.name.toUtf8();
        return compareKazakh(x.constData(), int(x.size()), y.constData(), int(y.size())) < 0;
    });
    return e;
}

QList<CertificateEligibility::Choice> CertificateEligibility::events(Store &store)
{
    QList<Choice> out;
    Statement s = store.db().prepare(
        QStringLiteral("SELECT e.id, e.title, e.starts_on FROM training_event e "
                       "JOIN training_programme p ON p.id = e.programme_id AND p.deleted = 0 "
                       "WHERE e.deleted = 0 ORDER BY e.starts_on DESC, e.title"));
    while (s.next())
        out.append({s.uuid(0), s.text(1), s.date(2)});
    return out;
}

} // namespace ef
