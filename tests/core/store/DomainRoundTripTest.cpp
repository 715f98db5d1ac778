// Every domain type through the store: what Store::insert writes, Store::get reads back member
// for member, and a record that breaks a rule is refused with its field and writes nothing.
#include "TempStore.h"
#include "partnerships/Attachment.h"
#include "certificates/Certificate.h"
#include "courses/Course.h"
#include "courses/Enrollment.h"
#include "training/EventTrainer.h"
#include "projects/Indicator.h"
#include "projects/IndicatorValue.h"
#include "institutions/Institution.h"
#include "courses/Offering.h"
#include "training/Participation.h"
#include "partnerships/Partnership.h"
#include "partnerships/PartnershipContact.h"
#include "people/Person.h"
#include "projects/Project.h"
#include "projects/ProjectPartner.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

#include <QCryptographicHash>
#include <gtest/gtest.h>

using namespace ef;

// Failed comparisons show values, not bytes; static, so no other test's printer clashes.
namespace ef {
static void PrintTo(const Uuid &u, std::ostream *os)
{
    *os << u.toString().toStdString();
}
} // namespace ef
QT_BEGIN_NAMESPACE
static void PrintTo(const QDate &d, std::ostream *os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(no date)"));
}
QT_END_NAMESPACE

namespace {

#define EXPECT_SAME(member) EXPECT_EQ(back.member, sent.member) << #member

// Inserts `sent`, reads it back by id and hands both to `compare`.
template <class T, class Compare> void roundTrip(test::TempStore &s, T &sent, Compare compare)
{
    const auto inserted = s->insert(sent);
    ASSERT_TRUE(inserted) << inserted.error().message.toStdString();
    ASSERT_FALSE(sent.id.isNull());
    const std::optional<T> got = s->get<T>(sent.id);
    ASSERT_TRUE(got);
    const T &back = *got;
    EXPECT_SAME(id);
    EXPECT_SAME(ownerId);
    EXPECT_SAME(deleted);
    compare(back);
}

// Inserting `record` with `field` broken is refused as invalid, names the field, adds no row.
template <class T> void expectRefused(test::TempStore &s, T record, const char *field)
{
    SCOPED_TRACE(field);
    const QString table = T::description().mapping().table();
    const qint64 before = s->count(table);
    record.id = {};
    const auto r = s->insert(record);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, StoreError::Kind::Invalid);
    EXPECT_TRUE(hasProblem(r.error().problems, QString::fromLatin1(field)));
    EXPECT_EQ(s->count(table), before);
}

// The whole graph of the three programmes, each record with every field filled, so a column
// that is not written or not read back shows up.
class DomainRoundTrip : public ::testing::Test
{
protected:
    test::TempStore s;
    Uuid home = s.homeInstitution();

