// A person enrolled in an offering: status and grade.
#pragma once

#include "records/Enums.h"
#include "records/Mapping.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

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
    static const Mapping<Enrollment> &mapping();
};

} // namespace ef
