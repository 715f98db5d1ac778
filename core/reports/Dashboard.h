// The figures on the dashboard a coordinator sees when the app opens: one query each over the
// store, computed for a given day (from the Clock seam) so tests can move time.
#pragma once

#include "courses/Semester.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <cstdint>

namespace ef {

class Store;

struct DashboardCounts
{
    // AICP
    std::int64_t institutions = 0;
    std::int64_t partnershipsActive = 0; // signed or active
    std::int64_t partnershipsRenewalsDue = 0; // signed or active, ending within 90 days of today
    std::int64_t internshipsOffered = 0;
    std::int64_t studentsPlaced = 0;
    // TDSS
    std::int64_t people = 0;
    std::int64_t eventsThisYear = 0;
    std::int64_t participations = 0;
    std::int64_t educatorsCertified = 0; // distinct people holding a valid certificate
    std::int64_t educatorsCertifiedInternational = 0;
    // VSEA
    std::int64_t courses = 0;
    std::int64_t coursesAccredited = 0;
    std::int64_t enrollmentsThisSemester = 0;
    std::int64_t enrollmentsThisSemesterFemale = 0;
    std::int64_t enrollmentsPreviousSemester = 0;
};

class Dashboard
{
public:
    static DashboardCounts compute(Store &store, const QDate &today);
    // The targets of a project's indicators that the store computes, by measure
    // ("educators_certified" → 200); empty when the project is not in the store.
    static QHash<QString, double> targets(Store &store, const QString &projectAcronym);
    // The semester a day falls in: January–May spring, June–August summer, then autumn.
    static Semester semesterOf(const QDate &day);
};

} // namespace ef
