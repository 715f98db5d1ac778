// A person enrolled in an offering: status and grade.
#pragma once

#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct Enrollment : Record
{
    Q_DECLARE_TR_FUNCTIONS(Enrollment)

public:
    Uuid offeringId;
    Uuid personId;
    EnrollmentStatus status = EnrollmentStatus::Enrolled;
    std::optional<double> grade;
    QDate enrolledOn;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Enrollment> &description();
};

} // namespace ef
