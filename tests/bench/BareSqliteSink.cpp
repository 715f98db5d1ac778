#include "BareSqliteSink.h"

#include "certificates/Certificate.h"
#include "courses/Course.h"
#include "courses/Enrollment.h"
#include "institutions/Institution.h"
#include "courses/Offering.h"
#include "training/Participation.h"
#include "partnerships/Partnership.h"
#include "people/Person.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

#include <sqlite3.h>

namespace ef {

namespace {

void text(sqlite3_stmt *s, int i, const QString &v)
{
    if (v.isEmpty()) {
        sqlite3_bind_null(s, i);
        return;
    }
    const QByteArray u = v.toUtf8();
    sqlite3_bind_text(s, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
}

void word(sqlite3_stmt *s, int i, QLatin1StringView v)
{
    sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_STATIC);
}

void id(sqlite3_stmt *s, int i, const Uuid &v)
{
    if (v.isNull())
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_blob(s, i, v.data(), 16, SQLITE_TRANSIENT);
}

void date(sqlite3_stmt *s, int i, const QDate &d)
{
    if (!d.isValid()) {
        sqlite3_bind_null(s, i);
        return;
    }
    char buf[11];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    sqlite3_bind_text(s, i, buf, 10, SQLITE_TRANSIENT);
}

void real(sqlite3_stmt *s, int i, std::optional<double> v)
{
    if (v)
        sqlite3_bind_double(s, i, *v);
    else
        sqlite3_bind_null(s, i);
}

} // namespace

BareSqliteSink::~BareSqliteSink()
{
    for (sqlite3_stmt *s : m_statements)
        sqlite3_finalize(s);
}

sqlite3_stmt *BareSqliteSink::statement(int slot, const char *sql)
{
    if (!m_statements[slot])
        sqlite3_prepare_v2(m_db, sql, -1, &m_statements[slot], nullptr);
    return m_statements[slot];
}

Result<void, StoreError> BareSqliteSink::step(sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return unexpected(StoreError::fromDb(
            {rc, QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(sqlite3_sql(s))}));
    return {};
}

Result<void, StoreError> BareSqliteSink::batch(const std::function<Result<void, StoreError>()> &fn)
{
    sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    auto r = fn();
    sqlite3_exec(m_db, r ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr);
    return r;
}

// Every statement starts (id, owner_id, deleted, hlc, device, ...).
#define EF_COMMON(s, r)                                                                            \
    id(s, 1, r.id);                                                                                \
    id(s, 2, r.ownerId);                                                                           \
    sqlite3_bind_int(s, 3, 0);                                                                     \
    sqlite3_bind_int64(s, 4, m_clock++);                                                           \
    sqlite3_bind_int(s, 5, 1)

Result<void, StoreError> BareSqliteSink::put(Institution &r)
{
    auto *s = statement(0,
        "INSERT INTO institution (id, owner_id, deleted, hlc, device, kind, name_en, name_ru, "
        "name_kk, short_name, country, region, city, bin, pic, website) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    word(s, 6, enumText(r.kind));
    text(s, 7, r.nameEn);
    text(s, 8, r.nameRu);
    text(s, 9, r.nameKk);
    text(s, 10, r.shortName);
    text(s, 11, r.country);
    text(s, 12, r.region);
    text(s, 13, r.city);
    text(s, 14, r.bin);
    text(s, 15, r.pic);
    text(s, 16, r.website);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Person &r)
{
    auto *s = statement(1,
        "INSERT INTO person (id, owner_id, deleted, hlc, device, institution_id, family_name, "
        "given_name, patronymic, family_name_latin, given_name_latin, gender, email, phone, "
        "roles) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    id(s, 6, r.institutionId);
    text(s, 7, r.familyName);
    text(s, 8, r.givenName);
    text(s, 9, r.patronymic);
    text(s, 10, r.familyNameLatin);
    text(s, 11, r.givenNameLatin);
    word(s, 12, enumText(r.gender));
    text(s, 13, r.email);
    text(s, 14, r.phone);
    sqlite3_bind_int(s, 15, r.roles);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Partnership &r)
{
    auto *s = statement(2,
        "INSERT INTO partnership (id, owner_id, deleted, hlc, device, kind, status, title, "
        "university_id, partner_id, project_id, signed_on, starts_on, ends_on, "
        "internships_offered, students_placed, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    word(s, 6, enumText(r.kind));
    word(s, 7, enumText(r.status));
    text(s, 8, r.title);
    id(s, 9, r.universityId);
    id(s, 10, r.partnerId);
    id(s, 11, r.projectId);
    date(s, 12, r.signedOn);
    date(s, 13, r.startsOn);
    date(s, 14, r.endsOn);
    sqlite3_bind_int(s, 15, r.internshipsOffered);
    sqlite3_bind_int(s, 16, r.studentsPlaced);
    text(s, 17, r.notes);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(TrainingProgramme &r)
{
    auto *s = statement(3,
        "INSERT INTO training_programme (id, owner_id, deleted, hlc, device, code, title_en, "
        "title_ru, title_kk, topic, standard, hours, project_id) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    text(s, 6, r.code);
    text(s, 7, r.titleEn);
    text(s, 8, r.titleRu);
    text(s, 9, r.titleKk);
    word(s, 10, enumText(r.topic));
    word(s, 11, enumText(r.standard));
    sqlite3_bind_double(s, 12, r.hours);
    id(s, 13, r.projectId);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(TrainingEvent &r)
{
    auto *s = statement(4,
        "INSERT INTO training_event (id, owner_id, deleted, hlc, device, programme_id, kind, "
        "title, starts_on, ends_on, mode, host_id, place, city, country, hours) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    id(s, 6, r.programmeId);
    word(s, 7, enumText(r.kind));
    text(s, 8, r.title);
    date(s, 9, r.startsOn);
    date(s, 10, r.endsOn);
    word(s, 11, enumText(r.mode));
    id(s, 12, r.hostId);
    text(s, 13, r.place);
    text(s, 14, r.city);
    text(s, 15, r.country);
    sqlite3_bind_double(s, 16, r.hours);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Participation &r)
{
    auto *s = statement(5,
        "INSERT INTO participation (id, owner_id, deleted, hlc, device, event_id, person_id, "
        "attended_hours, assessment, result) VALUES (?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    id(s, 6, r.eventId);
    id(s, 7, r.personId);
    sqlite3_bind_double(s, 8, r.attendedHours);
    real(s, 9, r.assessment);
    word(s, 10, enumText(r.result));
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Certificate &r)
{
    auto *s = statement(6,
        "INSERT INTO certificate (id, owner_id, deleted, hlc, device, person_id, programme_id, "
        "event_id, number, level, issued_on, valid_until, status, replaces_id, revoked_on, "
        "revocation_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    id(s, 6, r.personId);
    id(s, 7, r.programmeId);
    id(s, 8, r.eventId);
    text(s, 9, r.number);
    word(s, 10, enumText(r.level));
    date(s, 11, r.issuedOn);
    date(s, 12, r.validUntil);
    word(s, 13, enumText(r.status));
    id(s, 14, r.replacesId);
    date(s, 15, r.revokedOn);
    text(s, 16, r.revocationReason);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Course &r)
{
    auto *s = statement(7,
        "INSERT INTO course (id, owner_id, deleted, hlc, device, code, title_en, title_ru, "
        "title_kk, area, ects, languages, delivery, provider_id, accreditation_agency_id, "
        "accreditation_status, accredited_on, accredited_until, climate_neutral, "
        "gender_inclusive, learning_outcomes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    text(s, 6, r.code);
    text(s, 7, r.titleEn);
    text(s, 8, r.titleRu);
    text(s, 9, r.titleKk);
    word(s, 10, enumText(r.area));
    sqlite3_bind_double(s, 11, r.ects);
    text(s, 12, r.languages);
    word(s, 13, enumText(r.delivery));
    id(s, 14, r.providerId);
    id(s, 15, r.accreditationAgencyId);
    word(s, 16, enumText(r.accreditationStatus));
    date(s, 17, r.accreditedOn);
    date(s, 18, r.accreditedUntil);
    sqlite3_bind_int(s, 19, r.climateNeutral);
    sqlite3_bind_int(s, 20, r.genderInclusive);
    text(s, 21, r.learningOutcomes);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Offering &r)
{
    auto *s = statement(8,
        "INSERT INTO offering (id, owner_id, deleted, hlc, device, course_id, institution_id, "
        "semester, language, instructor_id, capacity) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    id(s, 6, r.courseId);
    id(s, 7, r.institutionId);
    sqlite3_bind_int64(s, 8, r.semester.toStorage());
    text(s, 9, r.language);
    id(s, 10, r.instructorId);
    if (r.capacity)
        sqlite3_bind_int(s, 11, *r.capacity);
    else
        sqlite3_bind_null(s, 11);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Enrollment &r)
{
    auto *s = statement(9,
        "INSERT INTO enrollment (id, owner_id, deleted, hlc, device, offering_id, person_id, "
        "status, grade, enrolled_on) VALUES (?,?,?,?,?,?,?,?,?,?)");
    EF_COMMON(s, r);
    id(s, 6, r.offeringId);
    id(s, 7, r.personId);
    word(s, 8, enumText(r.status));
    real(s, 9, r.grade);
    date(s, 10, r.enrolledOn);
    return step(s);
}

#undef EF_COMMON

} // namespace ef
