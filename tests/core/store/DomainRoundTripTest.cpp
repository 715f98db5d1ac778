// Every domain type through the store: what Store::insert writes, Store::get reads back member
// for member, and a record that breaks a rule is refused with its field and writes nothing.
#include "Samples.h"
#include "TempStore.h"

#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

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
};

} // namespace

TEST_F(DomainRoundTrip, Institution)
{
    Institution sent = sample::company(home);
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
    Institution bad = sample::company(home);
    bad.bin = QStringLiteral("990350001250"); // one digit changed
    expectRefused(s, bad, "bin");
}

TEST_F(DomainRoundTrip, Person)
{
    Person sent = sample::person(home);
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
    Person bad = sample::person(home);
    bad.givenNameLatin = QStringLiteral("Әйгерім");
    expectRefused(s, bad, "given_name_latin");
}

TEST_F(DomainRoundTrip, ProjectAndPartner)
{
    Project sent = sample::project(home, home);
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
    Project bad = sample::project(home, home);
    bad.endsOn = QDate(2024, 11, 30);
    expectRefused(s, bad, "ends_on");

    Institution ipp = sample::company(home);
    ipp.country = QStringLiteral("PT");
    ipp.bin.clear();
    ASSERT_TRUE(s->insert(ipp));
    ProjectPartner partner = sample::projectPartner(home, sent.id, ipp.id);
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
    Project p = sample::project(home, home);
    ASSERT_TRUE(s->insert(p));
    Indicator sent = sample::indicator(home, p.id);
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

    IndicatorValue value = sample::indicatorValue(home, sent.id);
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
    Institution partner = sample::company(home);
    ASSERT_TRUE(s->insert(partner));
    Project p = sample::project(home, home);
    ASSERT_TRUE(s->insert(p));
    Partnership sent = sample::partnership(home, partner.id, p.id);
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
    Partnership bad = sample::partnership(home, partner.id, p.id);
    bad.signedOn = {};
    expectRefused(s, bad, "signed_on");

    Person contactPerson = sample::person(home);
    ASSERT_TRUE(s->insert(contactPerson));
    PartnershipContact contact = sample::partnershipContact(home, sent.id, contactPerson.id);
    roundTrip(s, contact, [&, sent = contact](const PartnershipContact &back) {
        EXPECT_SAME(partnershipId);
        EXPECT_SAME(personId);
        EXPECT_SAME(role);
    });
    PartnershipContact badContact = contact;
    badContact.role = QString(101, u'x');
    expectRefused(s, badContact, "role");

    Attachment file = sample::attachment(home, sent.id);
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
    Project p = sample::project(home, home);
    ASSERT_TRUE(s->insert(p));
    TrainingProgramme sent = sample::programme(home, p.id);
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
    TrainingProgramme bad = sample::programme(home, p.id);
    bad.hours = 2001;
    expectRefused(s, bad, "hours");

    TrainingEvent e = sample::event(home, sent.id);
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
    TrainingEvent badEvent = sample::event(home, sent.id);
    badEvent.city.clear();
    expectRefused(s, badEvent, "city");

    Person educator = sample::person(home);
    ASSERT_TRUE(s->insert(educator));
    EventTrainer trainer = sample::trainer(home, e.id, educator.id);
    roundTrip(s, trainer, [&, sent = trainer](const EventTrainer &back) {
        EXPECT_SAME(eventId);
        EXPECT_SAME(personId);
    });
    EventTrainer badTrainer = trainer;
    badTrainer.personId = {};
    expectRefused(s, badTrainer, "person_id");

    Participation part = sample::participation(home, e.id, educator.id);
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
    Project p = sample::project(home, home);
    ASSERT_TRUE(s->insert(p));
    TrainingProgramme tp = sample::programme(home, p.id);
    ASSERT_TRUE(s->insert(tp));
    TrainingEvent e = sample::event(home, tp.id);
    ASSERT_TRUE(s->insert(e));
    Person holder = sample::person(home);
    ASSERT_TRUE(s->insert(holder));

    Certificate first = sample::certificate(home, holder.id, tp.id, e.id);
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
    Institution caaee = sample::company(home);
    caaee.kind = InstitutionKind::AccreditationAgency;
    caaee.bin.clear();
    ASSERT_TRUE(s->insert(caaee));
    Course sent = sample::course(home, caaee.id);
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
    Course bad = sample::course(home, caaee.id);
    bad.ects = 4.3;
    expectRefused(s, bad, "ects");

    Person instructor = sample::person(home);
    ASSERT_TRUE(s->insert(instructor));
    Offering o = sample::offering(home, sent.id, instructor.id);
    roundTrip(s, o, [&, sent = o](const Offering &back) {
        EXPECT_SAME(courseId);
        EXPECT_SAME(institutionId);
        EXPECT_EQ(back.semester, sent.semester) << "semester";
        EXPECT_SAME(language);
        EXPECT_SAME(instructorId);
        EXPECT_SAME(capacity);
    });
    Offering open = sample::offering(home, sent.id, {});
    open.capacity.reset();
    roundTrip(s, open, [&, sent = open](const Offering &back) {
        EXPECT_FALSE(back.capacity.has_value()); // no limit stays no limit, not 0
        EXPECT_TRUE(back.instructorId.isNull());
        EXPECT_EQ(back.semester, sent.semester) << "semester";
    });
    Offering badOffering = sample::offering(home, sent.id, instructor.id);
    badOffering.language = QStringLiteral("de");
    expectRefused(s, badOffering, "language");

    Person student = sample::person(home);
    student.setRoles(PersonRole::Student);
    ASSERT_TRUE(s->insert(student));
    Enrollment en = sample::enrollment(home, o.id, student.id);
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