    Institution company()
    {
        Institution i;
        i.ownerId = home;
        i.kind = InstitutionKind::Company;
        i.nameEn = QStringLiteral("Altai Polymetal LLP");
        i.nameRu = QStringLiteral("ТОО «Алтай Полиметалл»");
        i.nameKk = QStringLiteral("«Алтай Полиметалл» ЖШС");
        i.shortName = QStringLiteral("Altai Polymetal");
        i.country = QStringLiteral("KZ");
        i.region = QStringLiteral("East Kazakhstan");
        i.city = QStringLiteral("Ust-Kamenogorsk");
        i.bin = QStringLiteral("990340001250");
        i.pic = QStringLiteral("949817461");
        i.website = QStringLiteral("https://altai.example.kz");
        return i;
    }
    Person person()
    {
        Person p;
        p.ownerId = home;
        p.institutionId = home;
        p.familyName = QStringLiteral("Жұмабекова");
        p.givenName = QStringLiteral("Әйгерім");
        p.patronymic = QStringLiteral("Серікқызы");
        p.familyNameLatin = QStringLiteral("Zhumabekova");
        p.givenNameLatin = QStringLiteral("Aigerim");
        p.gender = Gender::Female;
        p.email = QStringLiteral("aigerim@example.kz");
        p.phone = QStringLiteral("+7 701 123 45 67");
        p.setRoles(PersonRole::Educator | PersonRole::Trainer);
        return p;
    }
    Project project()
    {
        Project p;
        p.ownerId = home;
        p.code = QStringLiteral("101179805");
        p.acronym = QStringLiteral("EduFusion");
        p.title = QStringLiteral("EduFusion");
        p.programme = QStringLiteral("Erasmus+ CBHE");
        p.callId = QStringLiteral("ERASMUS-EDU-2024-CBHE");
        p.coordinatorId = home;
        p.startsOn = QDate(2024, 12, 1);
        p.endsOn = QDate(2028, 11, 30);
        return p;
    }
    Partnership partnership(const Uuid &partner, const Uuid &projectId)
    {
        Partnership p;
        p.ownerId = home;
        p.kind = PartnershipKind::DualEducation;
        p.status = PartnershipStatus::Active;
        p.title = QStringLiteral("Dual education in mining engineering");
        p.universityId = home;
        p.partnerId = partner;
        p.projectId = projectId;
        p.signedOn = QDate(2025, 2, 20);
        p.startsOn = QDate(2025, 3, 1);
        p.endsOn = QDate(2028, 2, 28);
        p.internshipsOffered = 12;
        p.studentsPlaced = 7;
        p.notes = QStringLiteral("Renewal in 2027.");
        return p;
    }
    TrainingProgramme programme(const Uuid &projectId)
    {
        TrainingProgramme t;
        t.ownerId = home;
        t.code = QStringLiteral("TDSS-TP");
        t.titleEn = QStringLiteral("Trainer Preparation");
        t.titleRu = QStringLiteral("Подготовка тренеров");
        t.titleKk = QStringLiteral("Тренерлерді даярлау");
        t.topic = TrainingTopic::ReflectivePractice;
        t.standard = CertificationStandard::International;
        t.hours = 72.5;
        t.projectId = projectId;
        return t;
    }
    TrainingEvent event(const Uuid &programmeId)
    {
        TrainingEvent e;
        e.ownerId = home;
        e.programmeId = programmeId;
        e.kind = EventKind::TrainTheTrainer;
        e.title = QStringLiteral("Trainer Preparation workshop");
        e.startsOn = QDate(2026, 2, 16);
        e.endsOn = QDate(2026, 2, 20);
        e.mode = EventMode::Hybrid;
        e.hostId = home;
        e.place = QStringLiteral("Main building, room 215");
        e.city = QStringLiteral("Ust-Kamenogorsk");
        e.country = QStringLiteral("KZ");
        e.hours = 40;
        return e;
    }
    Course course(const Uuid &agency)
    {
        Course c;
        c.ownerId = home;
        c.code = QStringLiteral("EKTU-STEAM-101");
        c.titleEn = QStringLiteral("Robotics for engineers");
        c.titleRu = QStringLiteral("Робототехника для инженеров");
        c.titleKk = QStringLiteral("Инженерлерге арналған робототехника");
        c.area = CourseArea::Entrepreneurship;
        c.ects = 4.5;
        c.languages = QStringLiteral("kk,en");
        c.delivery = CourseDelivery::Blended;
        c.providerId = home;
        c.accreditationAgencyId = agency;
        c.accreditationStatus = AccreditationStatus::Accredited;
        c.accreditedOn = QDate(2025, 6, 30);
        c.accreditedUntil = QDate(2030, 6, 29);
        c.climateNeutral = true;
        c.genderInclusive = true;
        c.learningOutcomes = QStringLiteral("Build and program a simple manipulator.");
        return c;
    }
    Offering offering(const Uuid &courseId, const Uuid &instructor)
    {
        Offering o;
        o.ownerId = home;
        o.courseId = courseId;
        o.institutionId = home;
        o.semester = Semester(2026, Semester::Term::Autumn);
        o.language = QStringLiteral("en");
        o.instructorId = instructor;
        o.capacity = 30;
        return o;
    }
};

} // namespace

