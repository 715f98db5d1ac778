// The sixteen kinds of record as the editor sees them: fields in form order, with labels.
#include "partnerships/PartnershipValues.h"
#include "RecordTypeOf.h"
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
#include "partnerships/PartnershipAmendment.h"
#include "partnerships/PartnershipContact.h"
#include "people/Person.h"
#include "projects/Project.h"
#include "projects/ProjectPartner.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"
#include "partnerships/PartnershipChanges.h"
#include "text/DataLanguage.h"

namespace ef {

namespace {

using K = FieldKind;

const RecordTypeOf<Institution> institutionType {QT_TRANSLATE_NOOP("RecordTypes", "Institution"),
    {
        field(&Institution::kind, "kind", QT_TRANSLATE_NOOP("RecordFields", "Kind")),
        field(&Institution::nameKk, "name_kk", QT_TRANSLATE_NOOP("RecordFields", "Name in Kazakh")),
        field(
            &Institution::nameRu, "name_ru", QT_TRANSLATE_NOOP("RecordFields", "Name in Russian")),
        field(
            &Institution::nameEn, "name_en", QT_TRANSLATE_NOOP("RecordFields", "Name in English")),
        field(
            &Institution::shortName, "short_name", QT_TRANSLATE_NOOP("RecordFields", "Short name")),
        field(&Institution::country, "country",
            QT_TRANSLATE_NOOP("RecordFields", "Country (ISO code)"))
            .required(),
        field(&Institution::region, "region", QT_TRANSLATE_NOOP("RecordFields", "Region")),
        field(&Institution::city, "city", QT_TRANSLATE_NOOP("RecordFields", "City")),
        field(&Institution::bin, "bin", QT_TRANSLATE_NOOP("RecordFields", "BIN")),
        field(&Institution::pic, "pic", QT_TRANSLATE_NOOP("RecordFields", "Erasmus+ PIC")),
        field(&Institution::website, "website", QT_TRANSLATE_NOOP("RecordFields", "Website")),
    },
    [](const Institution &i) {
        return i.shortName.isEmpty() ? DataLanguage::pick(i.nameEn, i.nameRu, i.nameKk)
                                     : i.shortName;
    }};

const RecordTypeOf<Person> personType {QT_TRANSLATE_NOOP("RecordTypes", "Person"),
    {
        field(&Person::familyName, "family_name", QT_TRANSLATE_NOOP("RecordFields", "Family name"))
            .required(),
        field(&Person::givenName, "given_name", QT_TRANSLATE_NOOP("RecordFields", "Given name"))
            .required(),
        field(&Person::patronymic, "patronymic", QT_TRANSLATE_NOOP("RecordFields", "Patronymic")),
        field(&Person::familyNameLatin, "family_name_latin",
            QT_TRANSLATE_NOOP("RecordFields", "Family name in Latin")),
        field(&Person::givenNameLatin, "given_name_latin",
            QT_TRANSLATE_NOOP("RecordFields", "Given name in Latin")),
        field(&Person::gender, "gender", QT_TRANSLATE_NOOP("RecordFields", "Gender")),
        field(&Person::institutionId, "institution_id",
            QT_TRANSLATE_NOOP("RecordFields", "Institution")),
        field(&Person::roles, "roles", QT_TRANSLATE_NOOP("RecordFields", "Roles")).as(K::Roles),
        field(&Person::email, "email", QT_TRANSLATE_NOOP("RecordFields", "Email")),
        field(&Person::phone, "phone", QT_TRANSLATE_NOOP("RecordFields", "Phone")),
    },
    [](const Person &p) { return p.displayName(); }, QStringLiteral("institution_id")};

const RecordTypeOf<Project> projectType {QT_TRANSLATE_NOOP("RecordTypes", "Project"),
    {
        field(&Project::acronym, "acronym", QT_TRANSLATE_NOOP("RecordFields", "Acronym"))
            .required(),
        field(&Project::title, "title", QT_TRANSLATE_NOOP("RecordFields", "Title")).required(),
        field(&Project::code, "code", QT_TRANSLATE_NOOP("RecordFields", "Project number"))
            .required(),
        field(&Project::programme, "programme", QT_TRANSLATE_NOOP("RecordFields", "Programme")),
        field(&Project::callId, "call_id", QT_TRANSLATE_NOOP("RecordFields", "Call")),
        field(&Project::coordinatorId, "coordinator_id",
            QT_TRANSLATE_NOOP("RecordFields", "Coordinator")),
        field(&Project::startsOn, "starts_on", QT_TRANSLATE_NOOP("RecordFields", "Starts on"))
            .required(),
        field(&Project::endsOn, "ends_on", QT_TRANSLATE_NOOP("RecordFields", "Ends on")).required(),
    },
    [](const Project &p) { return p.acronym; }};

const RecordTypeOf<ProjectPartner> projectPartnerType {
    QT_TRANSLATE_NOOP("RecordTypes", "Project partner"),
    {
        field(
            &ProjectPartner::projectId, "project_id", QT_TRANSLATE_NOOP("RecordFields", "Project"))
            .required(),
        field(&ProjectPartner::institutionId, "institution_id",
            QT_TRANSLATE_NOOP("RecordFields", "Institution"))
            .required(),
        field(&ProjectPartner::role, "role", QT_TRANSLATE_NOOP("RecordFields", "Role")),
    },
    [](const ProjectPartner &) { return RecordType::tr("Project partner"); }};

const RecordTypeOf<Indicator> indicatorType {QT_TRANSLATE_NOOP("RecordTypes", "Indicator"),
    {
        field(&Indicator::projectId, "project_id", QT_TRANSLATE_NOOP("RecordFields", "Project"))
            .required(),
        field(&Indicator::code, "code", QT_TRANSLATE_NOOP("RecordFields", "Code")).required(),
        field(&Indicator::nameKk, "name_kk", QT_TRANSLATE_NOOP("RecordFields", "Name in Kazakh")),
        field(&Indicator::nameRu, "name_ru", QT_TRANSLATE_NOOP("RecordFields", "Name in Russian")),
        field(&Indicator::nameEn, "name_en", QT_TRANSLATE_NOOP("RecordFields", "Name in English"))
            .required(),
        field(&Indicator::unit, "unit", QT_TRANSLATE_NOOP("RecordFields", "Unit")),
        field(&Indicator::measure, "measure", QT_TRANSLATE_NOOP("RecordFields", "Measured by"))
            .words("indicator_measure"),
        field(&Indicator::baseline, "baseline", QT_TRANSLATE_NOOP("RecordFields", "Baseline"))
            .range(0, 1e9, 1),
        field(&Indicator::target, "target", QT_TRANSLATE_NOOP("RecordFields", "Target"))
            .range(0, 1e9, 1)
            .required(),
    },
    [](const Indicator &i) {
        return QStringLiteral("%1 %2").arg(
            i.code, DataLanguage::pick(i.nameEn, i.nameRu, i.nameKk));
    }};

const RecordTypeOf<IndicatorValue> indicatorValueType {
    QT_TRANSLATE_NOOP("RecordTypes", "Indicator value"),
    {
        field(&IndicatorValue::indicatorId, "indicator_id",
            QT_TRANSLATE_NOOP("RecordFields", "Indicator"))
            .required(),
        field(&IndicatorValue::measuredOn, "measured_on",
            QT_TRANSLATE_NOOP("RecordFields", "Measured on"))
            .required(),
        field(&IndicatorValue::value, "value", QT_TRANSLATE_NOOP("RecordFields", "Value"))
            .range(0, 1e9, 1),
        field(&IndicatorValue::note, "note", QT_TRANSLATE_NOOP("RecordFields", "Note"))
            .as(K::LongText),
    },
    [](const IndicatorValue &v) { return QLocale().toString(v.value); }};

const RecordTypeOf<Partnership> partnershipType {QT_TRANSLATE_NOOP("RecordTypes", "Partnership"),
    {
        field(&Partnership::title, "title", QT_TRANSLATE_NOOP("RecordFields", "Title")).required(),
        field(&Partnership::kind, "kind", QT_TRANSLATE_NOOP("RecordFields", "Kind")),
        field(&Partnership::status, "status", QT_TRANSLATE_NOOP("RecordFields", "Status")),
        field(&Partnership::universityId, "university_id",
            QT_TRANSLATE_NOOP("RecordFields", "University"))
            .required(),
        field(&Partnership::partnerId, "partner_id", QT_TRANSLATE_NOOP("RecordFields", "Partner"))
            .required(),
        field(&Partnership::projectId, "project_id", QT_TRANSLATE_NOOP("RecordFields", "Project")),
        field(&Partnership::signedOn, "signed_on", QT_TRANSLATE_NOOP("RecordFields", "Signed on")),
        field(&Partnership::startsOn, "starts_on", QT_TRANSLATE_NOOP("RecordFields", "Starts on")),
        field(&Partnership::endsOn, "ends_on", QT_TRANSLATE_NOOP("RecordFields", "Ends on")),
        field(&Partnership::internshipsOffered, "internships_offered",
            QT_TRANSLATE_NOOP("RecordFields", "Internships offered"))
            .range(0, 100000),
        field(&Partnership::studentsPlaced, "students_placed",
            QT_TRANSLATE_NOOP("RecordFields", "Students placed"))
            .range(0, 100000),
        field(&Partnership::notes, "notes", QT_TRANSLATE_NOOP("RecordFields", "Notes"))
            .as(K::LongText),
    },
    [](const Partnership &p) { return p.title; }, QStringLiteral("university_id"),
    &PartnershipChanges::save};

const RecordTypeOf<PartnershipContact> partnershipContactType {
    QT_TRANSLATE_NOOP("RecordTypes", "Partnership contact"),
    {
        field(&PartnershipContact::partnershipId, "partnership_id",
            QT_TRANSLATE_NOOP("RecordFields", "Partnership"))
            .required(),
        field(
            &PartnershipContact::personId, "person_id", QT_TRANSLATE_NOOP("RecordFields", "Person"))
            .required(),
        field(&PartnershipContact::role, "role", QT_TRANSLATE_NOOP("RecordFields", "Role")),
    },
    [](const PartnershipContact &c) { return c.role; }};

const RecordTypeOf<PartnershipAmendment> amendmentType {
    QT_TRANSLATE_NOOP("RecordTypes", "Amendment"),
    {
        field(&PartnershipAmendment::partnershipId, "partnership_id",
            QT_TRANSLATE_NOOP("RecordFields", "Partnership"))
            .required(),
        field(&PartnershipAmendment::number, "number", QT_TRANSLATE_NOOP("RecordFields", "Number"))
            .range(1, 1000),
        field(&PartnershipAmendment::amendedOn, "amended_on",
            QT_TRANSLATE_NOOP("RecordFields", "Date of the amendment"))
            .required(),
        field(
            &PartnershipAmendment::summary, "summary", QT_TRANSLATE_NOOP("RecordFields", "Summary"))
            .as(K::LongText)
            .required(),
        field(&PartnershipAmendment::changes, "changes",
            QT_TRANSLATE_NOOP("RecordFields", "Changed terms"))
            .as(K::LongText),
        field(&PartnershipAmendment::attachmentId, "attachment_id",
            QT_TRANSLATE_NOOP("RecordFields", "Signed document")),
    },
    [](const PartnershipAmendment &a) { return a.summary; }};

const RecordTypeOf<Attachment> attachmentType {QT_TRANSLATE_NOOP("RecordTypes", "Document"),
    {
        field(&Attachment::partnershipId, "partnership_id",
            QT_TRANSLATE_NOOP("RecordFields", "Partnership"))
            .required(),
        field(&Attachment::fileName, "file_name", QT_TRANSLATE_NOOP("RecordFields", "File name"))
            .required(),
        field(&Attachment::mimeType, "mime_type", QT_TRANSLATE_NOOP("RecordFields", "Type"))
            .hidden(),
        field(&Attachment::size, "size", QT_TRANSLATE_NOOP("RecordFields", "Size")).hidden(),
        field(&Attachment::sha256, "sha256", QT_TRANSLATE_NOOP("RecordFields", "Checksum"))
            .hidden(),
        field(&Attachment::addedOn, "added_on", QT_TRANSLATE_NOOP("RecordFields", "Added on")),
    },
    [](const Attachment &a) { return a.fileName; }};

const RecordTypeOf<TrainingProgramme> programmeType {
    QT_TRANSLATE_NOOP("RecordTypes", "Training programme"),
    {
        field(&TrainingProgramme::code, "code", QT_TRANSLATE_NOOP("RecordFields", "Code"))
            .required(),
        field(&TrainingProgramme::titleKk, "title_kk",
            QT_TRANSLATE_NOOP("RecordFields", "Title in Kazakh")),
        field(&TrainingProgramme::titleRu, "title_ru",
            QT_TRANSLATE_NOOP("RecordFields", "Title in Russian")),
        field(&TrainingProgramme::titleEn, "title_en",
            QT_TRANSLATE_NOOP("RecordFields", "Title in English")),
        field(&TrainingProgramme::topic, "topic", QT_TRANSLATE_NOOP("RecordFields", "Topic")),
        field(&TrainingProgramme::standard, "standard",
            QT_TRANSLATE_NOOP("RecordFields", "Certification standard")),
        field(&TrainingProgramme::hours, "hours", QT_TRANSLATE_NOOP("RecordFields", "Hours"))
            .range(0, 2000, 1)
            .required(),
        field(&TrainingProgramme::projectId, "project_id",
            QT_TRANSLATE_NOOP("RecordFields", "Project")),
    },
    [](const TrainingProgramme &p) { return DataLanguage::pick(p.titleEn, p.titleRu, p.titleKk); }};

const RecordTypeOf<TrainingEvent> eventType {QT_TRANSLATE_NOOP("RecordTypes", "Training event"),
    {
        field(&TrainingEvent::title, "title", QT_TRANSLATE_NOOP("RecordFields", "Title"))
            .required(),
        field(&TrainingEvent::kind, "kind", QT_TRANSLATE_NOOP("RecordFields", "Kind")),
        field(&TrainingEvent::programmeId, "programme_id",
            QT_TRANSLATE_NOOP("RecordFields", "Programme")),
        field(&TrainingEvent::startsOn, "starts_on", QT_TRANSLATE_NOOP("RecordFields", "Starts on"))
            .required(),
        field(&TrainingEvent::endsOn, "ends_on", QT_TRANSLATE_NOOP("RecordFields", "Ends on"))
            .required(),
        field(&TrainingEvent::mode, "mode", QT_TRANSLATE_NOOP("RecordFields", "Mode")),
        field(&TrainingEvent::hostId, "host_id", QT_TRANSLATE_NOOP("RecordFields", "Host")),
        field(&TrainingEvent::place, "place", QT_TRANSLATE_NOOP("RecordFields", "Place")),
        field(&TrainingEvent::city, "city", QT_TRANSLATE_NOOP("RecordFields", "City")),
        field(&TrainingEvent::country, "country",
            QT_TRANSLATE_NOOP("RecordFields", "Country (ISO code)")),
        field(&TrainingEvent::hours, "hours", QT_TRANSLATE_NOOP("RecordFields", "Hours"))
            .range(0, 2000, 1),
    },
    [](const TrainingEvent &e) { return e.title; }, QStringLiteral("host_id")};

const RecordTypeOf<EventTrainer> trainerType {QT_TRANSLATE_NOOP("RecordTypes", "Trainer"),
    {
        field(&EventTrainer::eventId, "event_id", QT_TRANSLATE_NOOP("RecordFields", "Event"))
            .required(),
        field(&EventTrainer::personId, "person_id", QT_TRANSLATE_NOOP("RecordFields", "Trainer"))
            .required(),
    },
    [](const EventTrainer &) { return RecordType::tr("Trainer"); }};

const RecordTypeOf<Participation> participationType {
    QT_TRANSLATE_NOOP("RecordTypes", "Participation"),
    {
        field(&Participation::eventId, "event_id", QT_TRANSLATE_NOOP("RecordFields", "Event"))
            .required(),
        field(
            &Participation::personId, "person_id", QT_TRANSLATE_NOOP("RecordFields", "Participant"))
            .required(),
        field(&Participation::attendedHours, "attended_hours",
            QT_TRANSLATE_NOOP("RecordFields", "Hours attended"))
            .range(0, 2000, 1),
        field(&Participation::assessment, "assessment",
            QT_TRANSLATE_NOOP("RecordFields", "Assessment (0–100)"))
            .range(0, 100, 1),
        field(&Participation::result, "result", QT_TRANSLATE_NOOP("RecordFields", "Result")),
    },
    [](const Participation &) { return RecordType::tr("Participation"); }};

const RecordTypeOf<Certificate> certificateType {QT_TRANSLATE_NOOP("RecordTypes", "Certificate"),
    {
        field(&Certificate::number, "number", QT_TRANSLATE_NOOP("RecordFields", "Number"))
            .required(),
        field(&Certificate::personId, "person_id", QT_TRANSLATE_NOOP("RecordFields", "Holder"))
            .required(),
        field(&Certificate::programmeId, "programme_id",
            QT_TRANSLATE_NOOP("RecordFields", "Programme")),
        field(&Certificate::eventId, "event_id", QT_TRANSLATE_NOOP("RecordFields", "Event")),
        field(&Certificate::level, "level", QT_TRANSLATE_NOOP("RecordFields", "Level")),
        field(&Certificate::issuedOn, "issued_on", QT_TRANSLATE_NOOP("RecordFields", "Issued on"))
            .required(),
        field(&Certificate::validUntil, "valid_until",
            QT_TRANSLATE_NOOP("RecordFields", "Valid until")),
        field(&Certificate::status, "status", QT_TRANSLATE_NOOP("RecordFields", "Status")),
        field(
            &Certificate::replacesId, "replaces_id", QT_TRANSLATE_NOOP("RecordFields", "Replaces")),
        field(
            &Certificate::revokedOn, "revoked_on", QT_TRANSLATE_NOOP("RecordFields", "Revoked on")),
        field(&Certificate::revocationReason, "revocation_reason",
            QT_TRANSLATE_NOOP("RecordFields", "Reason for revocation"))
            .as(K::LongText),
    },
    [](const Certificate &c) { return c.number; }};

const RecordTypeOf<Course> courseType {QT_TRANSLATE_NOOP("RecordTypes", "Course"),
    {
        field(&Course::code, "code", QT_TRANSLATE_NOOP("RecordFields", "Code")).required(),
        field(&Course::titleKk, "title_kk", QT_TRANSLATE_NOOP("RecordFields", "Title in Kazakh")),
        field(&Course::titleRu, "title_ru", QT_TRANSLATE_NOOP("RecordFields", "Title in Russian")),
        field(&Course::titleEn, "title_en", QT_TRANSLATE_NOOP("RecordFields", "Title in English")),
        field(&Course::area, "area", QT_TRANSLATE_NOOP("RecordFields", "Area")),
        field(&Course::ects, "ects", QT_TRANSLATE_NOOP("RecordFields", "ECTS credits"))
            .range(0, 60, 1)
            .required(),
        field(&Course::languages, "languages", QT_TRANSLATE_NOOP("RecordFields", "Languages"))
            .as(K::Languages)
            .required(),
        field(&Course::delivery, "delivery", QT_TRANSLATE_NOOP("RecordFields", "Delivery")),
        field(&Course::providerId, "provider_id", QT_TRANSLATE_NOOP("RecordFields", "Provider")),
        field(&Course::accreditationAgencyId, "accreditation_agency_id",
            QT_TRANSLATE_NOOP("RecordFields", "Accreditation agency")),
        field(&Course::accreditationStatus, "accreditation_status",
            QT_TRANSLATE_NOOP("RecordFields", "Accreditation")),
        field(&Course::accreditedOn, "accredited_on",
            QT_TRANSLATE_NOOP("RecordFields", "Accredited on")),
        field(&Course::accreditedUntil, "accredited_until",
            QT_TRANSLATE_NOOP("RecordFields", "Accredited until")),
        field(&Course::climateNeutral, "climate_neutral",
            QT_TRANSLATE_NOOP("RecordFields", "Climate-neutral")),
        field(&Course::genderInclusive, "gender_inclusive",
            QT_TRANSLATE_NOOP("RecordFields", "Gender-inclusive")),
        field(&Course::learningOutcomes, "learning_outcomes",
            QT_TRANSLATE_NOOP("RecordFields", "Learning outcomes"))
            .as(K::LongText),
    },
    [](const Course &c) {
        return QStringLiteral("%1 %2").arg(
            c.code, DataLanguage::pick(c.titleEn, c.titleRu, c.titleKk));
    },
    QStringLiteral("provider_id")};

const RecordTypeOf<Offering> offeringType {QT_TRANSLATE_NOOP("RecordTypes", "Offering"),
    {
        field(&Offering::courseId, "course_id", QT_TRANSLATE_NOOP("RecordFields", "Course"))
            .required(),
        field(&Offering::institutionId, "institution_id",
            QT_TRANSLATE_NOOP("RecordFields", "Institution"))
            .required(),
        field(&Offering::semester, "semester", QT_TRANSLATE_NOOP("RecordFields", "Semester"))
            .required(),
        field(&Offering::language, "language",
            QT_TRANSLATE_NOOP("RecordFields", "Language of teaching"))
            .as(K::Language)
            .required(),
        field(&Offering::instructorId, "instructor_id",
            QT_TRANSLATE_NOOP("RecordFields", "Instructor")),
        field(&Offering::capacity, "capacity", QT_TRANSLATE_NOOP("RecordFields", "Places"))
            .range(1, 100000),
    },
    [](const Offering &o) { return o.semester.toKey(); }, QStringLiteral("institution_id")};

const RecordTypeOf<Enrollment> enrollmentType {QT_TRANSLATE_NOOP("RecordTypes", "Enrollment"),
    {
        field(&Enrollment::offeringId, "offering_id", QT_TRANSLATE_NOOP("RecordFields", "Offering"))
            .required(),
        field(&Enrollment::personId, "person_id", QT_TRANSLATE_NOOP("RecordFields", "Student"))
            .required(),
        field(&Enrollment::status, "status", QT_TRANSLATE_NOOP("RecordFields", "Status")),
        field(&Enrollment::grade, "grade", QT_TRANSLATE_NOOP("RecordFields", "Grade (0–100)"))
            .range(0, 100, 1),
        field(&Enrollment::enrolledOn, "enrolled_on",
            QT_TRANSLATE_NOOP("RecordFields", "Enrolled on"))
            .required(),
    },
    [](const Enrollment &) { return RecordType::tr("Enrollment"); }};

} // namespace

Partnership partnershipFromValues(const RecordValues &values)
{
    return partnershipType.fromValues(values);
}

RecordValues partnershipValues(const Partnership &partnership)
{
    return partnershipType.toValues(partnership);
}

const QList<const RecordType *> &RecordType::all()
{
    static const QList<const RecordType *> types {&institutionType, &personType, &projectType,
        &projectPartnerType, &indicatorType, &indicatorValueType, &partnershipType,
        &partnershipContactType, &attachmentType, &amendmentType, &programmeType, &eventType,
        &trainerType, &participationType, &certificateType, &courseType, &offeringType,
        &enrollmentType};
    return types;
}

} // namespace ef
