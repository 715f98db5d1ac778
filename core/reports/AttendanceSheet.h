// The signed proof of an event that Erasmus+ lump-sum grants ask for, as a printable PDF in
// Kazakh, Russian or English: the event, its dates and place, then each participant's name in
// the chosen script and institution, with a column per day and one for the signature (an
// attendance sheet), or with hours, result and certificate (a participant list).
#pragma once

#include "util/Result.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QString>

namespace ef {

class Database;

class AttendanceSheet
{
    Q_DECLARE_TR_FUNCTIONS(ef::AttendanceSheet)

public:
    enum class Kind { Attendance, ParticipantList };
    enum class Script { Native, Latin };

    // More days than this get one column for the whole event (a long study tour).
    static constexpr int MaxDayColumns = 10;

    static Result<void, QString> write(Database &db, const Uuid &event, Kind kind,
        const QString &language, Script names, const QString &path);
    // A text of this class in `language` (kk, ru, en), whatever the UI language.
    static QString text(const char *source, const QString &language);
};

} // namespace ef