TEST_F(DomainRoundTrip, Institution)
{
    Institution sent = company();
    roundTrip(s, sent, [&](const Institution &back) {
        EXPECT_SAME(kind);
        EXPECT_SAME(nameEn);
        EXPECT_SAME(nameRu);
        EXPECT_SAME(nameKk);
        EXPECT_SAME(shortName);
        EXPECT_SAME(country);
        EXPECT_SAME(region);
        EXPECT_SAME(city);
        EXPECT_SAME(bin);
        EXPECT_SAME(pic);
        EXPECT_SAME(website);
    });
    Institution bad = company();
    bad.bin = QStringLiteral("990350001250"); // one digit changed
    expectRefused(s, bad, "bin");
}

TEST_F(DomainRoundTrip, Person)
{
    Person sent = person();
    roundTrip(s, sent, [&](const Person &back) {
        EXPECT_SAME(institutionId);
        EXPECT_SAME(familyName);
        EXPECT_SAME(givenName);
        EXPECT_SAME(patronymic);
        EXPECT_SAME(familyNameLatin);
        EXPECT_SAME(givenNameLatin);
        EXPECT_SAME(gender);
        EXPECT_SAME(email);
        EXPECT_SAME(phone);
        EXPECT_SAME(roles);
    });
    Person bad = person();
    bad.givenNameLatin = QStringLiteral("Әйгерім");
    expectRefused(s, bad, "given_name_latin");
}

TEST_F(DomainRoundTrip, ProjectAndPartner)
{
    Project sent = project();
    roundTrip(s, sent, [&](const Project &back) {
        EXPECT_SAME(code);
        EXPECT_SAME(acronym);
        EXPECT_SAME(title);
        EXPECT_SAME(programme);
        EXPECT_SAME(callId);
        EXPECT_SAME(coordinatorId);
        EXPECT_SAME(startsOn);
        EXPECT_SAME(endsOn);
    });
    Project bad = project();
    bad.endsOn = QDate(2024, 11, 30);
    expectRefused(s, bad, "ends_on");

    Institution ipp = company();
    ipp.country = QStringLiteral("PT");
    ipp.bin.clear();
    ASSERT_TRUE(s->insert(ipp));
    ProjectPartner partner;
    partner.ownerId = home;
    partner.projectId = sent.id;
    partner.institutionId = ipp.id;
    partner.role = ProjectRole::Coordinator;
    roundTrip(s, partner, [&, sent = partner](const ProjectPartner &back) {
        EXPECT_SAME(projectId);
        EXPECT_SAME(institutionId);
        EXPECT_SAME(role);
    });
    ProjectPartner badPartner = partner;
    badPartner.projectId = {};
    expectRefused(s, badPartner, "project_id");
}

TEST_F(DomainRoundTrip, IndicatorAndValue)
{
    Project p = project();
    ASSERT_TRUE(s->insert(p));
    Indicator sent;
    sent.ownerId = home;
    sent.projectId = p.id;
    sent.code = QStringLiteral("TDSS-2");
    sent.nameEn = QStringLiteral("Educators certified to an international standard");
    sent.nameRu = QStringLiteral("Преподаватели с международным сертификатом");
    sent.nameKk = QStringLiteral("Халықаралық сертификаты бар оқытушылар");
    sent.unit = IndicatorUnit::Percent;
    sent.measure = QStringLiteral("educators_certified_international_share");
    sent.baseline = 12.5;
    sent.target = 50;
    roundTrip(s, sent, [&](const Indicator &back) {
        EXPECT_SAME(projectId);
        EXPECT_SAME(code);
        EXPECT_SAME(nameEn);
        EXPECT_SAME(nameRu);
        EXPECT_SAME(nameKk);
        EXPECT_SAME(unit);
        EXPECT_SAME(measure);
        EXPECT_SAME(baseline);
        EXPECT_SAME(target);
    });
    Indicator bad = sent;
    bad.target = 150;
    expectRefused(s, bad, "target");

    IndicatorValue value;
    value.ownerId = home;
    value.indicatorId = sent.id;
    value.measuredOn = QDate(2025, 12, 31);
    value.value = 37.25;
    value.note = QStringLiteral("Q4 labour-market analysis");
    roundTrip(s, value, [&, sent = value](const IndicatorValue &back) {
        EXPECT_SAME(indicatorId);
        EXPECT_SAME(measuredOn);
        EXPECT_SAME(value);
        EXPECT_SAME(note);
    });
    IndicatorValue badValue = value;
    badValue.measuredOn = {};
    expectRefused(s, badValue, "measured_on");
}

