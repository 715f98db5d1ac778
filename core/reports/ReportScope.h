// What a report or the dashboard looks at: one project (or all), one institution and one
// region (or all), and a period of days (both ends included; an open end takes everything).
#pragma once

#include "util/Uuid.h"

#include <QDate>
#include <QString>

namespace ef {

struct ReportScope
{
    Uuid project;
    Uuid institution;
    QString region;
    QDate from;
    QDate to;

    bool operator==(const ReportScope &) const = default;
};

} // namespace ef
