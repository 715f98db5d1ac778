// Every validation rule of every domain type: a valid record has no problem, and each rule broken
// on its own yields a problem on exactly that field.
#include "QtPrinters.h"
#include "domain/Attachment.h"
#include "domain/Certificate.h"
#include "domain/Course.h"
#include "domain/Enrollment.h"
#include "domain/Indicator.h"
#include "domain/Institution.h"
#include "domain/Offering.h"
#include "domain/Participation.h"
#include "domain/Partnership.h"
#include "domain/Person.h"
#include "domain/Project.h"
#include "domain/TrainingEvent.h"
#include "domain/TrainingProgramme.h"
#include "domain/Validation.h"
#include "util/Clock.h"

#include <QRandomGenerator>
#include <functional>
#include <gtest/gtest.h>

using namespace ef;

namespace {

QRandomGenerator rng(5);
Uuid id()
{
    return Uuid::v7(1'764'000'000'000, rng);
}

template <class T> void expectValid(const T &r)
{
    const Problems p = r.validate();
    EXPECT_TRUE(p.isEmpty()) << (p.isEmpty()
            ? ""
            : (p.first().field + QStringLiteral(": ") + p.first().message).toStdString());
}

// Breaks a valid record with `change` and expects problems on `field` only.
template <class T>
void expectOnly(T valid, const std::function<void(T &)> &change, const char *field)
{
    change(valid);
    const Problems p = valid.validate();
    ASSERT_FALSE(p.isEmpty()) << "no problem reported for " << field;
    for (const Problem &problem : p) {
        EXPECT_EQ(problem.field, QString::fromLatin1(field));
        EXPECT_FALSE(problem.message.isEmpty());
    }
}

Institution institution()
{
    Institution i;
    i.ownerId = id();
    i.nameKk = QStringLiteral("Қазақ ұлттық аграрлық зерттеу университеті");
    i.country = QStringLiteral("KZ");
    return i;
}

} // namespace

TEST(Validation, BinCheckDigit)
{
    // 0·1 + 0·2 + 0·3 + 1·4 + 4·5 = 24, and 24 mod 11 = 2.
    EXPECT_TRUE(Validation::isValidBin(u"000140000002"));
    EXPECT_FALSE(Validation::isValidBin(u"000140000004")); // wrong check digit
    EXPECT_FALSE(Validation::isValidBin(u"00014000000")); // 11 digits
    EXPECT_FALSE(Validation::isValidBin(u"00014000000a"));
    // First pass 71 mod 11 = 5.
    EXPECT_TRUE(Validation::isValidBin(u"991200000035"));
    // 9·1 + 9·2 + 1·3 + 2·4 + 1·5 + 3·11 = 76, 76 mod 11 = 10: the second weights (3 … 11, 1, 2)
    // decide: 9·3 + 9·4 + 1·5 + 2·6 + 1·7 + 3·2 = 93, 93 mod 11 = 5.
    EXPECT_TRUE(Validation::isValidBin(u"991210000035"));
    EXPECT_FALSE(Validation::isValidBin(u"991210000030"));

    // The check digit catches most single-digit typos (not all: the 11th digit weighs 11 in the
    // first pass, and the second pass can hide a change). Typing a BIN wrong is still caught
    // far more often than not.
    int typos = 0, caught = 0;
    for (int serial = 0; serial < 300; ++serial) {
        const QString first
            = QStringLiteral("9912%1").arg(serial * 7919 % 10000000, 7, 10, QLatin1Char('0'));
        for (int c = 0; c < 10; ++c) {
            const QString bin = first + QChar(u'0' + c);
            if (!Validation::isValidBin(bin))
                continue;
            for (int pos = 0; pos < 12; ++pos) {
                QString other = bin;
                other[pos] = QChar(u'0' + (bin[pos].unicode() - u'0' + 1) % 10);
                ++typos;
                caught += Validation::isValidBin(other) ? 0 : 1;
            }
        }
    }
    EXPECT_GT(typos, 2500);
    EXPECT_GT(double(caught) / typos, 0.85);
}

