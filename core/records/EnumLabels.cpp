#include "records/EnumLabels.h"

namespace ef {

namespace {

struct Entry
{
    const char *type;
    const char *word;
    struct
    {
        const char *source; // the English label
        const char *comment; // the enumeration, for the translators
    } text;
};

// The disambiguation is the enumeration: "Completed" of an agreement and of an enrollment may
// differ in Kazakh and Russian (grammatical gender).
const Entry entries[] = {
    {"institution_kind", "university",
        QT_TRANSLATE_NOOP3("EnumLabels", "University", "institution_kind")},
    {"institution_kind", "company",
        QT_TRANSLATE_NOOP3("EnumLabels", "Company", "institution_kind")},
    {"institution_kind", "public_body",
        QT_TRANSLATE_NOOP3("EnumLabels", "Public body", "institution_kind")},
    {"institution_kind", "accreditation_agency",
        QT_TRANSLATE_NOOP3("EnumLabels", "Accreditation agency", "institution_kind")},
    {"institution_kind", "network",
        QT_TRANSLATE_NOOP3("EnumLabels", "Network", "institution_kind")},
    {"institution_kind", "other", QT_TRANSLATE_NOOP3("EnumLabels", "Other", "institution_kind")},
    // How an indicator is measured: the computations the store knows (Indicator::measure).
    {"indicator_measure", "manual",
        QT_TRANSLATE_NOOP3("EnumLabels", "Values entered by hand", "indicator_measure")},
    {"indicator_measure", "educators_certified",
        QT_TRANSLATE_NOOP3("EnumLabels", "Educators certified", "indicator_measure")},
    {"indicator_measure", "educators_certified_international_share",
        QT_TRANSLATE_NOOP3("EnumLabels",
            "Share of educators certified to an international standard", "indicator_measure")},
    {"indicator_measure", "courses_accredited",
        QT_TRANSLATE_NOOP3("EnumLabels", "Accredited courses", "indicator_measure")},
    {"indicator_measure", "enrollment_growth",
        QT_TRANSLATE_NOOP3("EnumLabels", "Enrollment growth per semester", "indicator_measure")},
    {"indicator_measure", "female_stem_growth",
        QT_TRANSLATE_NOOP3(
            "EnumLabels", "Growth of female participation in STEM", "indicator_measure")},
    // The languages courses are taught in and data is kept in.
    {"language", "kk", QT_TRANSLATE_NOOP3("EnumLabels", "Kazakh", "language")},
    {"language", "ru", QT_TRANSLATE_NOOP3("EnumLabels", "Russian", "language")},
    {"language", "en", QT_TRANSLATE_NOOP3("EnumLabels", "English", "language")},
    {"gender", "female", QT_TRANSLATE_NOOP3("EnumLabels", "Female", "gender")},
    {"gender", "male", QT_TRANSLATE_NOOP3("EnumLabels", "Male", "gender")},
    {"gender", "undisclosed", QT_TRANSLATE_NOOP3("EnumLabels", "Not stated", "gender")},
    {"partnership_kind", "mou",
        QT_TRANSLATE_NOOP3("EnumLabels", "Memorandum of understanding", "partnership_kind")},
    {"partnership_kind", "internship_agreement",
        QT_TRANSLATE_NOOP3("EnumLabels", "Internship agreement", "partnership_kind")},
    {"partnership_kind", "dual_education",
        QT_TRANSLATE_NOOP3("EnumLabels", "Dual education", "partnership_kind")},
    {"partnership_kind", "joint_project",
        QT_TRANSLATE_NOOP3("EnumLabels", "Joint project", "partnership_kind")},
    {"partnership_kind", "research_contract",
        QT_TRANSLATE_NOOP3("EnumLabels", "Research contract", "partnership_kind")},
    {"partnership_status", "proposed",
        QT_TRANSLATE_NOOP3("EnumLabels", "Proposed", "partnership_status")},
    {"partnership_status", "negotiating",
        QT_TRANSLATE_NOOP3("EnumLabels", "Negotiating", "partnership_status")},
    {"partnership_status", "signed",
        QT_TRANSLATE_NOOP3("EnumLabels", "Signed", "partnership_status")},
    {"partnership_status", "active",
        QT_TRANSLATE_NOOP3("EnumLabels", "Active", "partnership_status")},
    {"partnership_status", "completed",
        QT_TRANSLATE_NOOP3("EnumLabels", "Completed", "partnership_status")},
    {"partnership_status", "terminated",
        QT_TRANSLATE_NOOP3("EnumLabels", "Terminated", "partnership_status")},
    {"partnership_status", "expired",
        QT_TRANSLATE_NOOP3("EnumLabels", "Expired", "partnership_status")},
    {"project_role", "coordinator",
        QT_TRANSLATE_NOOP3("EnumLabels", "Coordinator", "project_role")},
    {"project_role", "partner", QT_TRANSLATE_NOOP3("EnumLabels", "Partner", "project_role")},
    {"project_role", "associated",
        QT_TRANSLATE_NOOP3("EnumLabels", "Associated partner", "project_role")},
    {"indicator_unit", "people", QT_TRANSLATE_NOOP3("EnumLabels", "People", "indicator_unit")},
    {"indicator_unit", "percent", QT_TRANSLATE_NOOP3("EnumLabels", "Percent", "indicator_unit")},
    {"indicator_unit", "courses", QT_TRANSLATE_NOOP3("EnumLabels", "Courses", "indicator_unit")},
    {"indicator_unit", "modules", QT_TRANSLATE_NOOP3("EnumLabels", "Modules", "indicator_unit")},
    {"indicator_unit", "organisations",
        QT_TRANSLATE_NOOP3("EnumLabels", "Organisations", "indicator_unit")},
    {"indicator_unit", "events", QT_TRANSLATE_NOOP3("EnumLabels", "Events", "indicator_unit")},
    {"indicator_unit", "agreements",
        QT_TRANSLATE_NOOP3("EnumLabels", "Agreements", "indicator_unit")},
    {"indicator_unit", "other", QT_TRANSLATE_NOOP3("EnumLabels", "Other", "indicator_unit")},
    {"training_topic", "engineering_pedagogy",
        QT_TRANSLATE_NOOP3("EnumLabels", "Engineering pedagogy", "training_topic")},
    {"training_topic", "pedagogical_psychology",
        QT_TRANSLATE_NOOP3("EnumLabels", "Pedagogical psychology", "training_topic")},
    {"training_topic", "communication",
        QT_TRANSLATE_NOOP3("EnumLabels", "Communication", "training_topic")},
    {"training_topic", "interactive_methods",
        QT_TRANSLATE_NOOP3("EnumLabels", "Interactive methods", "training_topic")},
    {"training_topic", "reflective_practice",
        QT_TRANSLATE_NOOP3("EnumLabels", "Reflective practice", "training_topic")},
    {"training_topic", "entrepreneurship",
        QT_TRANSLATE_NOOP3("EnumLabels", "Entrepreneurship", "training_topic")},
    {"training_topic", "steam", QT_TRANSLATE_NOOP3("EnumLabels", "STEAM", "training_topic")},
    {"training_topic", "other", QT_TRANSLATE_NOOP3("EnumLabels", "Other", "training_topic")},
    {"certification_standard", "national",
        QT_TRANSLATE_NOOP3("EnumLabels", "National", "certification_standard")},
    {"certification_standard", "international",
        QT_TRANSLATE_NOOP3("EnumLabels", "International", "certification_standard")},
    {"event_kind", "workshop", QT_TRANSLATE_NOOP3("EnumLabels", "Workshop", "event_kind")},
    {"event_kind", "seminar", QT_TRANSLATE_NOOP3("EnumLabels", "Seminar", "event_kind")},
    {"event_kind", "study_tour", QT_TRANSLATE_NOOP3("EnumLabels", "Study tour", "event_kind")},
    {"event_kind", "train_the_trainer",
        QT_TRANSLATE_NOOP3("EnumLabels", "Train-the-Trainer", "event_kind")},
    {"event_kind", "info_day", QT_TRANSLATE_NOOP3("EnumLabels", "Info day", "event_kind")},
    {"event_kind", "webinar", QT_TRANSLATE_NOOP3("EnumLabels", "Webinar", "event_kind")},
    {"event_kind", "conference", QT_TRANSLATE_NOOP3("EnumLabels", "Conference", "event_kind")},
    {"event_mode", "in_person", QT_TRANSLATE_NOOP3("EnumLabels", "In person", "event_mode")},
    {"event_mode", "online", QT_TRANSLATE_NOOP3("EnumLabels", "Online", "event_mode")},
    {"event_mode", "hybrid", QT_TRANSLATE_NOOP3("EnumLabels", "Hybrid", "event_mode")},
    {"participation_result", "pending",
        QT_TRANSLATE_NOOP3("EnumLabels", "Pending", "participation_result")},
    {"participation_result", "passed",
        QT_TRANSLATE_NOOP3("EnumLabels", "Passed", "participation_result")},
    {"participation_result", "failed",
        QT_TRANSLATE_NOOP3("EnumLabels", "Failed", "participation_result")},
    {"certificate_status", "valid",
        QT_TRANSLATE_NOOP3("EnumLabels", "Valid", "certificate_status")},
    {"certificate_status", "superseded",
        QT_TRANSLATE_NOOP3("EnumLabels", "Superseded", "certificate_status")},
    {"certificate_status", "revoked",
        QT_TRANSLATE_NOOP3("EnumLabels", "Revoked", "certificate_status")},
    {"course_area", "steam", QT_TRANSLATE_NOOP3("EnumLabels", "STEAM", "course_area")},
    {"course_area", "entrepreneurship",
        QT_TRANSLATE_NOOP3("EnumLabels", "Entrepreneurship", "course_area")},
    {"course_delivery", "online", QT_TRANSLATE_NOOP3("EnumLabels", "Online", "course_delivery")},
    {"course_delivery", "blended", QT_TRANSLATE_NOOP3("EnumLabels", "Blended", "course_delivery")},
    {"course_delivery", "in_person",
        QT_TRANSLATE_NOOP3("EnumLabels", "In person", "course_delivery")},
    {"accreditation_status", "not_submitted",
        QT_TRANSLATE_NOOP3("EnumLabels", "Not submitted", "accreditation_status")},
    {"accreditation_status", "submitted",
        QT_TRANSLATE_NOOP3("EnumLabels", "Submitted", "accreditation_status")},
    {"accreditation_status", "accredited",
        QT_TRANSLATE_NOOP3("EnumLabels", "Accredited", "accreditation_status")},
    {"accreditation_status", "refused",
        QT_TRANSLATE_NOOP3("EnumLabels", "Refused", "accreditation_status")},
    {"accreditation_status", "expired",
        QT_TRANSLATE_NOOP3("EnumLabels", "Expired", "accreditation_status")},
    {"enrollment_status", "enrolled",
        QT_TRANSLATE_NOOP3("EnumLabels", "Enrolled", "enrollment_status")},
    {"enrollment_status", "completed",
        QT_TRANSLATE_NOOP3("EnumLabels", "Completed", "enrollment_status")},
    {"enrollment_status", "withdrawn",
        QT_TRANSLATE_NOOP3("EnumLabels", "Withdrawn", "enrollment_status")},
    {"enrollment_status", "failed",
        QT_TRANSLATE_NOOP3("EnumLabels", "Failed", "enrollment_status")},
};

} // namespace

QString EnumLabels::label(QStringView type, QStringView word)
{
    for (const Entry &e : entries)
        if (type == QLatin1StringView(e.type) && word == QLatin1StringView(e.word))
            return tr(e.text.source, e.text.comment);
    return word.toString();
}

QStringList EnumLabels::words(QStringView type)
{
    QStringList out;
    for (const Entry &e : entries)
        if (type == QLatin1StringView(e.type))
            out << QString::fromLatin1(e.word);
    return out;
}

} // namespace ef
