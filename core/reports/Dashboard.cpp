#include "Dashboard.h"

#include "courses/Semester.h"
#include "store/Store.h"

namespace ef {

QHash<QString, double> Dashboard::targets(Store &store, const QString &projectAcronym)
{
    QHash<QString, double> out;
    Statement s = store.db().prepare(QStringLiteral(
        "SELECT i.measure, i.target FROM indicator i JOIN project p ON p.id = i.project_id "
        "WHERE p.acronym = ? AND p.deleted = 0 AND i.deleted = 0 AND i.measure <> 'manual' "
        "AND i.formula = 'value' AND coalesce(i.conditions, '') = ''"));
    s.bind(1, projectAcronym);
    while (s.next())
        out.insert(s.text(0), s.real(1));
    return out;
}

Semester Dashboard::semesterOf(const QDate &day)
{
    const Semester::Term term = day.month() <= 5 ? Semester::Term::Spring
        : day.month() <= 8                       ? Semester::Term::Summer
                                                 : Semester::Term::Autumn;
    return Semester(day.year(), term);
}

DashboardCounts Dashboard::compute(Store &store, const QDate &today)
{
    DashboardCounts c;
    Database &db = store.db();
    auto one = [&](const QString &sql, auto... args) -> std::int64_t {
        Statement s = db.prepare(sql);
        s.bindAll(args...);
        return s.next() ? s.int64(0) : 0;
    };
    c.institutions = store.count(QStringLiteral("institution"));
    c.people = store.count(QStringLiteral("person"));
    c.courses = store.count(QStringLiteral("course"));
    c.participations = store.count(QStringLiteral("participation"));
    {
        Statement s = db.prepare(QStringLiteral(
            "SELECT count(*), coalesce(sum(internships_offered), 0), "
            "coalesce(sum(students_placed), 0), "
            "coalesce(sum(ends_on BETWEEN ?1 AND ?2), 0) "
            "FROM partnership WHERE deleted = 0 AND status IN ('signed', 'active')"));
        s.bind(1, today).bind(2, today.addDays(90));
        if (s.next()) {
            c.partnershipsActive = s.int64(0);
            c.internshipsOffered = s.int64(1);
            c.studentsPlaced = s.int64(2);
            c.partnershipsRenewalsDue = s.int64(3);
        }
    }
    c.eventsThisYear = one(QStringLiteral("SELECT count(*) FROM training_event WHERE deleted = 0 "
                                          "AND starts_on BETWEEN ?1 AND ?2"),
        QDate(today.year(), 1, 1), QDate(today.year(), 12, 31));
    c.educatorsCertified = one(QStringLiteral("SELECT count(DISTINCT person_id) FROM certificate "
                                              "WHERE deleted = 0 AND status = 'valid'"));
    c.educatorsCertifiedInternational
        = one(QStringLiteral("SELECT count(DISTINCT person_id) FROM certificate "
                             "WHERE deleted = 0 AND status = 'valid' AND level = 'international'"));
    c.coursesAccredited = one(QStringLiteral("SELECT count(*) FROM course WHERE deleted = 0 "
                                             "AND accreditation_status = 'accredited'"));
    // Enrollment per semester and women among them: EduFusion's +25 % and +30 % targets.
    const Semester current = Dashboard::semesterOf(today);
    Semester previous = current.previous();
    if (previous.term() == Semester::Term::Summer)
        previous = previous.previous();
    // The women among this semester's students: one lookup per enrollment in an in-memory set.
    {
        Statement s = db.prepare(QStringLiteral(
            "SELECT count(*), coalesce(sum(e.person_id IN (SELECT id FROM person WHERE gender = "
            "'female' "
            "AND deleted = 0)), 0) FROM offering o JOIN enrollment e ON e.offering_id = o.id "
            "AND e.deleted = 0 WHERE o.semester = ? AND o.deleted = 0"));
        s.bind(1, current.toStorage());
        if (s.next()) {
            c.enrollmentsThisSemester = s.int64(0);
            c.enrollmentsThisSemesterFemale = s.int64(1);
        }
    }
    c.enrollmentsPreviousSemester
        = one(QStringLiteral("SELECT count(*) FROM offering o JOIN enrollment e ON e.offering_id = "
                             "o.id AND e.deleted = 0 "
                             "WHERE o.semester = ? AND o.deleted = 0"),
            previous.toStorage());
    return c;
}

} // namespace ef
