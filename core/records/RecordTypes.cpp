// The sixteen kinds of record as the editor sees them: fields in form order, with labels.
#include "RecordTypeOf.h"
#include "domain/Attachment.h"
#include "domain/Certificate.h"
#include "domain/Course.h"
#include "domain/Enrollment.h"
#include "domain/EventTrainer.h"
#include "domain/Indicator.h"
#include "domain/IndicatorValue.h"
#include "domain/Institution.h"
#include "domain/Offering.h"
#include "domain/Participation.h"
#include "domain/Partnership.h"
#include "domain/PartnershipContact.h"
#include "domain/Person.h"
#include "domain/Project.h"
#include "domain/ProjectPartner.h"
#include "domain/TrainingEvent.h"
#include "domain/TrainingProgramme.h"
#include "text/DataLanguage.h"

#define EF_FIELD(text) QT_TRANSLATE_NOOP("RecordFields", text)
#define EF_TYPE(text) QT_TRANSLATE_NOOP("RecordTypes", text)

namespace ef {

namespace {

using K = FieldKind;

const RecordTypeOf<Institution> institutionType {EF_TYPE("Institution"),
    {
        field(&Institution::kind, "kind", EF_FIELD("Kind")),
        field(&Institution::nameKk, "name_kk", EF_FIELD("Name in Kazakh")),
        field(&Institution::nameRu, "name_ru", EF_FIELD("Name in Russian")),
        field(&Institution::nameEn, "name_en", EF_FIELD("Name in English")),
        field(&Institution::shortName, "short_name", EF_FIELD("Short name")),
        field(&Institution::country, "country", EF_FIELD("Country (ISO code)")).required(),
        field(&Institution::region, "region", EF_FIELD("Region")),
        field(&Institution::city, "city", EF_FIELD("City")),
        field(&Institution::bin, "bin", EF_FIELD("BIN")),
        field(&Institution::pic, "pic", EF_FIELD("Erasmus+ PIC")),
        field(&Institution::website, "website", EF_FIELD("Website")),
    },
    [](const Institution &i) {
        return i.shortName.isEmpty() ? DataLanguage::pick(i.nameEn, i.nameRu, i.nameKk)
                                     : i.shortName;
    }};

const RecordTypeOf<Person> personType {EF_TYPE("Person"),
    {
        field(&Person::familyName, "family_name", EF_FIELD("Family name")).required(),
        field(&Person::givenName, "given_name", EF_FIELD("Given name")).required(),
        field(&Person::patronymic, "patronymic", EF_FIELD("Patronymic")),
        field(&Person::familyNameLatin, "family_name_latin", EF_FIELD("Family name in Latin")),
        field(&Person::givenNameLatin, "given_name_latin", EF_FIELD("Given name in Latin")),
        field(&Person::gender, "gender", EF_FIELD("Gender")),
        field(&Person::institutionId, "institution_id", EF_FIELD("Institution")),
        field(&Person::roles, "roles", EF_FIELD("Roles")).as(K::Roles),
        field(&Person::email, "email", EF_FIELD("Email")),
        field(&Person::phone, "phone", EF_FIELD("Phone")),
    },
    [](const Person &p) { return p.displayName(); }, QStringLiteral("institution_id")};

const RecordTypeOf<Project> projectType {EF_TYPE("Project"),
    {
        field(&Project::acronym, "acronym", EF_FIELD("Acronym")).required(),
        field(&Project::title, "title", EF_FIELD("Title")).required(),
        field(&Project::code, "code", EF_FIELD("Project number")).required(),
        field(&Project::programme, "programme", EF_FIELD("Programme")),
        field(&Project::callId, "call_id", EF_FIELD("Call")),
        field(&Project::coordinatorId, "coordinator_id", EF_FIELD("Coordinator")),
        field(&Project::startsOn, "starts_on", EF_FIELD("Starts on")).required(),
        field(&Project::endsOn, "ends_on", EF_FIELD("Ends on")).required(),
    },
    [](const Project &p) { return p.acronym; }};

const RecordTypeOf<ProjectPartner> projectPartnerType {EF_TYPE("Project partner"),
    {
        field(&ProjectPartner::projectId, "project_id", EF_FIELD("Project")).required(),
        field(&ProjectPartner::institutionId, "institution_id", EF_FIELD("Institution")).required(),
        field(&ProjectPartner::role, "role", EF_FIELD("Role")),
    },
    [](const ProjectPartner &) { return RecordType::tr("Project partner"); }};

const RecordTypeOf<Indicator> indicatorType {EF_TYPE("Indicator"),
    {
        field(&Indicator::projectId, "project_id", EF_FIELD("Project")).required(),
        field(&Indicator::code, "code", EF_FIELD("Code")).required(),
        field(&Indicator::nameKk, "name_kk", EF_FIELD("Name in Kazakh")),
        field(&Indicator::nameRu, "name_ru", EF_FIELD("Name in Russian")),
        field(&Indicator::nameEn, "name_en", EF_FIELD("Name in English")).required(),
        field(&Indicator::unit, "unit", EF_FIELD("Unit")),
        field(&Indicator::measure, "measure", EF_FIELD("Measured by")),
        field(&Indicator::baseline, "baseline", EF_FIELD("Baseline")).range(0, 1e9, 1),
        field(&Indicator::target, "target", EF_FIELD("Target")).range(0, 1e9, 1).required(),
    },
    [](const Indicator &i) {
        return QStringLiteral("%1 %2").arg(i.code, DataLanguage::pick(i.nameEn, i.nameRu, i.nameKk));
    }};

const RecordTypeOf<IndicatorValue> indicatorValueType {EF_TYPE("Indicator value"),
    {
        field(&IndicatorValue::indicatorId, "indicator_id", EF_FIELD("Indicator")).required(),
        field(&IndicatorValue::measuredOn, "measured_on", EF_FIELD("Measured on")).required(),
        field(&IndicatorValue::value, "value", EF_FIELD("Value")).range(0, 1e9, 1),
        field(&IndicatorValue::note, "note", EF_FIELD("Note")).as(K::LongText),
    },
    [](const IndicatorValue &v) { return QLocale().toString(v.value); }};

const RecordTypeOf<Partnership> partnershipType {EF_TYPE("Partnership"),
    {
        field(&Partnership::title, "title", EF_FIELD("Title")).required(),
        field(&Partnership::kind, "kind", EF_FIELD("Kind")),
        field(&Partnership::status, "status", EF_FIELD("Status")),
        field(&Partnership::universityId, "university_id", EF_FIELD("University")).required(),
        field(&Partnership::partnerId, "partner_id", EF_FIELD("Partner")).required(),
        field(&Partnership::projectId, "project_id", EF_FIELD("Project")),
        field(&Partnership::signedOn, "signed_on", EF_FIELD("Signed on")),
        field(&Partnership::startsOn, "starts_on", EF_FIELD("Starts on")),
        field(&Partnership::endsOn, "ends_on", EF_FIELD("Ends on")),
        field(&Partnership::internshipsOffered, "internships_offered",
            EF_FIELD("Internships offered"))
            .range(0, 100000),
        field(&Partnership::studentsPlaced, "students_placed", EF_FIELD("Students placed"))
            .range(0, 100000),
        field(&Partnership::notes, "notes", EF_FIELD("Notes")).as(K::LongText),
    },
    [](const Partnership &p) { return p.title; }, QStringLiteral("university_id")};

const RecordTypeOf<PartnershipContact> partnershipContactType {EF_TYPE("Partnership contact"),
    {
        field(&PartnershipContact::partnershipId, "partnership_id", EF_FIELD("Partnership"))
            .required(),
        field(&PartnershipContact::personId, "person_id", EF_FIELD("Person")).required(),
        field(&PartnershipContact::role, "role", EF_FIELD("Role")),
    },
    [](const PartnershipContact &c) { return c.role; }};

const RecordTypeOf<Attachment> attachmentType {EF_TYPE("Document"),
    {
        field(&Attachment::partnershipId, "partnership_id", EF_FIELD("Partnership")).required(),
        field(&Attachment::fileName, "file_name", EF_FIELD("File name")).required(),
        field(&Attachment::mimeType, "mime_type", EF_FIELD("Type")),
        field(&Attachment::size, "size", EF_FIELD("Size")),
        field(&Attachment::sha256, "sha256", EF_FIELD("Checksum")),
        field(&Attachment::addedOn, "added_on", EF_FIELD("Added on")),
    },
    [](const Attachment &a) { return a.fileName; }};

const RecordTypeOf<TrainingProgramme> programmeType {EF_TYPE("Training programme"),
    {
        field(&TrainingProgramme::code, "code", EF_FIELD("Code")).required(),
        field(&TrainingProgramme::titleKk, "title_kk", EF_FIELD("Title in Kazakh")),
        field(&TrainingProgramme::titleRu, "title_ru", EF_FIELD("Title in Russian")),
        field(&TrainingProgramme::titleEn, "title_en", EF_FIELD("Title in English")),
        field(&TrainingProgramme::topic, "topic", EF_FIELD("Topic")),
        field(&TrainingProgramme::standard, "standard", EF_FIELD("Certification standard")),
        field(&TrainingProgramme::hours, "hours", EF_FIELD("Hours")).range(0, 2000, 1).required(),
        field(&TrainingProgramme::projectId, "project_id", EF_FIELD("Project")),
    },
    [](const TrainingProgramme &p) {
        return DataLanguage::pick(p.titleEn, p.titleRu, p.titleKk);
    }};

const RecordTypeOf<TrainingEvent> eventType {EF_TYPE("Training event"),
    {
        field(&TrainingEvent::title, "title", EF_FIELD("Title")).required(),
        field(&TrainingEvent::kind, "kind", EF_FIELD("Kind")),
        field(&TrainingEvent::programmeId, "programme_id", EF_FIELD("Programme")),
        field(&TrainingEvent::startsOn, "starts_on", EF_FIELD("Starts on")).required(),
        field(&TrainingEvent::endsOn, "ends_on", EF_FIELD("Ends on")).required(),
        field(&TrainingEvent::mode, "mode", EF_FIELD("Mode")),
        field(&TrainingEvent::hostId, "host_id", EF_FIELD("Host")),
        field(&TrainingEvent::place, "place", EF_FIELD("Place")),
        field(&TrainingEvent::city, "city", EF_FIELD("City")),
        field(&TrainingEvent::country, "country", EF_FIELD("Country (ISO code)")),
        field(&TrainingEvent::hours, "hours", EF_FIELD("Hours")).range(0, 2000, 1),
    },
    [](const TrainingEvent &e) { return e.title; }, QStringLiteral("host_id")};

const RecordTypeOf<EventTrainer> trainerType {EF_TYPE("Trainer"),
    {
        field(&EventTrainer::eventId, "event_id", EF_FIELD("Event")).required(),
        field(&EventTrainer::personId, "person_id", EF_FIELD("Trainer")).required(),
    },
    [](const EventTrainer &) { return RecordType::tr("Trainer"); }};

const RecordTypeOf<Participation> participationType {EF_TYPE("Participation"),
    {
        field(&Participation::eventId, "event_id", EF_FIELD("Event")).required(),
        field(&Participation::personId, "person_id", EF_FIELD("Participant")).required(),
        field(&Participation::attendedHours, "attended_hours", EF_FIELD("Hours attended"))
            .range(0, 2000, 1),
        field(&Participation::assessment, "assessment", EF_FIELD("Assessment (0–100)"))
            .range(0, 100, 1),
        field(&Participation::result, "result", EF_FIELD("Result")),
    },
    [](const Participation &) { return RecordType::tr("Participation"); }};

const RecordTypeOf<Certificate> certificateType {EF_TYPE("Certificate"),
    {
        field(&Certificate::number, "number", EF_FIELD("Number")).required(),
        field(&Certificate::personId, "person_id", EF_FIELD("Holder")).required(),
        field(&Certificate::programmeId, "programme_id", EF_FIELD("Programme")),
        field(&Certificate::eventId, "event_id", EF_FIELD("Event")),
        field(&Certificate::level, "level", EF_FIELD("Level")),
        field(&Certificate::issuedOn, "issued_on", EF_FIELD("Issued on")).required(),
        field(&Certificate::validUntil, "valid_until", EF_FIELD("Valid until")),
        field(&Certificate::status, "status", EF_FIELD("Status")),
        field(&Certificate::replacesId, "replaces_id", EF_FIELD("Replaces")),
        field(&Certificate::revokedOn, "revoked_on", EF_FIELD("Revoked on")),
        field(&Certificate::revocationReason, "revocation_reason", EF_FIELD("Reason for revocation"))
            .as(K::LongText),
    },
    [](const Certificate &c) { return c.number; }};

const RecordTypeOf<Course> courseType {EF_TYPE("Course"),
    {
        field(&Course::code, "code", EF_FIELD("Code")).required(),
        field(&Course::titleKk, "title_kk", EF_FIELD("Title in Kazakh")),
        field(&Course::titleRu, "title_ru", EF_FIELD("Title in Russian")),
        field(&Course::titleEn, "title_en", EF_FIELD("Title in English")),
        field(&Course::area, "area", EF_FIELD("Area")),
        field(&Course::ects, "ects", EF_FIELD("ECTS credits")).range(0, 60, 1).required(),
        field(&Course::languages, "languages", EF_FIELD("Languages")).as(K::Languages).required(),
        field(&Course::delivery, "delivery", EF_FIELD("Delivery")),
        field(&Course::providerId, "provider_id", EF_FIELD("Provider")),
        field(&Course::accreditationAgencyId, "accreditation_agency_id",
            EF_FIELD("Accreditation agency")),
        field(&Course::accreditationStatus, "accreditation_status", EF_FIELD("Accreditation")),
        field(&Course::accreditedOn, "accredited_on", EF_FIELD("Accredited on")),
        field(&Course::accreditedUntil, "accredited_until", EF_FIELD("Accredited until")),
        field(&Course::climateNeutral, "climate_neutral", EF_FIELD("Climate-neutral")),
        field(&Course::genderInclusive, "gender_inclusive", EF_FIELD("Gender-inclusive")),
        field(&Course::learningOutcomes, "learning_outcomes", EF_FIELD("Learning outcomes"))
            .as(K::LongText),
    },
    [](const Course &c) {
        return QStringLiteral("%1 %2").arg(c.code, DataLanguage::pick(c.titleEn, c.titleRu, c.titleKk));
    },
    QStringLiteral("provider_id")};

const RecordTypeOf<Offering> offeringType {EF_TYPE("Offering"),
    {
        field(&Offering::courseId, "course_id", EF_FIELD("Course")).required(),
        field(&Offering::institutionId, "institution_id", EF_FIELD("Institution")).required(),
        field(&Offering::semester, "semester", EF_FIELD("Semester")).required(),
        field(&Offering::language, "language", EF_FIELD("Language of teaching"))
            .as(K::Language)
            .required(),
        field(&Offering::instructorId, "instructor_id", EF_FIELD("Instructor")),
        field(&Offering::capacity, "capacity", EF_FIELD("Places")).range(1, 100000),
    },
    [](const Offering &o) { return o.semester.toKey(); }, QStringLiteral("institution_id")};

const RecordTypeOf<Enrollment> enrollmentType {EF_TYPE("Enrollment"),
    {
        field(&Enrollment::offeringId, "offering_id", EF_FIELD("Offering")).required(),
        field(&Enrollment::personId, "person_id", EF_FIELD("Student")).required(),
        field(&Enrollment::status, "status", EF_FIELD("Status")),
        field(&Enrollment::grade, "grade", EF_FIELD("Grade (0–100)")).range(0, 100, 1),
        field(&Enrollment::enrolledOn, "enrolled_on", EF_FIELD("Enrolled on")).required(),
    },
    [](const Enrollment &) { return RecordType::tr("Enrollment"); }};

} // namespace

const QList<const RecordType *> &RecordType::all()
{
    static const QList<const RecordType *> types {&institutionType, &personType, &projectType,
        &projectPartnerType, &indicatorType, &indicatorValueType, &partnershipType,
        &partnershipContactType, &attachmentType, &programmeType, &eventType, &trainerType,
        &participationType, &certificateType, &courseType, &offeringType, &enrollmentType};
    return types;
}

} // namespace ef
