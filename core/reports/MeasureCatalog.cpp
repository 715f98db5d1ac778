#include "MeasureCatalog.h"

#include "courses/Semester.h"
#include "people/Person.h"
#include "records/EnumLabels.h"

#include <QHash>

namespace ef {

namespace {

using A = MeasureDefinition::Aggregate;
using D = ReportDimension;

QString s(const char *sql)
{
    return QString::fromLatin1(sql);
}

// The person a record names, with the institution they work or study at.
const QList<MeasureJoin> personJoins = {
    {s("p"), s("JOIN person p ON p.id = x.person_id AND p.deleted = 0"), {}},
    {s("pi"), s("LEFT JOIN institution pi ON pi.id = p.institution_id"), {s("p")}},
};

QList<MeasureDimension> personDimensions()
{
    return {
        {D::Gender, s("p.gender"), {s("p")}},
        {D::Institution, s("p.institution_id"), {s("p")}},
        {D::Region, s("pi.region"), {s("pi")}},
        {D::Country, s("pi.country"), {s("pi")}},
        {D::Role, s("p.roles"), {s("p")}, DimensionMatch::Flag},
    };
}

MeasureDefinition certified()
{
    MeasureDefinition m;
    m.measure = IndicatorMeasure::EducatorsCertified;
    m.table = s("certificate x");
    m.where = s("x.deleted = 0 AND x.status = 'valid'");
    m.aggregate = A::CountDistinct;
    m.value = s("x.person_id");
    m.date = s("x.issued_on");
    m.project = s("tp.project_id");
    m.projectJoins = {s("tp")};
    m.alwaysJoins = {s("p")};
    m.joins = personJoins;
    m.joins << MeasureJoin {
        s("tp"), s("LEFT JOIN training_programme tp ON tp.id = x.programme_id"), {}};
    m.dimensions = personDimensions();
    m.dimensions << MeasureDimension {D::Standard, s("x.level"), {}}
                 << MeasureDimension {D::Semester, MeasureCatalog::semesterOfDate(m.date), {}};
    return m;
}

MeasureDefinition participations(IndicatorMeasure measure)
{
    MeasureDefinition m;
    m.measure = measure;
    m.table = s("participation x JOIN training_event ev ON ev.id = x.event_id AND ev.deleted = 0");
    m.where = s("x.deleted = 0");
    if (measure == IndicatorMeasure::TrainingHours) {
        m.aggregate = A::Sum;
        m.value = s("x.attended_hours");
    } else {
        m.aggregate = A::CountDistinct;
        m.value = s("x.person_id");
    }
    m.date = s("ev.starts_on");
    m.project = s("tp.project_id");
    m.projectJoins = {s("tp")};
    m.alwaysJoins = {s("p")};
    m.joins = personJoins;
    m.joins << MeasureJoin {
        s("tp"), s("LEFT JOIN training_programme tp ON tp.id = ev.programme_id"), {}};
    m.dimensions = personDimensions();
    m.dimensions << MeasureDimension {D::Standard, s("tp.standard"), {s("tp")}}
                 << MeasureDimension {D::EventKind, s("ev.kind"), {}}
                 << MeasureDimension {D::Semester, MeasureCatalog::semesterOfDate(m.date), {}};
    return m;
}

MeasureDefinition events()
{
    MeasureDefinition m;
    m.measure = IndicatorMeasure::TrainingEvents;
    m.table = s("training_event x");
    m.where = s("x.deleted = 0");
    m.date = s("x.starts_on");
    m.project = s("tp.project_id");
    m.projectJoins = {s("tp")};
    m.joins = {
        {s("hi"), s("LEFT JOIN institution hi ON hi.id = x.host_id"), {}},
        {s("tp"), s("LEFT JOIN training_programme tp ON tp.id = x.programme_id"), {}},
    };
    m.dimensions = {
        {D::Institution, s("x.host_id"), {}},
        {D::Region, s("hi.region"), {s("hi")}},
        {D::Country, s("coalesce(x.country, hi.country)"), {s("hi")}},
        {D::Standard, s("tp.standard"), {s("tp")}},
        {D::EventKind, s("x.kind"), {}},
        {D::Semester, MeasureCatalog::semesterOfDate(m.date), {}},
    };
    return m;
}

MeasureDefinition partnerships(IndicatorMeasure measure)
{
    MeasureDefinition m;
    m.measure = measure;
    m.table = s("partnership x");
    // Signed: it has a signing date, whatever became of it since.
    m.where = s("x.deleted = 0 AND x.signed_on IS NOT NULL");
    switch (measure) {
    case IndicatorMeasure::InternshipsOffered:
        m.aggregate = A::Sum;
        m.value = s("x.internships_offered");
        break;
    case IndicatorMeasure::StudentsPlaced:
        m.aggregate = A::Sum;
        m.value = s("x.students_placed");
        break;
    case IndicatorMeasure::PartnerOrganisations:
        m.aggregate = A::CountDistinct;
        m.value = s("x.partner_id");
        break;
    default:
        break;
    }
    m.date = s("x.signed_on");
    m.project = s("x.project_id");
    m.joins = {
        {s("ui"), s("JOIN institution ui ON ui.id = x.university_id"), {}},
        {s("pa"), s("JOIN institution pa ON pa.id = x.partner_id"), {}},
    };
    m.dimensions = {
        {D::Institution, s("x.university_id"), {}},
        {D::Region, s("ui.region"), {s("ui")}},
        {D::Country, s("pa.country"), {s("pa")}},
        {D::PartnershipKind, s("x.kind"), {}},
        {D::PartnershipStatus, s("x.status"), {}},
        {D::Semester, MeasureCatalog::semesterOfDate(m.date), {}},
    };
    return m;
}

MeasureDefinition courses(IndicatorMeasure measure)
{
    MeasureDefinition m;
    m.measure = measure;
    m.table = s("course x");
    if (measure == IndicatorMeasure::CoursesAccredited) {
        m.where = s("x.deleted = 0 AND x.accreditation_status = 'accredited'");
        m.date = s("x.accredited_on");
    } else {
        m.where = s("x.deleted = 0");
    }
    m.joins = {{s("ci"), s("LEFT JOIN institution ci ON ci.id = x.provider_id"), {}}};
    m.dimensions = {
        {D::Institution, s("x.provider_id"), {}},
        {D::Region, s("ci.region"), {s("ci")}},
        {D::Country, s("ci.country"), {s("ci")}},
        {D::CourseArea, s("x.area"), {}},
    };
    if (!m.date.isEmpty())
        m.dimensions << MeasureDimension {D::Semester, MeasureCatalog::semesterOfDate(m.date), {}};
    return m;
}

MeasureDefinition enrollments(IndicatorMeasure measure)
{
    MeasureDefinition m;
    m.measure = measure;
    m.table = s("enrollment x JOIN offering o ON o.id = x.offering_id AND o.deleted = 0");
    m.where = s("x.deleted = 0 AND x.status <> 'withdrawn'");
    if (measure == IndicatorMeasure::StudentsEnrolled) {
        m.aggregate = A::CountDistinct;
        m.value = s("x.person_id");
    }
    m.date = s("x.enrolled_on");
    m.joins = personJoins;
    m.joins << MeasureJoin {s("c"), s("JOIN course c ON c.id = o.course_id"), {}}
            << MeasureJoin {s("oi"), s("LEFT JOIN institution oi ON oi.id = o.institution_id"), {}};
    m.dimensions = {
        {D::Gender, s("p.gender"), {s("p")}},
        {D::Institution, s("o.institution_id"), {}},
        {D::Region, s("oi.region"), {s("oi")}},
        {D::Country, s("oi.country"), {s("oi")}},
        {D::Role, s("p.roles"), {s("p")}, DimensionMatch::Flag},
        {D::CourseArea, s("c.area"), {s("c")}},
        {D::Semester, s("o.semester"), {}},
    };
    return m;
}

MeasureDefinition manual()
{
    MeasureDefinition m;
    m.measure = IndicatorMeasure::Manual;
    m.table = s("indicator_value x");
    m.where = s("x.deleted = 0");
    m.date = s("x.measured_on");
    return m;
}

MeasureDefinition make(IndicatorMeasure measure)
{
    switch (measure) {
    case IndicatorMeasure::Manual:
        return manual();
    case IndicatorMeasure::EducatorsCertified:
        return certified();
    case IndicatorMeasure::Participants:
    case IndicatorMeasure::TrainingHours:
        return participations(measure);
    case IndicatorMeasure::TrainingEvents:
        return events();
    case IndicatorMeasure::PartnershipsSigned:
    case IndicatorMeasure::InternshipsOffered:
    case IndicatorMeasure::StudentsPlaced:
    case IndicatorMeasure::PartnerOrganisations:
        return partnerships(measure);
    case IndicatorMeasure::CoursesAccredited:
    case IndicatorMeasure::Courses:
        return courses(measure);
    case IndicatorMeasure::Enrollments:
    case IndicatorMeasure::StudentsEnrolled:
        return enrollments(measure);
    }
    return manual();
}

struct Role
{
    const char *word;
    PersonRole bit;
    const char *label;
};
const Role Roles[] = {
    {"educator", PersonRole::Educator, QT_TRANSLATE_NOOP("MeasureCatalog", "Educator")},
    {"trainer", PersonRole::Trainer, QT_TRANSLATE_NOOP("MeasureCatalog", "Trainer")},
    {"student", PersonRole::Student, QT_TRANSLATE_NOOP("MeasureCatalog", "Student")},
    {"industry_contact", PersonRole::IndustryContact,
        QT_TRANSLATE_NOOP("MeasureCatalog", "Industry contact")},
};

// Kazakhstan's regions and cities of republican significance as the store keeps them (English),
// with the names users read.
const char *const Regions[] = {
    QT_TRANSLATE_NOOP("MeasureCatalog", "Abai Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Akmola Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Aktobe Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Almaty"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Almaty Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Astana"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Atyrau Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "East Kazakhstan Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Karaganda Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Kostanay Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Kyzylorda Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Mangystau Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "North Kazakhstan Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Pavlodar Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Shymkent"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Turkistan Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Ulytau Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "West Kazakhstan Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Zhambyl Region"),
    QT_TRANSLATE_NOOP("MeasureCatalog", "Zhetysu Region"),
};

// The countries of the consortium's projects, by ISO code.
struct Country
{
    const char *code;
    const char *name;
};
const Country Countries[] = {
    {"KZ", QT_TRANSLATE_NOOP("MeasureCatalog", "Kazakhstan")},
    {"UZ", QT_TRANSLATE_NOOP("MeasureCatalog", "Uzbekistan")},
    {"TJ", QT_TRANSLATE_NOOP("MeasureCatalog", "Tajikistan")},
    {"TM", QT_TRANSLATE_NOOP("MeasureCatalog", "Turkmenistan")},
    {"KG", QT_TRANSLATE_NOOP("MeasureCatalog", "Kyrgyzstan")},
    {"PT", QT_TRANSLATE_NOOP("MeasureCatalog", "Portugal")},
    {"ES", QT_TRANSLATE_NOOP("MeasureCatalog", "Spain")},
    {"DE", QT_TRANSLATE_NOOP("MeasureCatalog", "Germany")},
    {"IT", QT_TRANSLATE_NOOP("MeasureCatalog", "Italy")},
    {"SE", QT_TRANSLATE_NOOP("MeasureCatalog", "Sweden")},
    {"EE", QT_TRANSLATE_NOOP("MeasureCatalog", "Estonia")},
    {"FR", QT_TRANSLATE_NOOP("MeasureCatalog", "France")},
    {"BE", QT_TRANSLATE_NOOP("MeasureCatalog", "Belgium")},
    {"CN", QT_TRANSLATE_NOOP("MeasureCatalog", "China")},
};

} // namespace

const MeasureDimension *MeasureDefinition::dimension(ReportDimension d) const
{
    for (const MeasureDimension &m : dimensions)
        if (m.dimension == d)
            return &m;
    return nullptr;
}

const MeasureDefinition &MeasureCatalog::of(IndicatorMeasure measure)
{
    static const QHash<int, MeasureDefinition> all = [] {
        QHash<int, MeasureDefinition> h;
        for (IndicatorMeasure m : MeasureCatalog::all())
            h.insert(int(m), make(m));
        return h;
    }();
    return *all.find(int(measure));
}

const MeasureDefinition *MeasureCatalog::of(QStringView word)
{
    const std::optional<IndicatorMeasure> m = enumFromText<IndicatorMeasure>(word);
    return m ? &of(*m) : nullptr;
}

QList<IndicatorMeasure> MeasureCatalog::all()
{
    QList<IndicatorMeasure> out;
    for (const EnumItem<IndicatorMeasure> &item : EnumNames<IndicatorMeasure>::items)
        out << item.value;
    return out;
}

QStringList MeasureCatalog::valuesOf(ReportDimension dimension)
{
    switch (dimension) {
    case D::Gender:
        return EnumLabels::words(u"gender");
    case D::Standard:
        return EnumLabels::words(u"certification_standard");
    case D::EventKind:
        return EnumLabels::words(u"event_kind");
    case D::PartnershipKind:
        return EnumLabels::words(u"partnership_kind");
    case D::PartnershipStatus:
        return EnumLabels::words(u"partnership_status");
    case D::CourseArea:
        return EnumLabels::words(u"course_area");
    case D::Role: {
        QStringList out;
        for (const Role &r : Roles)
            out << QString::fromLatin1(r.word);
        return out;
    }
    case D::Institution:
    case D::Region:
    case D::Country:
    case D::Semester:
        return {};
    }
    return {};
}

QStringList MeasureCatalog::regions()
{
    QStringList out;
    for (const char *r : Regions)
        out << QString::fromLatin1(r);
    return out;
}

QStringList MeasureCatalog::countries()
{
    QStringList out;
    for (const Country &c : Countries)
        out << QString::fromLatin1(c.code);
    return out;
}

QString MeasureCatalog::valueLabel(ReportDimension dimension, const QString &value)
{
    switch (dimension) {
    case D::Gender:
        return EnumLabels::label(u"gender", value);
    case D::Standard:
        return EnumLabels::label(u"certification_standard", value);
    case D::EventKind:
        return EnumLabels::label(u"event_kind", value);
    case D::PartnershipKind:
        return EnumLabels::label(u"partnership_kind", value);
    case D::PartnershipStatus:
        return EnumLabels::label(u"partnership_status", value);
    case D::CourseArea:
        return EnumLabels::label(u"course_area", value);
    case D::Role:
        for (const Role &r : Roles)
            if (value == QLatin1StringView(r.word))
                return tr(r.label);
        return value;
    case D::Region:
        if (value.isEmpty())
            return tr("No region");
        for (const char *r : Regions)
            if (value == QLatin1StringView(r))
                return tr(r);
        return value;
    case D::Country:
        for (const Country &c : Countries)
            if (value == QLatin1StringView(c.code))
                return tr(c.name);
        return value;
    case D::Semester: {
        const Semester sem = Semester::fromStorage(value.toLongLong());
        return sem.isValid() ? sem.label() : value;
    }
    case D::Institution:
        return value;
    }
    return value;
}

int MeasureCatalog::roleBit(QStringView role)
{
    for (const Role &r : Roles)
        if (role == QLatin1StringView(r.word))
            return int(r.bit);
    return 0;
}

QString MeasureCatalog::semesterOfDate(const QString &d)
{
    return QStringLiteral("(CAST(substr(%1, 1, 4) AS INTEGER) * 10 + CASE WHEN substr(%1, 6, 2) "
                          "<= '05' THEN 1 WHEN substr(%1, 6, 2) <= '08' THEN 2 ELSE 3 END)")
        .arg(d);
}

} // namespace ef