TEST(Validation, Institution)
{
    expectValid(institution());
    expectOnly<Institution>(
        institution(), [](auto &r) { r.nameKk.clear(); }, "name_en");
    expectOnly<Institution>(
        institution(), [](auto &r) { r.country = QStringLiteral("kz"); }, "country");
    expectOnly<Institution>(
        institution(), [](auto &r) { r.bin = QStringLiteral("000140000005"); }, "bin");
    expectOnly<Institution>(
        institution(),
        [](auto &r) {
            r.country = QStringLiteral("PT");
            r.bin = QStringLiteral("000140000002");
        },
        "bin");
    expectOnly<Institution>(
        institution(), [](auto &r) { r.pic = QStringLiteral("12345"); }, "pic");
    expectOnly<Institution>(
        institution(), [](auto &r) { r.website = QStringLiteral("kaznaru.edu.kz"); }, "website");
    expectOnly<Institution>(
        institution(), [](auto &r) { r.ownerId = {}; }, "owner_id");
}

TEST(Validation, Person)
{
    Person p;
    p.ownerId = id();
    p.familyName = QStringLiteral("Өтепов");
    p.givenName = QStringLiteral("Бауыржан");
    p.familyNameLatin = QStringLiteral("Ötepov");
    p.email = QStringLiteral("b.otepov@example.kz");
    p.phone = QStringLiteral("+7 (701) 123-45-67");
    expectValid(p);
    expectOnly<Person>(
        p, [](auto &r) { r.familyName = QStringLiteral("  "); }, "family_name");
    expectOnly<Person>(
        p, [](auto &r) { r.givenName.clear(); }, "given_name");
    expectOnly<Person>(
        p, [](auto &r) { r.familyNameLatin = QStringLiteral("Өтепов"); }, "family_name_latin");
    expectOnly<Person>(
        p, [](auto &r) { r.email = QStringLiteral("b.otepov@"); }, "email");
    expectOnly<Person>(
        p, [](auto &r) { r.phone = QStringLiteral("12-34"); }, "phone");
    expectOnly<Person>(
        p, [](auto &r) { r.phone = QStringLiteral("+7 701 abc 45 67"); }, "phone");
    expectOnly<Person>(
        p, [](auto &r) { r.roles = 16; }, "roles");
}

TEST(Validation, Project)
{
    Project p;
    p.ownerId = id();
    p.code = QStringLiteral("101179805");
    p.acronym = QStringLiteral("EduFusion");
    p.title = QStringLiteral("EduFusion");
    p.startsOn = QDate(2024, 12, 1);
    p.endsOn = QDate(2028, 11, 30);
    expectValid(p);
    expectOnly<Project>(
        p, [](auto &r) { r.endsOn = QDate(2024, 11, 30); }, "ends_on");
    expectOnly<Project>(
        p, [](auto &r) { r.acronym = QString(31, u'A'); }, "acronym");
    expectOnly<Project>(
        p, [](auto &r) { r.startsOn = {}; }, "starts_on");
}

TEST(Validation, Indicator)
{
    Indicator i;
    i.ownerId = id();
    i.projectId = id();
    i.code = QStringLiteral("TDSS-2");
    i.nameEn = QStringLiteral("Certified to an international standard");
    i.unit = IndicatorUnit::Percent;
    i.measure = QStringLiteral("educators_certified_international_share");
    i.target = 50;
    expectValid(i);
    expectOnly<Indicator>(
        i, [](auto &r) { r.target = 150; }, "target");
    expectOnly<Indicator>(
        i, [](auto &r) { r.target = -1; }, "target");
    expectOnly<Indicator>(
        i, [](auto &r) { r.baseline = -5; }, "baseline");
    expectOnly<Indicator>(
        i, [](auto &r) { r.measure = QStringLiteral("Educators Certified"); }, "measure");
}

TEST(Validation, PartnershipAndItsLifecycle)
{
    Partnership p;
    p.ownerId = id();
    p.title = QStringLiteral("Меморандум");
    p.universityId = id();
    p.partnerId = id();
    p.status = PartnershipStatus::Active;
    p.signedOn = QDate(2025, 3, 1);
    p.startsOn = QDate(2025, 3, 1);
    p.endsOn = QDate(2028, 2, 28);
    expectValid(p);
    expectOnly<Partnership>(
        p, [](auto &r) { r.partnerId = r.universityId; }, "partner_id");
    expectOnly<Partnership>(
        p, [](auto &r) { r.endsOn = QDate(2025, 1, 1); }, "ends_on");
    expectOnly<Partnership>(
        p, [](auto &r) { r.signedOn = {}; }, "signed_on");
    expectOnly<Partnership>(
        p, [](auto &r) { r.studentsPlaced = -1; }, "students_placed");
    expectOnly<Partnership>(
        p, [](auto &r) { r.internshipsOffered = -3; }, "internships_offered");

    using S = PartnershipStatus;
    EXPECT_TRUE(Partnership::canMove(S::Proposed, S::Negotiating));
    EXPECT_TRUE(Partnership::canMove(S::Negotiating, S::Signed));
    EXPECT_TRUE(Partnership::canMove(S::Signed, S::Active));
    EXPECT_TRUE(Partnership::canMove(S::Active, S::Completed));
    EXPECT_TRUE(Partnership::canMove(S::Negotiating, S::Terminated));
    EXPECT_FALSE(Partnership::canMove(S::Signed, S::Negotiating));
    EXPECT_FALSE(Partnership::canMove(S::Completed, S::Active));
    EXPECT_FALSE(Partnership::canMove(S::Proposed, S::Completed));
    EXPECT_LT(Partnership::lifecycleRank(S::Negotiating), Partnership::lifecycleRank(S::Signed));
}

