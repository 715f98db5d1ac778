// One indicator's figure for a scope: the count (or share, or change per semester) against its
// target, with the parts it was made from so a report can show how it was counted.
#pragma once

#include "courses/Semester.h"
#include "projects/Indicator.h"

#include <optional>

namespace ef {

struct IndicatorFigure
{
    Indicator indicator;
    std::optional<double> value; // none: nothing to count yet (no denominator, no semester before)
    double numerator = 0; // the count; for a growth, the last semester's
    double denominator
        = 0; // for a share: the denominator's count; for a growth: the semester before
    Semester semester; // for a growth: the last semester counted
    Semester previousSemester;

    // Share of the target reached, 0–∞ (1 = reached); none without a value or a target.
    std::optional<double> progress() const
    {
        if (!value || indicator.target <= 0)
            return std::nullopt;
        return *value / indicator.target;
    }
};

} // namespace ef