TEST_F(DomainRoundTrip, PartnershipContactAndAttachment)
{
    Institution partner = company();
    ASSERT_TRUE(s->insert(partner));
    Project p = project();
    ASSERT_TRUE(s->insert(p));
    Partnership sent = partnership(partner.id, p.id);
    roundTrip(s, sent, [&](const Partnership &back) {
        EXPECT_SAME(kind);
        EXPECT_SAME(status);
        EXPECT_SAME(title);
        EXPECT_SAME(universityId);
        EXPECT_SAME(partnerId);
        EXPECT_SAME(projectId);
        EXPECT_SAME(signedOn);
        EXPECT_SAME(startsOn);
        EXPECT_SAME(endsOn);
        EXPECT_SAME(internshipsOffered);
        EXPECT_SAME(studentsPlaced);
        EXPECT_SAME(notes);
    });
    Partnership bad = partnership(partner.id, p.id);
    bad.signedOn = {};
    expectRefused(s, bad, "signed_on");

    Person contactPerson = person();
    ASSERT_TRUE(s->insert(contactPerson));
    PartnershipContact contact;
    contact.ownerId = home;
    contact.partnershipId = sent.id;
    contact.personId = contactPerson.id;
    contact.role = QStringLiteral("HR manager");
    roundTrip(s, contact, [&, sent = contact](const PartnershipContact &back) {
        EXPECT_SAME(partnershipId);
        EXPECT_SAME(personId);
        EXPECT_SAME(role);
    });
    PartnershipContact badContact = contact;
    badContact.role = QString(101, u'x');
    expectRefused(s, badContact, "role");

    Attachment file;
    file.ownerId = home;
    file.partnershipId = sent.id;
    file.fileName = QStringLiteral("Меморандум 2025.pdf");
    file.mimeType = QStringLiteral("application/pdf");
    file.size = 184'320;
    file.sha256 = QCryptographicHash::hash("%PDF-1.7", QCryptographicHash::Sha256);
    file.addedOn = QDate(2025, 2, 21);
    roundTrip(s, file, [&, sent = file](const Attachment &back) {
        EXPECT_SAME(partnershipId);
        EXPECT_SAME(fileName);
        EXPECT_SAME(mimeType);
        EXPECT_SAME(size);
        EXPECT_SAME(sha256);
        EXPECT_SAME(addedOn);
    });
    Attachment badFile = file;
    badFile.fileName = QStringLiteral("scans/memorandum.pdf");
    expectRefused(s, badFile, "file_name");
}