TEST(Validation, Attachment)
{
    Attachment a;
    a.ownerId = id();
    a.partnershipId = id();
    a.fileName = QStringLiteral("Меморандум.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.size = 10;
    a.sha256 = QByteArray(32, 'x');
    a.addedOn = QDate(2026, 1, 1);
    expectValid(a);
    expectOnly<Attachment>(
        a, [](auto &r) { r.sha256 = QByteArray(20, 'x'); }, "sha256");
    expectOnly<Attachment>(
        a, [](auto &r) { r.fileName = QStringLiteral("../etc/passwd"); }, "file_name");
    expectOnly<Attachment>(
        a, [](auto &r) { r.mimeType = QStringLiteral("pdf"); }, "mime_type");
    expectOnly<Attachment>(
        a, [](auto &r) { r.size = -1; }, "size");
}

TEST(Validation, TrainingProgrammeAndEvent)
{
    TrainingProgramme t;
    t.ownerId = id();
    t.code = QStringLiteral("TDSS-TP");
    t.titleRu = QStringLiteral("Подготовка тренеров");
    t.hours = 72;
    expectValid(t);
    expectOnly<TrainingProgramme>(
        t, [](auto &r) { r.titleRu.clear(); }, "title_en");
    expectOnly<TrainingProgramme>(
        t, [](auto &r) { r.hours = 0; }, "hours");

    TrainingEvent e;
    e.ownerId = id();
    e.title = QStringLiteral("Trainer Preparation");
    e.startsOn = QDate(2026, 2, 16);
    e.endsOn = QDate(2026, 2, 20);
    e.city = QStringLiteral("Ust-Kamenogorsk");
    e.country = QStringLiteral("KZ");
    e.hours = 40;
    expectValid(e);
    expectOnly<TrainingEvent>(
        e, [](auto &r) { r.endsOn = QDate(2026, 2, 15); }, "ends_on");
    expectOnly<TrainingEvent>(
        e, [](auto &r) { r.country = QStringLiteral("Kazakhstan"); }, "country");
    expectOnly<TrainingEvent>(
        e, [](auto &r) { r.hours = 1001; }, "hours");
    expectOnly<TrainingEvent>(
        e, [](auto &r) { r.city.clear(); }, "city");
    TrainingEvent online = e;
    online.mode = EventMode::Online;
    online.city.clear();
    expectValid(online);
}

TEST(Validation, Participation)
{
    Participation p;
    p.ownerId = id();
    p.eventId = id();
    p.personId = id();
    p.attendedHours = 36;
    p.assessment = 88;
    expectValid(p);
    expectOnly<Participation>(
        p, [](auto &r) { r.attendedHours = -1; }, "attended_hours");
    expectOnly<Participation>(
        p, [](auto &r) { r.assessment = 101; }, "assessment");
    expectOnly<Participation>(
        p, [](auto &r) { r.eventId = {}; }, "event_id");
}

TEST(Validation, Certificate)
{
    Certificate c;
    c.id = id();
    c.ownerId = id();
    c.personId = id();
    c.number = QStringLiteral("EKTU-TP-2026-001");
    c.issuedOn = QDate(2026, 2, 27);
    c.validUntil = QDate(2029, 2, 27);
    expectValid(c);
    expectOnly<Certificate>(
        c, [](auto &r) { r.number = QStringLiteral("ektu tp 1"); }, "number");
    expectOnly<Certificate>(
        c, [](auto &r) { r.validUntil = QDate(2025, 1, 1); }, "valid_until");
    expectOnly<Certificate>(
        c,
        [](auto &r) {
            r.status = CertificateStatus::Revoked;
            r.revokedOn = QDate(2026, 4, 1);
        },
        "revocation_reason");
    expectOnly<Certificate>(
        c,
        [](auto &r) {
            r.status = CertificateStatus::Revoked;
            r.revocationReason = QStringLiteral("Wrong name");
        },
        "revoked_on");
    expectOnly<Certificate>(
        c, [](auto &r) { r.revocationReason = QStringLiteral("Wrong name"); }, "status");
    expectOnly<Certificate>(
        c, [](auto &r) { r.replacesId = r.id; }, "replaces_id");
    EXPECT_LT(Certificate::lifecycleRank(CertificateStatus::Superseded),
        Certificate::lifecycleRank(CertificateStatus::Revoked));
}

TEST(Validation, Course)
{
    Course c;
    c.ownerId = id();
    c.code = QStringLiteral("EKTU-STEAM-101");
    c.titleKk = QStringLiteral("Инженерлерге арналған робототехника");
    c.ects = 5;
    c.languages = QStringLiteral("kk,ru,en");
    expectValid(c);
    EXPECT_EQ(c.languageList(),
        (QStringList {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}));
    expectOnly<Course>(
        c, [](auto &r) { r.titleKk.clear(); }, "title_en");
    expectOnly<Course>(
        c, [](auto &r) { r.code = QStringLiteral("steam 101"); }, "code");
    expectOnly<Course>(
        c, [](auto &r) { r.ects = 0; }, "ects");
    expectOnly<Course>(
        c, [](auto &r) { r.ects = 61; }, "ects");
    expectOnly<Course>(
        c, [](auto &r) { r.ects = 4.3; }, "ects");
    expectOnly<Course>(
        c, [](auto &r) { r.languages = QStringLiteral("kk,de"); }, "languages");
    expectOnly<Course>(
        c, [](auto &r) { r.languages = QStringLiteral("kk,kk"); }, "languages");
    expectOnly<Course>(
        c, [](auto &r) { r.languages.clear(); }, "languages");
    expectOnly<Course>(
        c,
        [](auto &r) {
            r.accreditationStatus = AccreditationStatus::Accredited;
            r.accreditedOn = QDate(2025, 6, 30);
        },
        "accreditation_agency_id");
    expectOnly<Course>(
        c,
        [](auto &r) {
            r.accreditedOn = QDate(2025, 6, 30);
            r.accreditedUntil = QDate(2024, 1, 1);
        },
        "accredited_until");
    Course half = c;
    half.ects = 4.5;
    expectValid(half);
}

TEST(Validation, OfferingAndEnrollment)
{
    Offering o;
    o.ownerId = id();
    o.courseId = id();
    o.institutionId = id();
    o.semester = Semester(2026, Semester::Term::Autumn);
    o.language = QStringLiteral("kk");
    o.capacity = 30;
    expectValid(o);
    expectOnly<Offering>(
        o, [](auto &r) { r.semester = {}; }, "semester");
    expectOnly<Offering>(
        o, [](auto &r) { r.language = QStringLiteral("de"); }, "language");
    expectOnly<Offering>(
        o, [](auto &r) { r.capacity = 0; }, "capacity");

    Enrollment e;
    e.ownerId = id();
    e.offeringId = id();
    e.personId = id();
    e.enrolledOn = QDate(2026, 9, 15);
    e.status = EnrollmentStatus::Completed;
    e.grade = 91;
    expectValid(e);
    expectOnly<Enrollment>(
        e, [](auto &r) { r.grade = 120; }, "grade");
    expectOnly<Enrollment>(
        e, [](auto &r) { r.status = EnrollmentStatus::Enrolled; }, "grade");
    expectOnly<Enrollment>(
        e, [](auto &r) { r.enrolledOn = {}; }, "enrolled_on");
}

TEST(Semester, OrderKeysAndNeighbours)
{
    const Semester autumn(2025, Semester::Term::Autumn);
    EXPECT_EQ(autumn.toStorage(), 20253);
    EXPECT_EQ(Semester::fromStorage(20253), autumn);
    EXPECT_EQ(autumn.next(), Semester(2026, Semester::Term::Spring));
    EXPECT_EQ(Semester(2026, Semester::Term::Spring).previous(), autumn);
    EXPECT_LT(autumn, Semester(2026, Semester::Term::Spring));
    EXPECT_EQ(Semester::fromKey(u"2025-autumn"), autumn);
    EXPECT_EQ(autumn.toKey(), QStringLiteral("2025-autumn"));
    EXPECT_FALSE(Semester::fromKey(u"2025-winter").isValid());
    EXPECT_FALSE(Semester::fromStorage(20254).isValid());
}
