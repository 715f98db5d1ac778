// The enumerations of the domain, each with the stable words it is stored and synced as.
#pragma once

#include "records/EnumText.h"

namespace ef {

enum class InstitutionKind { University, Company, PublicBody, AccreditationAgency, Network, Other };

template <> struct EnumNames<InstitutionKind>
{
    static constexpr std::string_view type = "institution_kind";
    static constexpr std::pair<InstitutionKind, std::string_view> items[] = {
        {InstitutionKind::University, "university"},
        {InstitutionKind::Company, "company"},
        {InstitutionKind::PublicBody, "public_body"},
        {InstitutionKind::AccreditationAgency, "accreditation_agency"},
        {InstitutionKind::Network, "network"},
        {InstitutionKind::Other, "other"},
    };
};

enum class Gender { Female, Male, Undisclosed };

template <> struct EnumNames<Gender>
{
    static constexpr std::string_view type = "gender";
    static constexpr std::pair<Gender, std::string_view> items[] = {
        {Gender::Female, "female"},
        {Gender::Male, "male"},
        {Gender::Undisclosed, "undisclosed"},
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
    static constexpr std::pair<PartnershipKind, std::string_view> items[] = {
        {PartnershipKind::Mou, "mou"},
        {PartnershipKind::InternshipAgreement, "internship_agreement"},
        {PartnershipKind::DualEducation, "dual_education"},
        {PartnershipKind::JointProject, "joint_project"},
        {PartnershipKind::ResearchContract, "research_contract"},
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
    static constexpr std::pair<PartnershipStatus, std::string_view> items[] = {
        {PartnershipStatus::Proposed, "proposed"},
        {PartnershipStatus::Negotiating, "negotiating"},
        {PartnershipStatus::Signed, "signed"},
        {PartnershipStatus::Active, "active"},
        {PartnershipStatus::Completed, "completed"},
        {PartnershipStatus::Terminated, "terminated"},
        {PartnershipStatus::Expired, "expired"},
    };
};

enum class ProjectRole { Coordinator, Partner, Associated };

template <> struct EnumNames<ProjectRole>
{
    static constexpr std::string_view type = "project_role";
    static constexpr std::pair<ProjectRole, std::string_view> items[] = {
        {ProjectRole::Coordinator, "coordinator"},
        {ProjectRole::Partner, "partner"},
        {ProjectRole::Associated, "associated"},
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
    static constexpr std::pair<IndicatorUnit, std::string_view> items[] = {
        {IndicatorUnit::People, "people"},
        {IndicatorUnit::Percent, "percent"},
        {IndicatorUnit::Courses, "courses"},
        {IndicatorUnit::Modules, "modules"},
        {IndicatorUnit::Organisations, "organisations"},
        {IndicatorUnit::Events, "events"},
        {IndicatorUnit::Agreements, "agreements"},
        {IndicatorUnit::Other, "other"},
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
    static constexpr std::pair<TrainingTopic, std::string_view> items[] = {
        {TrainingTopic::EngineeringPedagogy, "engineering_pedagogy"},
        {TrainingTopic::PedagogicalPsychology, "pedagogical_psychology"},
        {TrainingTopic::Communication, "communication"},
        {TrainingTopic::InteractiveMethods, "interactive_methods"},
        {TrainingTopic::ReflectivePractice, "reflective_practice"},
        {TrainingTopic::Entrepreneurship, "entrepreneurship"},
        {TrainingTopic::Steam, "steam"},
        {TrainingTopic::Other, "other"},
    };
};

enum class CertificationStandard { National, International };

template <> struct EnumNames<CertificationStandard>
{
    static constexpr std::string_view type = "certification_standard";
    static constexpr std::pair<CertificationStandard, std::string_view> items[] = {
        {CertificationStandard::National, "national"},
        {CertificationStandard::International, "international"},
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
    static constexpr std::pair<EventKind, std::string_view> items[] = {
        {EventKind::Workshop, "workshop"},
        {EventKind::Seminar, "seminar"},
        {EventKind::StudyTour, "study_tour"},
        {EventKind::TrainTheTrainer, "train_the_trainer"},
        {EventKind::InfoDay, "info_day"},
        {EventKind::Webinar, "webinar"},
        {EventKind::Conference, "conference"},
    };
};

enum class EventMode { InPerson, Online, Hybrid };

template <> struct EnumNames<EventMode>
{
    static constexpr std::string_view type = "event_mode";
    static constexpr std::pair<EventMode, std::string_view> items[] = {
        {EventMode::InPerson, "in_person"},
        {EventMode::Online, "online"},
        {EventMode::Hybrid, "hybrid"},
    };
};

enum class ParticipationResult { Pending, Passed, Failed };

template <> struct EnumNames<ParticipationResult>
{
    static constexpr std::string_view type = "participation_result";
    static constexpr std::pair<ParticipationResult, std::string_view> items[] = {
        {ParticipationResult::Pending, "pending"},
        {ParticipationResult::Passed, "passed"},
        {ParticipationResult::Failed, "failed"},
    };
};

enum class CertificateStatus { Valid, Superseded, Revoked };

template <> struct EnumNames<CertificateStatus>
{
    static constexpr std::string_view type = "certificate_status";
    static constexpr std::pair<CertificateStatus, std::string_view> items[] = {
        {CertificateStatus::Valid, "valid"},
        {CertificateStatus::Superseded, "superseded"},
        {CertificateStatus::Revoked, "revoked"},
    };
};

enum class CourseArea { Steam, Entrepreneurship };

template <> struct EnumNames<CourseArea>
{
    static constexpr std::string_view type = "course_area";
    static constexpr std::pair<CourseArea, std::string_view> items[] = {
        {CourseArea::Steam, "steam"},
        {CourseArea::Entrepreneurship, "entrepreneurship"},
    };
};

enum class CourseDelivery { Online, Blended, InPerson };

template <> struct EnumNames<CourseDelivery>
{
    static constexpr std::string_view type = "course_delivery";
    static constexpr std::pair<CourseDelivery, std::string_view> items[] = {
        {CourseDelivery::Online, "online"},
        {CourseDelivery::Blended, "blended"},
        {CourseDelivery::InPerson, "in_person"},
    };
};

enum class AccreditationStatus { NotSubmitted, Submitted, Accredited, Refused, Expired };

template <> struct EnumNames<AccreditationStatus>
{
    static constexpr std::string_view type = "accreditation_status";
    static constexpr std::pair<AccreditationStatus, std::string_view> items[] = {
        {AccreditationStatus::NotSubmitted, "not_submitted"},
        {AccreditationStatus::Submitted, "submitted"},
        {AccreditationStatus::Accredited, "accredited"},
        {AccreditationStatus::Refused, "refused"},
        {AccreditationStatus::Expired, "expired"},
    };
};

enum class EnrollmentStatus { Enrolled, Completed, Withdrawn, Failed };

template <> struct EnumNames<EnrollmentStatus>
{
    static constexpr std::string_view type = "enrollment_status";
    static constexpr std::pair<EnrollmentStatus, std::string_view> items[] = {
        {EnrollmentStatus::Enrolled, "enrolled"},
        {EnrollmentStatus::Completed, "completed"},
        {EnrollmentStatus::Withdrawn, "withdrawn"},
        {EnrollmentStatus::Failed, "failed"},
    };
};

} // namespace ef