TEST_F(DomainRoundTrip, TrainingProgrammeEventTrainerAndParticipation)
{
    Project p = project();
    ASSERT_TRUE(s->insert(p));
    TrainingProgramme sent = programme(p.id);
    roundTrip(s, sent, [&](const TrainingProgramme &back) {
        EXPECT_SAME(code);
        EXPECT_SAME(titleEn);
        EXPECT_SAME(titleRu);
        EXPECT_SAME(titleKk);
        EXPECT_SAME(topic);
        EXPECT_SAME(standard);
        EXPECT_SAME(hours);
        EXPECT_SAME(projectId);
    });
    TrainingProgramme bad = programme(p.id);
    bad.hours = 2001;
    expectRefused(s, bad, "hours");

    TrainingEvent e = event(sent.id);
    roundTrip(s, e, [&, sent = e](const TrainingEvent &back) {
        EXPECT_SAME(programmeId);
        EXPECT_SAME(kind);
        EXPECT_SAME(title);
        EXPECT_SAME(startsOn);
        EXPECT_SAME(endsOn);
        EXPECT_SAME(mode);
        EXPECT_SAME(hostId);
        EXPECT_SAME(place);
        EXPECT_SAME(city);
        EXPECT_SAME(country);
        EXPECT_SAME(hours);
    });
    TrainingEvent badEvent = event(sent.id);
    badEvent.city.clear();
    expectRefused(s, badEvent, "city");

    Person educator = person();
    ASSERT_TRUE(s->insert(educator));
    EventTrainer trainer;
    trainer.ownerId = home;
    trainer.eventId = e.id;
    trainer.personId = educator.id;
    roundTrip(s, trainer, [&, sent = trainer](const EventTrainer &back) {
        EXPECT_SAME(eventId);
        EXPECT_SAME(personId);
    });
    EventTrainer badTrainer = trainer;
    badTrainer.personId = {};
    expectRefused(s, badTrainer, "person_id");

    Participation part;
    part.ownerId = home;
    part.eventId = e.id;
    part.personId = educator.id;
    part.attendedHours = 36.5;
    part.assessment = 88.5;
    part.result = ParticipationResult::Passed;
    roundTrip(s, part, [&, sent = part](const Participation &back) {
        EXPECT_SAME(eventId);
        EXPECT_SAME(personId);
        EXPECT_SAME(attendedHours);
        EXPECT_SAME(assessment);
        EXPECT_SAME(result);
    });
    Participation unassessed = part;
    unassessed.id = {};
    unassessed.assessment.reset();
    unassessed.result = ParticipationResult::Pending;
    roundTrip(s, unassessed, [&, sent = unassessed](const Participation &back) {
        EXPECT_FALSE(back.assessment.has_value()); // NULL stays "not assessed", not 0
        EXPECT_SAME(result);
    });
    Participation badPart = part;
    badPart.assessment = 101;
    expectRefused(s, badPart, "assessment");
}

TEST_F(DomainRoundTrip, CertificateReissuedAndRevoked)
{
    Project p = project();
    ASSERT_TRUE(s->insert(p));
    TrainingProgramme tp = programme(p.id);
    ASSERT_TRUE(s->insert(tp));
    TrainingEvent e = event(tp.id);
    ASSERT_TRUE(s->insert(e));
    Person holder = person();
    ASSERT_TRUE(s->insert(holder));

    Certificate first;
    first.ownerId = home;
    first.personId = holder.id;
    first.programmeId = tp.id;
    first.eventId = e.id;
    first.number = QStringLiteral("EKTU-TP-2026/001");
    first.level = CertificationStandard::International;
    first.issuedOn = QDate(2026, 2, 27);
    first.validUntil = QDate(2029, 2, 27);
    first.status = CertificateStatus::Revoked;
    first.revokedOn = QDate(2026, 3, 2);
    first.revocationReason = QStringLiteral("Name misspelt; reissued");
    roundTrip(s, first, [&, sent = first](const Certificate &back) {
        EXPECT_SAME(personId);
        EXPECT_SAME(programmeId);
        EXPECT_SAME(eventId);
        EXPECT_SAME(number);
        EXPECT_SAME(level);
        EXPECT_SAME(issuedOn);
        EXPECT_SAME(validUntil);
        EXPECT_SAME(status);
        EXPECT_SAME(replacesId);
        EXPECT_SAME(revokedOn);
        EXPECT_SAME(revocationReason);
    });

    Certificate sent = first;
    sent.id = {};
    sent.number = QStringLiteral("EKTU-TP-2026/001-R1");
    sent.issuedOn = QDate(2026, 3, 2);
    sent.status = CertificateStatus::Valid;
    sent.revokedOn = {};
    sent.revocationReason.clear();
    sent.replacesId = first.id;
    roundTrip(s, sent, [&](const Certificate &back) {
        EXPECT_SAME(number);
        EXPECT_SAME(issuedOn);
        EXPECT_SAME(status);
        EXPECT_SAME(replacesId);
        EXPECT_FALSE(back.revokedOn.isValid());
        EXPECT_TRUE(back.revocationReason.isEmpty());
    });

    Certificate bad = sent;
    bad.number = QStringLiteral("EKTU-TP-2026/002");
    bad.status = CertificateStatus::Revoked;
    bad.revokedOn = QDate(2026, 4, 1);
    expectRefused(s, bad, "revocation_reason");
}

