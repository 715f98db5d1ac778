// A course run in one semester by an institution, in one language.
#pragma once

#include "records/Enums.h"
#include "records/Mapping.h"
#include "records/Problem.h"
#include "records/Record.h"
#include "courses/Semester.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ef {

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
    static const Mapping<Offering> &mapping();
};

} // namespace ef
