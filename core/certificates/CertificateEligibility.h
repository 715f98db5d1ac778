// Who of an event's participants may be certified, and why not: attendance against the hours the
// programme asks (else every hour of the event), the assessment against the programme's
// threshold, a failed result, a certificate already held, a name the QR code cannot carry.
#pragma once

#include "util/Result.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace ef {

class Store;

class CertificateEligibility
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificateEligibility)

public:
    struct Row
    {
        Uuid participationId;
        Uuid personId;
        QString name;
        double attendedHours = 0;
        std::optional<double> assessment;
        bool eligible = false;
        QStringList reasons; // why not, in the UI language; empty when eligible
        QString heldNumber; // a valid certificate of this event the person already holds
    };
    struct Event
    {
        Uuid eventId;
        Uuid programmeId;
        double neededHours = 0;
        std::optional<double> neededAssessment;
        QList<Row> rows; // in name order
        int eligibleCount() const;
    };

    // An error when the event does not exist or has no programme to certify against.
    static Result<Event, QString> of(Store &store, const Uuid &eventId);

    // The events that certify (those of a programme), the latest first, for a picker.
    struct Choice
    {
        Uuid eventId;
        QString title;
        QDate startsOn;
    };
    static QList<Choice> events(Store &store);
};

} // namespace ef
