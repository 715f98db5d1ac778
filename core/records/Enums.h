// The enumerations of the domain, each with the stable words it is stored and synced as and the
// label users read for each word (translated in the context "EnumLabels", the enumeration as the
// disambiguation). Written here once: the schema test checks the CHECK lists against them.
#pragma once

#include "records/EnumText.h"

namespace ef {

enum class InstitutionKind { University, Company, PublicBody, AccreditationAgency, Network, Other };

template <> struct EnumNames<InstitutionKind>
{
    static constexpr std::string_view type = "institution_kind";
    static constexpr EnumItem<InstitutionKind> items[] = {
        {InstitutionKind::University, "university",
            QT_TRANSLATE_NOOP3("EnumLabels", "University", "institution_kind")},
        {InstitutionKind::Company, "company",
            QT_TRANSLATE_NOOP3("EnumLabels", "Company", "institution_kind")},
        {InstitutionKind::PublicBody, "public_body",
            QT_TRANSLATE_NOOP3("EnumLabels", "Public body", "institution_kind")},
        {InstitutionKind::AccreditationAgency, "accreditation_agency",
            QT_TRANSLATE_NOOP3("EnumLabels", "Accreditation agency", "institution_kind")},
        {InstitutionKind::Network, "network",
            QT_TRANSLATE_NOOP3("EnumLabels", "Network", "institution_kind")},
        {InstitutionKind::Other, "other",
            QT_TRANSLATE_NOOP3("EnumLabels", "Other", "institution_kind")},
    };
};

enum class Gender { Female, Male, Undisclosed };

template <> struct EnumNames<Gender>
{
    static constexpr std::string_view type = "gender";
    static constexpr EnumItem<Gender> items[] = {
        {Gender::Female, "female", QT_TRANSLATE_NOOP3("EnumLabels", "Female", "gender")},
        {Gender::Male, "male", QT_TRANSLATE_NOOP3("EnumLabels", "Male", "gender")},
        {Gender::Undisclosed, "undisclosed",
            QT_TRANSLATE_NOOP3("EnumLabels", "Not stated", "gender")},
    };
};

enum class PartnershipKind {
    Mou,
    InternshipAgreement,
    DualEducation,
    JointProject,
    ResearchContract
};

template <> struct EnumNames<PartnershipKind>
{
    static constexpr std::string_view type = "partnership_kind";
    static constexpr EnumItem<PartnershipKind> items[] = {
        {PartnershipKind::Mou, "mou",
            QT_TRANSLATE_NOOP3("EnumLabels", "Memorandum of understanding", "partnership_kind")},
        {PartnershipKind::InternshipAgreement, "internship_agreement",
            QT_TRANSLATE_NOOP3("EnumLabels", "Internship agreement", "partnership_kind")},
        {PartnershipKind::DualEducation, "dual_education",
            QT_TRANSLATE_NOOP3("EnumLabels", "Dual education", "partnership_kind")},
        {PartnershipKind::JointProject, "joint_project",
            QT_TRANSLATE_NOOP3("EnumLabels", "Joint project", "partnership_kind")},
        {PartnershipKind::ResearchContract, "research_contract",
            QT_TRANSLATE_NOOP3("EnumLabels", "Research contract", "partnership_kind")},
    };
};

enum class PartnershipStatus {
    Proposed,
    Negotiating,
    Signed,
    Active,
    Completed,
    Terminated,
    Expired
};

template <> struct EnumNames<PartnershipStatus>
{
    static constexpr std::string_view type = "partnership_status";
    static constexpr EnumItem<PartnershipStatus> items[] = {
        {PartnershipStatus::Proposed, "proposed",
            QT_TRANSLATE_NOOP3("EnumLabels", "Proposed", "partnership_status")},
        {PartnershipStatus::Negotiating, "negotiating",
            QT_TRANSLATE_NOOP3("EnumLabels", "Negotiating", "partnership_status")},
        {PartnershipStatus::Signed, "signed",
            QT_TRANSLATE_NOOP3("EnumLabels", "Signed", "partnership_status")},
        {PartnershipStatus::Active, "active",
            QT_TRANSLATE_NOOP3("EnumLabels", "Active", "partnership_status")},
        {PartnershipStatus::Completed, "completed",
            QT_TRANSLATE_NOOP3("EnumLabels", "Completed", "partnership_status")},
        {PartnershipStatus::Terminated, "terminated",
            QT_TRANSLATE_NOOP3("EnumLabels", "Terminated", "partnership_status")},
        {PartnershipStatus::Expired, "expired",
            QT_TRANSLATE_NOOP3("EnumLabels", "Expired", "partnership_status")},
    };
};

enum class ProjectRole { Coordinator, Partner, Associated };

template <> struct EnumNames<ProjectRole>
{
    static constexpr std::string_view type = "project_role";
    static constexpr EnumItem<ProjectRole> items[] = {
        {ProjectRole::Coordinator, "coordinator",
            QT_TRANSLATE_NOOP3("EnumLabels", "Coordinator", "project_role")},
        {ProjectRole::Partner, "partner",
            QT_TRANSLATE_NOOP3("EnumLabels", "Partner", "project_role")},
        {ProjectRole::Associated, "associated",
            QT_TRANSLATE_NOOP3("EnumLabels", "Associated partner", "project_role")},
    };
};

enum class IndicatorUnit {
    People,
    Percent,
    Courses,
    Modules,
    Organisations,
    Events,
    Agreements,
    Other
};

template <> struct EnumNames<IndicatorUnit>
{
    static constexpr std::string_view type = "indicator_unit";
    static constexpr EnumItem<IndicatorUnit> items[] = {
        {IndicatorUnit::People, "people",
            QT_TRANSLATE_NOOP3("EnumLabels", "People", "indicator_unit")},
        {IndicatorUnit::Percent, "percent",
            QT_TRANSLATE_NOOP3("EnumLabels", "Percent", "indicator_unit")},
        {IndicatorUnit::Courses, "courses",
            QT_TRANSLATE_NOOP3("EnumLabels", "Courses", "indicator_unit")},
        {IndicatorUnit::Modules, "modules",
            QT_TRANSLATE_NOOP3("EnumLabels", "Modules", "indicator_unit")},
        {IndicatorUnit::Organisations, "organisations",
            QT_TRANSLATE_NOOP3("EnumLabels", "Organisations", "indicator_unit")},
        {IndicatorUnit::Events, "events",
            QT_TRANSLATE_NOOP3("EnumLabels", "Events", "indicator_unit")},
        {IndicatorUnit::Agreements, "agreements",
            QT_TRANSLATE_NOOP3("EnumLabels", "Agreements", "indicator_unit")},
        {IndicatorUnit::Other, "other",
            QT_TRANSLATE_NOOP3("EnumLabels", "Other", "indicator_unit")},
    };
};

enum class TrainingTopic {
    EngineeringPedagogy,
    PedagogicalPsychology,
    Communication,
    InteractiveMethods,
    ReflectivePractice,
    Entrepreneurship,
    Steam,
    Other
};

template <> struct EnumNames<TrainingTopic>
{
    static constexpr std::string_view type = "training_topic";
    static constexpr EnumItem<TrainingTopic> items[] = {
        {TrainingTopic::EngineeringPedagogy, "engineering_pedagogy",
            QT_TRANSLATE_NOOP3("EnumLabels", "Engineering pedagogy", "training_topic")},
        {TrainingTopic::PedagogicalPsychology, "pedagogical_psychology",
            QT_TRANSLATE_NOOP3("EnumLabels", "Pedagogical psychology", "training_topic")},
        {TrainingTopic::Communication, "communication",
            QT_TRANSLATE_NOOP3("EnumLabels", "Communication", "training_topic")},
        {TrainingTopic::InteractiveMethods, "interactive_methods",
            QT_TRANSLATE_NOOP3("EnumLabels", "Interactive methods", "training_topic")},
        {TrainingTopic::ReflectivePractice, "reflective_practice",
            QT_TRANSLATE_NOOP3("EnumLabels", "Reflective practice", "training_topic")},
        {TrainingTopic::Entrepreneurship, "entrepreneurship",
            QT_TRANSLATE_NOOP3("EnumLabels", "Entrepreneurship", "training_topic")},
        {TrainingTopic::Steam, "steam",
            QT_TRANSLATE_NOOP3("EnumLabels", "STEAM", "training_topic")},
        {TrainingTopic::Other, "other",
            QT_TRANSLATE_NOOP3("EnumLabels", "Other", "training_topic")},
    };
};

enum class CertificationStandard { National, International };

template <> struct EnumNames<CertificationStandard>
{
    static constexpr std::string_view type = "certification_standard";
    static constexpr EnumItem<CertificationStandard> items[] = {
        {CertificationStandard::National, "national",
            QT_TRANSLATE_NOOP3("EnumLabels", "National", "certification_standard")},
        {CertificationStandard::International, "international",
            QT_TRANSLATE_NOOP3("EnumLabels", "International", "certification_standard")},
    };
};

enum class EventKind {
    Workshop,
    Seminar,
    StudyTour,
    TrainTheTrainer,
    InfoDay,
    Webinar,
    Conference
};

template <> struct EnumNames<EventKind>
{
    static constexpr std::string_view type = "event_kind";
    static constexpr EnumItem<EventKind> items[] = {
        {EventKind::Workshop, "workshop",
            QT_TRANSLATE_NOOP3("EnumLabels", "Workshop", "event_kind")},
        {EventKind::Seminar, "seminar", QT_TRANSLATE_NOOP3("EnumLabels", "Seminar", "event_kind")},
        {EventKind::StudyTour, "study_tour",
            QT_TRANSLATE_NOOP3("EnumLabels", "Study tour", "event_kind")},
        {EventKind::TrainTheTrainer, "train_the_trainer",
            QT_TRANSLATE_NOOP3("EnumLabels", "Train-the-Trainer", "event_kind")},
        {EventKind::InfoDay, "info_day",
            QT_TRANSLATE_NOOP3("EnumLabels", "Info day", "event_kind")},
        {EventKind::Webinar, "webinar", QT_TRANSLATE_NOOP3("EnumLabels", "Webinar", "event_kind")},
        {EventKind::Conference, "conference",
            QT_TRANSLATE_NOOP3("EnumLabels", "Conference", "event_kind")},
    };
};

enum class EventMode { InPerson, Online, Hybrid };

template <> struct EnumNames<EventMode>
{
    static constexpr std::string_view type = "event_mode";
    static constexpr EnumItem<EventMode> items[] = {
        {EventMode::InPerson, "in_person",
            QT_TRANSLATE_NOOP3("EnumLabels", "In person", "event_mode")},
        {EventMode::Online, "online", QT_TRANSLATE_NOOP3("EnumLabels", "Online", "event_mode")},
        {EventMode::Hybrid, "hybrid", QT_TRANSLATE_NOOP3("EnumLabels", "Hybrid", "event_mode")},
    };
};

enum class ParticipationResult { Pending, Passed, Failed };

template <> struct EnumNames<ParticipationResult>
{
    static constexpr std::string_view type = "participation_result";
    static constexpr EnumItem<ParticipationResult> items[] = {
        {ParticipationResult::Pending, "pending",
            QT_TRANSLATE_NOOP3("EnumLabels", "Pending", "participation_result")},
        {ParticipationResult::Passed, "passed",
            QT_TRANSLATE_NOOP3("EnumLabels", "Passed", "participation_result")},
        {ParticipationResult::Failed, "failed",
            QT_TRANSLATE_NOOP3("EnumLabels", "Failed", "participation_result")},
    };
};

enum class CertificateStatus { Valid, Superseded, Revoked };

template <> struct EnumNames<CertificateStatus>
{
    static constexpr std::string_view type = "certificate_status";
    static constexpr EnumItem<CertificateStatus> items[] = {
        {CertificateStatus::Valid, "valid",
            QT_TRANSLATE_NOOP3("EnumLabels", "Valid", "certificate_status")},
        {CertificateStatus::Superseded, "superseded",
            QT_TRANSLATE_NOOP3("EnumLabels", "Superseded", "certificate_status")},
        {CertificateStatus::Revoked, "revoked",
            QT_TRANSLATE_NOOP3("EnumLabels", "Revoked", "certificate_status")},
    };
};

// How a holder's name is written on a programme's certificates.
enum class HolderScript { Native, Latin, Both };

template <> struct EnumNames<HolderScript>
{
    static constexpr std::string_view type = "holder_script";
    static constexpr EnumItem<HolderScript> items[] = {
        {HolderScript::Native, "native",
            QT_TRANSLATE_NOOP3("EnumLabels", "As written (Cyrillic)", "holder_script")},
        {HolderScript::Latin, "latin",
            QT_TRANSLATE_NOOP3("EnumLabels", "In Latin", "holder_script")},
        {HolderScript::Both, "both",
            QT_TRANSLATE_NOOP3("EnumLabels", "As written and in Latin", "holder_script")},
    };
};

// What was done to a certificate in the register.
enum class CertificateActionKind { Issued, Reissued, Superseded, Revoked };

template <> struct EnumNames<CertificateActionKind>
{
    static constexpr std::string_view type = "certificate_action";
    static constexpr EnumItem<CertificateActionKind> items[] = {
        {CertificateActionKind::Issued, "issued",
            QT_TRANSLATE_NOOP3("EnumLabels", "Issued", "certificate_action")},
        {CertificateActionKind::Reissued, "reissued",
            QT_TRANSLATE_NOOP3("EnumLabels", "Issued in place of another", "certificate_action")},
        {CertificateActionKind::Superseded, "superseded",
            QT_TRANSLATE_NOOP3("EnumLabels", "Replaced by a reissue", "certificate_action")},
        {CertificateActionKind::Revoked, "revoked",
            QT_TRANSLATE_NOOP3("EnumLabels", "Revoked", "certificate_action")},
    };
};

enum class CourseArea { Steam, Entrepreneurship };

template <> struct EnumNames<CourseArea>
{
    static constexpr std::string_view type = "course_area";
    static constexpr EnumItem<CourseArea> items[] = {
        {CourseArea::Steam, "steam", QT_TRANSLATE_NOOP3("EnumLabels", "STEAM", "course_area")},
        {CourseArea::Entrepreneurship, "entrepreneurship",
            QT_TRANSLATE_NOOP3("EnumLabels", "Entrepreneurship", "course_area")},
    };
};

enum class CourseDelivery { Online, Blended, InPerson };

template <> struct EnumNames<CourseDelivery>
{
    static constexpr std::string_view type = "course_delivery";
    static constexpr EnumItem<CourseDelivery> items[] = {
        {CourseDelivery::Online, "online",
            QT_TRANSLATE_NOOP3("EnumLabels", "Online", "course_delivery")},
        {CourseDelivery::Blended, "blended",
            QT_TRANSLATE_NOOP3("EnumLabels", "Blended", "course_delivery")},
        {CourseDelivery::InPerson, "in_person",
            QT_TRANSLATE_NOOP3("EnumLabels", "In person", "course_delivery")},
    };
};

enum class AccreditationStatus { NotSubmitted, Submitted, Accredited, Refused, Expired };

template <> struct EnumNames<AccreditationStatus>
{
    static constexpr std::string_view type = "accreditation_status";
    static constexpr EnumItem<AccreditationStatus> items[] = {
        {AccreditationStatus::NotSubmitted, "not_submitted",
            QT_TRANSLATE_NOOP3("EnumLabels", "Not submitted", "accreditation_status")},
        {AccreditationStatus::Submitted, "submitted",
            QT_TRANSLATE_NOOP3("EnumLabels", "Submitted", "accreditation_status")},
        {AccreditationStatus::Accredited, "accredited",
            QT_TRANSLATE_NOOP3("EnumLabels", "Accredited", "accreditation_status")},
        {AccreditationStatus::Refused, "refused",
            QT_TRANSLATE_NOOP3("EnumLabels", "Refused", "accreditation_status")},
        {AccreditationStatus::Expired, "expired",
            QT_TRANSLATE_NOOP3("EnumLabels", "Expired", "accreditation_status")},
    };
};

enum class EnrollmentStatus { Enrolled, Completed, Withdrawn, Failed };

template <> struct EnumNames<EnrollmentStatus>
{
    static constexpr std::string_view type = "enrollment_status";
    static constexpr EnumItem<EnrollmentStatus> items[] = {
        {EnrollmentStatus::Enrolled, "enrolled",
            QT_TRANSLATE_NOOP3("EnumLabels", "Enrolled", "enrollment_status")},
        {EnrollmentStatus::Completed, "completed",
            QT_TRANSLATE_NOOP3("EnumLabels", "Completed", "enrollment_status")},
        {EnrollmentStatus::Withdrawn, "withdrawn",
            QT_TRANSLATE_NOOP3("EnumLabels", "Withdrawn", "enrollment_status")},
        {EnrollmentStatus::Failed, "failed",
            QT_TRANSLATE_NOOP3("EnumLabels", "Failed", "enrollment_status")},
    };
};

// The languages courses are taught in and data is kept in (stored as a word in text fields).
enum class LanguageCode { Kk, Ru, En };

template <> struct EnumNames<LanguageCode>
{
    static constexpr std::string_view type = "language";
    static constexpr EnumItem<LanguageCode> items[] = {
        {LanguageCode::Kk, "kk", QT_TRANSLATE_NOOP3("EnumLabels", "Kazakh", "language")},
        {LanguageCode::Ru, "ru", QT_TRANSLATE_NOOP3("EnumLabels", "Russian", "language")},
        {LanguageCode::En, "en", QT_TRANSLATE_NOOP3("EnumLabels", "English", "language")},
    };
};

// How an indicator is measured: the computations the store knows (Indicator::measure).
enum class IndicatorMeasure {
    Manual,
    EducatorsCertified,
    EducatorsCertifiedInternationalShare,
    CoursesAccredited,
    EnrollmentGrowth,
    FemaleStemGrowth
};

template <> struct EnumNames<IndicatorMeasure>
{
    static constexpr std::string_view type = "indicator_measure";
    static constexpr EnumItem<IndicatorMeasure> items[] = {
        {IndicatorMeasure::Manual, "manual",
            QT_TRANSLATE_NOOP3("EnumLabels", "Values entered by hand", "indicator_measure")},
        {IndicatorMeasure::EducatorsCertified, "educators_certified",
            QT_TRANSLATE_NOOP3("EnumLabels", "Educators certified", "indicator_measure")},
        {IndicatorMeasure::EducatorsCertifiedInternationalShare,
            "educators_certified_international_share",
            QT_TRANSLATE_NOOP3("EnumLabels",
                "Share of educators certified to an international standard", "indicator_measure")},
        {IndicatorMeasure::CoursesAccredited, "courses_accredited",
            QT_TRANSLATE_NOOP3("EnumLabels", "Accredited courses", "indicator_measure")},
        {IndicatorMeasure::EnrollmentGrowth, "enrollment_growth",
            QT_TRANSLATE_NOOP3(
                "EnumLabels", "Enrollment growth per semester", "indicator_measure")},
        {IndicatorMeasure::FemaleStemGrowth, "female_stem_growth",
            QT_TRANSLATE_NOOP3(
                "EnumLabels", "Growth of female participation in STEM", "indicator_measure")},
    };
};

// Every enumeration above, for the code that finds one by its type word (EnumLabels).
using AllEnums = EnumList<InstitutionKind, Gender, PartnershipKind, PartnershipStatus, ProjectRole,
    IndicatorUnit, TrainingTopic, CertificationStandard, EventKind, EventMode, ParticipationResult,
    CertificateStatus, HolderScript, CertificateActionKind, CourseArea, CourseDelivery,
    AccreditationStatus, EnrollmentStatus, LanguageCode, IndicatorMeasure>;

} // namespace ef
