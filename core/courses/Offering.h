// A course run in one semester by an institution, in one language.
#pragma once

#include "courses/Semester.h"
#include "records/Enums.h"
#include "records/Problem.h"
#include "records/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

template <class T> class Description;

struct Offering : Record
{
    Q_DECLARE_TR_FUNCTIONS(Offering)

public:
    Uuid courseId;
    Uuid institutionId;
    Semester semester;
    QString language;
    Uuid instructorId;
    std::optional<int> capacity;

    Problems validate() const;
    // Fields, labels and limits: the one description of this kind (records/Description.h).
    static const Description<Offering> &description();
};

} // namespace ef