TEST_F(DomainRoundTrip, CourseOfferingAndEnrollment)
{
    Institution caaee = company();
    caaee.kind = InstitutionKind::AccreditationAgency;
    caaee.bin.clear();
    ASSERT_TRUE(s->insert(caaee));
    Course sent = course(caaee.id);
    roundTrip(s, sent, [&](const Course &back) {
        EXPECT_SAME(code);
        EXPECT_SAME(titleEn);
        EXPECT_SAME(titleRu);
        EXPECT_SAME(titleKk);
        EXPECT_SAME(area);
        EXPECT_SAME(ects);
        EXPECT_SAME(languages);
        EXPECT_EQ(back.languageList(), sent.languageList());
        EXPECT_SAME(delivery);
        EXPECT_SAME(providerId);
        EXPECT_SAME(accreditationAgencyId);
        EXPECT_SAME(accreditationStatus);
        EXPECT_SAME(accreditedOn);
        EXPECT_SAME(accreditedUntil);
        EXPECT_SAME(climateNeutral);
        EXPECT_SAME(genderInclusive);
        EXPECT_SAME(learningOutcomes);
    });
    Course bad = course(caaee.id);
    bad.ects = 4.3;
    expectRefused(s, bad, "ects");

    Person instructor = person();
    ASSERT_TRUE(s->insert(instructor));
    Offering o = offering(sent.id, instructor.id);
    roundTrip(s, o, [&, sent = o](const Offering &back) {
        EXPECT_SAME(courseId);
        EXPECT_SAME(institutionId);
        EXPECT_EQ(back.semester, sent.semester) << "semester";
        EXPECT_SAME(language);
        EXPECT_SAME(instructorId);
        EXPECT_SAME(capacity);
    });
    Offering open = offering(sent.id, {});
    open.capacity.reset();
    roundTrip(s, open, [&, sent = open](const Offering &back) {
        EXPECT_FALSE(back.capacity.has_value()); // no limit stays no limit, not 0
        EXPECT_TRUE(back.instructorId.isNull());
        EXPECT_EQ(back.semester, sent.semester) << "semester";
    });
    Offering badOffering = offering(sent.id, instructor.id);
    badOffering.language = QStringLiteral("de");
    expectRefused(s, badOffering, "language");

    Person student = person();
    student.setRoles(PersonRole::Student);
    ASSERT_TRUE(s->insert(student));
    Enrollment en;
    en.ownerId = home;
    en.offeringId = o.id;
    en.personId = student.id;
    en.status = EnrollmentStatus::Completed;
    en.grade = 91.5;
    en.enrolledOn = QDate(2026, 9, 1);
    roundTrip(s, en, [&, sent = en](const Enrollment &back) {
        EXPECT_SAME(offeringId);
        EXPECT_SAME(personId);
        EXPECT_SAME(status);
        EXPECT_SAME(grade);
        EXPECT_SAME(enrolledOn);
    });
    Enrollment badEnrollment = en;
    badEnrollment.status = EnrollmentStatus::Enrolled;
    expectRefused(s, badEnrollment, "grade");
}
