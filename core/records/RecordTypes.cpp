// Every kind of record as the editor sees it: its description (fields in form order) with what
// the user calls a record of it, and for a partnership the lifecycle-aware way an edit is saved.
#include "RecordTypeOf.h"
#include "certificates/Certificate.h"
#include "certificates/CertificateAction.h"
#include "certificates/CertificateSignatory.h"
#include "certificates/OfficeKey.h"
#include "certificates/PublishedRevocationList.h"
#include "courses/Course.h"
#include "courses/Enrollment.h"
#include "courses/Offering.h"
#include "institutions/Institution.h"
#include "partnerships/Attachment.h"
#include "partnerships/Partnership.h"
#include "partnerships/PartnershipAmendment.h"
#include "partnerships/PartnershipChanges.h"
#include "partnerships/PartnershipContact.h"
#include "partnerships/PartnershipValues.h"
#include "people/Person.h"
#include "projects/Indicator.h"
#include "projects/IndicatorValue.h"
#include "projects/Project.h"
#include "projects/ProjectPartner.h"
#include "records/EnumLabels.h"
#include "text/DataLanguage.h"
#include "training/EventTrainer.h"
#include "training/Participation.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

namespace ef {

namespace {

const RecordTypeOf<Institution> institutionType {[](const Institution &i) {
    return i.shortName.isEmpty() ? DataLanguage::pick(i.nameEn, i.nameRu, i.nameKk) : i.shortName;
}};

const RecordTypeOf<Person> personType {[](const Person &p) { return p.displayName(); }};

const RecordTypeOf<Project> projectType {[](const Project &p) { return p.acronym; }};

const RecordTypeOf<ProjectPartner> projectPartnerType {
    [](const ProjectPartner &) { return ProjectPartner::description().name(); }};

const RecordTypeOf<Indicator> indicatorType {[](const Indicator &i) {
    return QStringLiteral("%1 %2").arg(i.code, DataLanguage::pick(i.nameEn, i.nameRu, i.nameKk));
}};

const RecordTypeOf<IndicatorValue> indicatorValueType {
    [](const IndicatorValue &v) { return QLocale().toString(v.value); }};

const RecordTypeOf<Partnership> partnershipType {
    [](const Partnership &p) { return p.title; }, &PartnershipChanges::save};

const RecordTypeOf<PartnershipContact> partnershipContactType {
    [](const PartnershipContact &c) { return c.role; }};

const RecordTypeOf<PartnershipAmendment> amendmentType {
    [](const PartnershipAmendment &a) { return a.summary; }};

const RecordTypeOf<Attachment> attachmentType {[](const Attachment &a) { return a.fileName; }};

const RecordTypeOf<TrainingProgramme> programmeType {
    [](const TrainingProgramme &p) { return DataLanguage::pick(p.titleEn, p.titleRu, p.titleKk); }};

const RecordTypeOf<TrainingEvent> eventType {[](const TrainingEvent &e) { return e.title; }};

const RecordTypeOf<EventTrainer> trainerType {
    [](const EventTrainer &) { return EventTrainer::description().name(); }};

const RecordTypeOf<Participation> participationType {
    [](const Participation &) { return Participation::description().name(); }};

const RecordTypeOf<Certificate> certificateType {[](const Certificate &c) { return c.number; }};

const RecordTypeOf<CertificateSignatory> signatoryType {
    [](const CertificateSignatory &s) { return s.name; }};

const RecordTypeOf<CertificateAction> certificateActionType {
    [](const CertificateAction &a) { return EnumLabels::of(a.action); }};

const RecordTypeOf<OfficeKey> officeKeyType {
    [](const OfficeKey &k) { return QStringLiteral("%1 %2").arg(k.officeCode, k.keyId); }};

const RecordTypeOf<PublishedRevocationList> revocationListType {
    [](const PublishedRevocationList &l) {
        return QStringLiteral("%1 %2").arg(l.officeCode, l.keyId);
    }};

const RecordTypeOf<Course> courseType {[](const Course &c) {
    return QStringLiteral("%1 %2").arg(c.code, DataLanguage::pick(c.titleEn, c.titleRu, c.titleKk));
}};

const RecordTypeOf<Offering> offeringType {[](const Offering &o) { return o.semester.toKey(); }};

const RecordTypeOf<Enrollment> enrollmentType {
    [](const Enrollment &) { return Enrollment::description().name(); }};

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
        &trainerType, &participationType, &signatoryType, &certificateType, &certificateActionType,
        &officeKeyType, &revocationListType, &courseType, &offeringType, &enrollmentType};
    return types;
}

} // namespace ef
