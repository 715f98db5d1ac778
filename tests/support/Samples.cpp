#include "Samples.h"

#include <QCryptographicHash>

namespace ef::test::sample {

Institution university(const Uuid &owner)
{
    Institution i;
    i.ownerId = owner;
    i.kind = InstitutionKind::University;
    i.nameEn = QStringLiteral("D. Serikbayev East Kazakhstan Technical University");
    i.nameRu = QStringLiteral("Восточно-Казахстанский технический университет им. Д. Серикбаева");
    i.nameKk = QStringLiteral("Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті");
    i.shortName = QStringLiteral("EKTU");
    i.country = QStringLiteral("KZ");
    i.region = QStringLiteral("East Kazakhstan");
    i.city = QStringLiteral("Ust-Kamenogorsk");
    i.bin = QStringLiteral("990340001250");
    i.pic = QStringLiteral("949817461");
    i.website = QStringLiteral("https://www.ektu.kz");
    return i;
}

Institution company(const Uuid &owner)
{
    Institution i;
    i.ownerId = owner;
    i.kind = InstitutionKind::Company;
    i.nameEn = QStringLiteral("Altai Polymetal LLP");
    i.nameRu = QStringLiteral("ТОО «Алтай Полиметалл»");
    i.nameKk = QStringLiteral("«Алтай Полиметалл» ЖШС");
    i.shortName = QStringLiteral("Altai Polymetal");
    i.country = QStringLiteral("KZ");
    i.region = QStringLiteral("East Kazakhstan");
    i.city = QStringLiteral("Ust-Kamenogorsk");
    i.bin = QStringLiteral("040540001230");
    i.pic = QStringLiteral("912345678");
    i.website = QStringLiteral("https://altai.example.kz");
    return i;
}

Person person(const Uuid &institution, const QString &familyName)
{
    Person p;
    p.ownerId = institution;
    p.institutionId = institution;
    p.familyName = familyName;
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

Project project(const Uuid &owner, const Uuid &coordinator)
{
    Project p;
    p.ownerId = owner;
    p.code = QStringLiteral("101179805");
    p.acronym = QStringLiteral("EduFusion");
    p.title = QStringLiteral("Fusion of academia and industry in Kazakh higher education");
    p.programme = QStringLiteral("Erasmus+ CBHE");
    p.callId = QStringLiteral("ERASMUS-EDU-2024-CBHE");
    p.coordinatorId = coordinator;
    p.startsOn = QDate(2024, 12, 1);
    p.endsOn = QDate(2028, 11, 30);
    return p;
}

ProjectPartner projectPartner(const Uuid &owner, const Uuid &project, const Uuid &institution)
{
    ProjectPartner pp;
    pp.ownerId = owner;
    pp.projectId = project;
    pp.institutionId = institution;
    pp.role = ProjectRole::Coordinator;
    return pp;
}

Indicator indicator(const Uuid &owner, const Uuid &project)
{
    Indicator i;
    i.ownerId = owner;
    i.projectId = project;
    i.code = QStringLiteral("TDSS-2");
    i.nameEn = QStringLiteral("Educators certified to an international standard");
    i.nameRu = QStringLiteral("Преподаватели с международным сертификатом");
    i.nameKk = QStringLiteral("Халықаралық сертификаты бар оқытушылар");
    i.unit = IndicatorUnit::Percent;
    i.measure = QStringLiteral("educators_certified");
    i.conditions = QStringLiteral("standard=international");
    i.formula = IndicatorFormula::Share;
    i.denominator = QStringLiteral("educators_certified");
    i.denominatorConditions = QStringLiteral("role=educator");
    i.periodFrom = QDate(2024, 12, 1);
    i.periodTo = QDate(2028, 11, 30);
    i.baseline = 12.5;
    i.target = 50;
    return i;
}

IndicatorValue indicatorValue(const Uuid &owner, const Uuid &indicator)
{
    IndicatorValue v;
    v.ownerId = owner;
    v.indicatorId = indicator;
    v.measuredOn = QDate(2025, 12, 31);
    v.value = 37.25;
    v.note = QStringLiteral("Quarterly labour-market analysis, Q4");
    return v;
}

Partnership partnership(const Uuid &university, const Uuid &partner, const Uuid &project)
{
    Partnership p;
    p.ownerId = university;
    p.kind = PartnershipKind::InternshipAgreement;
    p.status = PartnershipStatus::Active;
    p.title = QStringLiteral("Меморандум о стажировках студентов");
    p.universityId = university;
    p.partnerId = partner;
    p.projectId = project;
    p.signedOn = QDate(2025, 2, 20);
    p.startsOn = QDate(2025, 3, 1);
    p.endsOn = QDate(2028, 2, 28);
    p.internshipsOffered = 12;
    p.studentsPlaced = 7;
    p.notes = QStringLiteral("Renewal to be discussed in 2027.");
    return p;
}

PartnershipContact partnershipContact(
    const Uuid &owner, const Uuid &partnership, const Uuid &person)
{
    PartnershipContact c;
    c.ownerId = owner;
    c.partnershipId = partnership;
    c.personId = person;
    c.role = QStringLiteral("HR manager");
    return c;
}

Attachment attachment(const Uuid &owner, const Uuid &partnership)
{
    Attachment a;
    a.ownerId = owner;
    a.partnershipId = partnership;
    a.fileName = QStringLiteral("Меморандум 2025.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.size = 184'320;
    a.sha256 = QCryptographicHash::hash("%PDF-1.7", QCryptographicHash::Sha256);
    a.addedOn = QDate(2025, 2, 21);
    return a;
}

PartnershipAmendment amendment(const Uuid &owner, const Uuid &partnership, const Uuid &attachment)
{
    PartnershipAmendment a;
    a.ownerId = owner;
    a.partnershipId = partnership;
    a.number = 1;
    a.amendedOn = QDate(2026, 1, 15);
    a.summary = QStringLiteral("Срок продлён до 2029 года, мест для стажировок — 15.");
    a.changes = QStringLiteral(
        R"({"ends_on":["2028-02-28","2029-02-28"],"internships_offered":[12,15]})");
    a.attachmentId = attachment;
    return a;
}

TrainingProgramme programme(const Uuid &owner, const Uuid &project)
{
    TrainingProgramme t;
    t.ownerId = owner;
    t.code = QStringLiteral("TDSS-TP");
    t.titleEn = QStringLiteral("Trainer Preparation");
    t.titleRu = QStringLiteral("Подготовка тренеров");
    t.titleKk = QStringLiteral("Тренерлерді даярлау");
    t.topic = TrainingTopic::ReflectivePractice;
    t.standard = CertificationStandard::International;
    t.hours = 72.5;
    t.projectId = project;
    return t;
}

TrainingEvent event(const Uuid &owner, const Uuid &programme)
{
    TrainingEvent e;
    e.ownerId = owner;
    e.programmeId = programme;
    e.kind = EventKind::TrainTheTrainer;
    e.title = QStringLiteral("Trainer Preparation workshop");
    e.startsOn = QDate(2026, 2, 16);
    e.endsOn = QDate(2026, 2, 20);
    e.mode = EventMode::Hybrid;
    e.hostId = owner;
    e.place = QStringLiteral("Main building, room 215");
    e.city = QStringLiteral("Ust-Kamenogorsk");
    e.country = QStringLiteral("KZ");
    e.hours = 40;
    return e;
}

EventTrainer trainer(const Uuid &owner, const Uuid &event, const Uuid &person)
{
    EventTrainer t;
    t.ownerId = owner;
    t.eventId = event;
    t.personId = person;
    return t;
}

Participation participation(const Uuid &owner, const Uuid &event, const Uuid &person)
{
    Participation p;
    p.ownerId = owner;
    p.eventId = event;
    p.personId = person;
    p.attendedHours = 36.5;
    p.assessment = 88.5;
    p.result = ParticipationResult::Passed;
    return p;
}

Certificate certificate(
    const Uuid &owner, const Uuid &person, const Uuid &programme, const Uuid &event)
{
    Certificate c;
    c.ownerId = owner;
    c.personId = person;
    c.programmeId = programme;
    c.eventId = event;
    c.number = QStringLiteral("EKTU-TP-2026/001");
    c.level = CertificationStandard::International;
    c.issuedOn = QDate(2026, 2, 27);
    c.validUntil = QDate(2029, 2, 27);
    return c;
}

Course course(const Uuid &provider, const Uuid &agency)
{
    Course c;
    c.ownerId = provider;
    c.code = QStringLiteral("EKTU-STEAM-101.2");
    c.titleEn = QStringLiteral("Robotics for engineers");
    c.titleRu = QStringLiteral("Робототехника для инженеров");
    c.titleKk = QStringLiteral("Инженерлерге арналған робототехника");
    c.area = CourseArea::Entrepreneurship;
    c.ects = 4.5;
    c.languages = QStringLiteral("kk,ru,en");
    c.delivery = CourseDelivery::Blended;
    c.providerId = provider;
    c.accreditationAgencyId = agency;
    c.accreditationStatus = AccreditationStatus::Accredited;
    c.accreditedOn = QDate(2025, 6, 30);
    c.accreditedUntil = QDate(2030, 6, 29);
    c.climateNeutral = true;
    c.genderInclusive = true;
    c.learningOutcomes = QStringLiteral("Build and program a simple manipulator.");
    return c;
}

Offering offering(const Uuid &institution, const Uuid &course, const Uuid &instructor)
{
    Offering o;
    o.ownerId = institution;
    o.courseId = course;
    o.institutionId = institution;
    o.semester = Semester(2026, Semester::Term::Autumn);
    o.language = QStringLiteral("kk");
    o.instructorId = instructor;
    o.capacity = 30;
    return o;
}

Enrollment enrollment(const Uuid &owner, const Uuid &offering, const Uuid &person)
{
    Enrollment e;
    e.ownerId = owner;
    e.offeringId = offering;
    e.personId = person;
    e.enrolledOn = QDate(2026, 9, 1);
    e.status = EnrollmentStatus::Completed;
    e.grade = 91.5;
    return e;
}

} // namespace ef::test::sample
