#include "BareSqliteSink.h"

#include "certificates/Certificate.h"
#include "courses/Course.h"
#include "courses/Enrollment.h"
#include "courses/Offering.h"
#include "institutions/Institution.h"
#include "partnerships/Partnership.h"
#include "people/Person.h"
#include "records/Description.h"
#include "training/Participation.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

#include <sqlite3.h>
#include <vector>

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

void bindOne(sqlite3_stmt *s, int i, const QString &v)
{
    text(s, i, v);
}

void bindOne(sqlite3_stmt *s, int i, const Uuid &v)
{
    id(s, i, v);
}

void bindOne(sqlite3_stmt *s, int i, const QDate &v)
{
    date(s, i, v);
}

void bindOne(sqlite3_stmt *s, int i, std::optional<double> v)
{
    real(s, i, v);
}

void bindOne(sqlite3_stmt *s, int i, std::optional<int> v)
{
    if (v)
        sqlite3_bind_int(s, i, *v);
    else
        sqlite3_bind_null(s, i);
}

void bindOne(sqlite3_stmt *s, int i, double v)
{
    sqlite3_bind_double(s, i, v);
}

void bindOne(sqlite3_stmt *s, int i, int v)
{
    sqlite3_bind_int(s, i, v);
}

void bindOne(sqlite3_stmt *s, int i, bool v)
{
    sqlite3_bind_int(s, i, v ? 1 : 0);
}

void bindOne(sqlite3_stmt *s, int i, const Semester &v)
{
    sqlite3_bind_int64(s, i, v.toStorage());
}

template <class E>
requires std::is_enum_v<E>
void bindOne(sqlite3_stmt *s, int i, E v)
{
    word(s, i, enumText(v));
}

// The parameter of a member in its kind's insertSql(): id, hlc and device are 1 to 3, the
// mapping's columns follow (owner_id, deleted, then the description's fields in order).
template <class T> int parameterOf(std::size_t offset)
{
    static const std::vector<std::size_t> offsets = [] {
        std::vector<std::size_t> out;
        for (const FieldSpec<T> &f : T::description().fields())
            out.push_back(f.offset);
        return out;
    }();
    for (std::size_t i = 0; i < offsets.size(); ++i)
        if (offsets[i] == offset)
            return int(i) + 6;
    return 0; // binding parameter 0 fails: a member with no field is a bug in the benchmark
}

// Binds the record's members by hand, one sqlite3_bind_* each, at the parameters the kind's
// description gives them: the baseline restates no column name or position.
template <class T> class Bare
{
public:
    Bare(sqlite3_stmt *s, const T &r, long long hlc)
        : m_s(s)
        , m_r(r)
    {
        id(s, 1, r.id);
        sqlite3_bind_int64(s, 2, hlc);
        sqlite3_bind_int(s, 3, 1);
        id(s, 4, r.ownerId);
        sqlite3_bind_int(s, 5, 0);
    }
    template <class M> const Bare &operator()(M T::*member) const
    {
        bindOne(m_s, parameterOf<T>(Description<T>::offsetOf(member)), m_r.*member);
        return *this;
    }

private:
    sqlite3_stmt *m_s;
    const T &m_r;
};

} // namespace

BareSqliteSink::~BareSqliteSink()
{
    for (sqlite3_stmt *s : m_statements)
        sqlite3_finalize(s);
}

sqlite3_stmt *BareSqliteSink::statement(int slot, const QString &sql)
{
    if (!m_statements[slot])
        sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &m_statements[slot], nullptr);
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

Result<void, StoreError> BareSqliteSink::put(Institution &r)
{
    using T = Institution;
    sqlite3_stmt *s = statement(0, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::kind) (&T::nameEn) (&T::nameRu) (&T::nameKk) (&T::shortName) (
        &T::country) (&T::region) (&T::city) (&T::bin) (&T::pic)(&T::website);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Person &r)
{
    using T = Person;
    sqlite3_stmt *s = statement(1, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::institutionId) (&T::familyName) (&T::givenName) (&T::patronymic) (
        &T::familyNameLatin) (&T::givenNameLatin) (&T::gender) (&T::email) (&T::phone)(&T::roles);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Partnership &r)
{
    using T = Partnership;
    sqlite3_stmt *s = statement(2, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::kind) (&T::status) (&T::title) (&T::universityId) (
        &T::partnerId) (&T::projectId) (&T::signedOn) (&T::startsOn) (&T::endsOn) (
        &T::internshipsOffered) (&T::studentsPlaced)(&T::notes);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(TrainingProgramme &r)
{
    using T = TrainingProgramme;
    sqlite3_stmt *s = statement(3, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::code) (&T::titleEn) (&T::titleRu) (&T::titleKk) (&T::topic) (
        &T::standard) (&T::hours)(&T::projectId);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(TrainingEvent &r)
{
    using T = TrainingEvent;
    sqlite3_stmt *s = statement(4, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::programmeId) (&T::kind) (&T::title) (&T::startsOn) (&T::endsOn) (
        &T::mode) (&T::hostId) (&T::place) (&T::city) (&T::country)(&T::hours);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Participation &r)
{
    using T = Participation;
    sqlite3_stmt *s = statement(5, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::eventId) (&T::personId) (&T::attendedHours) (&T::assessment)(
        &T::result);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Certificate &r)
{
    using T = Certificate;
    sqlite3_stmt *s = statement(6, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::personId) (&T::programmeId) (&T::eventId) (&T::number) (
        &T::level) (&T::issuedOn) (&T::validUntil) (&T::status) (&T::replacesId) (&T::revokedOn)(
        &T::revocationReason);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Course &r)
{
    using T = Course;
    sqlite3_stmt *s = statement(7, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::code) (&T::titleEn) (&T::titleRu) (&T::titleKk) (&T::area) (
        &T::ects) (&T::languages) (&T::delivery) (&T::providerId) (&T::accreditationAgencyId) (
        &T::accreditationStatus) (&T::accreditedOn) (&T::accreditedUntil) (&T::climateNeutral) (
        &T::genderInclusive)(&T::learningOutcomes);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Offering &r)
{
    using T = Offering;
    sqlite3_stmt *s = statement(8, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::courseId) (&T::institutionId) (&T::semester) (&T::language) (
        &T::instructorId)(&T::capacity);
    return step(s);
}

Result<void, StoreError> BareSqliteSink::put(Enrollment &r)
{
    using T = Enrollment;
    sqlite3_stmt *s = statement(9, T::description().mapping().insertSql());
    Bare<T>(s, r, m_clock++) (&T::offeringId) (&T::personId) (&T::status) (&T::grade)(
        &T::enrolledOn);
    return step(s);
}

} // namespace ef
