#include "ErasmusReport.h"

#include "IndicatorEvaluator.h"
#include "MeasureCatalog.h"
#include "MeasureQuery.h"
#include "courses/Semester.h"
#include "records/EnumLabels.h"
#include "store/Database.h"
#include "text/DataLanguage.h"
#include "text/Transliteration.h"

#include <QLocale>

namespace ef {

namespace {

using Row = ReportTable::Row;
using K = ReportCell;

// The conditions of a scope on one table: its period, project, institution and region columns.
struct Scoped
{
    QStringList where;
    QVariantList args;
};

Scoped scoped(const ReportScope &s, const QString &date, const QString &project,
    const QString &institution, const QString &region)
{
    Scoped out;
    if (!date.isEmpty() && s.from.isValid()) {
        out.where << date + QStringLiteral(" >= ?");
        out.args << s.from;
    }
    if (!date.isEmpty() && s.to.isValid()) {
        out.where << date + QStringLiteral(" <= ?");
        out.args << s.to;
    }
    if (!project.isEmpty() && !s.project.isNull()) {
        out.where << project + QStringLiteral(" = ?");
        out.args << QVariant::fromValue(s.project);
    }
    if (!s.institution.isNull()) {
        out.where << institution + QStringLiteral(" = ?");
        out.args << QVariant::fromValue(s.institution);
    }
    if (!s.region.isEmpty()) {
        out.where << region + QStringLiteral(" = ?");
        out.args << s.region;
    }
    return out;
}

QString andAll(const Scoped &s)
{
    return s.where.isEmpty() ? QString()
                             : QStringLiteral(" AND ") + s.where.join(QStringLiteral(" AND "));
}

QVariant textOrNull(const Statement &s, int col)
{
    return s.isNull(col) ? QVariant() : QVariant(s.text(col));
}

QVariant dateOrNull(const Statement &s, int col)
{
    const QDate d = s.date(col);
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant numberOrNull(const Statement &s, int col)
{
    return s.isNull(col) ? QVariant() : QVariant(s.real(col));
}

QString label(QStringView type, const Statement &s, int col)
{
    return EnumLabels::label(type, s.text(col));
}

QString instLabel(const QString &alias)
{
    return QStringLiteral("coalesce(%1.short_name, %2)")
        .arg(alias, DataLanguage::sql(alias, QStringLiteral("name")));
}

QString fullInstName(const QString &alias)
{
    return DataLanguage::sql(alias, QStringLiteral("name"));
}

} // namespace

ErasmusReport::ErasmusReport(Database &db, ReportOptions options)
    : m_db(db)
    , m_options(std::move(options))
{
    build();
}

Uuid ErasmusReport::findProject(Database &db, const QString &acronymOrCode)
{
    Statement s = db.prepare(QStringLiteral(
        "SELECT id FROM project WHERE deleted = 0 AND (acronym = ?1 OR code = ?1) LIMIT 1"));
    s.bind(1, acronymOrCode);
    return s.next() ? s.uuid(0) : Uuid();
}

QString ErasmusReport::projectLabel(Database &db, const Uuid &project)
{
    if (project.isNull())
        return tr("All projects");
    Statement s = db.prepare(QStringLiteral("SELECT acronym FROM project WHERE id = ?"));
    s.bind(1, project);
    return s.next() ? s.text(0) : QString();
}

QString ErasmusReport::heading() const
{
    const QLocale locale;
    const ReportScope &s = m_options.scope;
    const QString project = projectLabel(m_db, s.project);
    const QString from
        = s.from.isValid() ? locale.toString(s.from, QLocale::LongFormat) : QString();
    const QString to = s.to.isValid() ? locale.toString(s.to, QLocale::LongFormat) : QString();
    if (!s.from.isValid() && !s.to.isValid())
        return tr("%1, all dates").arg(project);
    if (!s.to.isValid())
        return tr("%1, from %2").arg(project, from);
    if (!s.from.isValid())
        return tr("%1, until %2").arg(project, to);
    return tr("%1, %2 – %3").arg(project, from, to);
}

QString ErasmusReport::howCounted(const IndicatorFigure &f)
{
    const Indicator &i = f.indicator;
    const MeasureDefinition *m = MeasureCatalog::of(i.measure);
    if (!m)
        return i.measure;
    Problems ignored;
    QString text = EnumLabels::label(u"indicator_measure", i.measure);
    if (const QString c
        = MeasureCondition::describe(MeasureCondition::parse(i.conditions, *m, {}, ignored));
        !c.isEmpty())
        text = tr("%1 (%2)").arg(text, c);
    if (i.formula == IndicatorFormula::Share) {
        QString den = EnumLabels::label(u"indicator_measure", i.denominator);
        if (const MeasureDefinition *d = MeasureCatalog::of(i.denominator)) {
            if (const QString c = MeasureCondition::describe(
                    MeasureCondition::parse(i.denominatorConditions, *d, {}, ignored));
                !c.isEmpty())
                den = tr("%1 (%2)").arg(den, c);
        }
        text = tr("%1, as a share of: %2").arg(text, den);
    } else if (i.formula == IndicatorFormula::Growth) {
        text = f.semester.isValid() && f.previousSemester.isValid()
            ? tr("%1, change from %2 to %3")
                  .arg(text, f.previousSemester.label(), f.semester.label())
            : tr("%1, change from the previous semester").arg(text);
    }
    return text;
}

void ErasmusReport::build()
{
    {
        Statement s = m_db.prepare(QStringLiteral("SELECT id, %1 FROM institution")
                                       .arg(instLabel(QStringLiteral("institution"))));
        while (s.next())
            m_institutions.insert(s.uuid(0).toString(), s.text(1));
    }
    if (!m_options.scope.project.isNull())
        m_figures = IndicatorEvaluator::evaluateAll(m_db, m_options.scope);
    m_tables << summary() << breakdowns() << participants() << events() << partnerships()
             << courses() << enrollments();
}

ReportTable ErasmusReport::summary() const
{
    ReportTable t;
    t.key = QStringLiteral("summary");
    t.title = tr("Indicators");
    t.columns = {{tr("Code")}, {tr("Indicator")}, {tr("How it is counted")},
        {tr("Figure"), K::Number}, {tr("Target"), K::Number}, {tr("Progress"), K::Percent}};
    for (const IndicatorFigure &f : m_figures) {
        const Indicator &i = f.indicator;
        const auto progress = f.progress();
        t.rows << Row {i.code, DataLanguage::pick(i.nameEn, i.nameRu, i.nameKk), howCounted(f),
            f.value ? QVariant(*f.value) : QVariant(),
            i.target > 0 ? QVariant(i.target) : QVariant(),
            progress ? QVariant(*progress) : QVariant()};
    }
    return t;
}

ReportTable ErasmusReport::breakdowns() const
{
    ReportTable t;
    t.key = QStringLiteral("breakdowns");
    t.title = tr("Breakdowns");
    t.columns
        = {{tr("Code")}, {tr("Indicator")}, {tr("By")}, {tr("Value")}, {tr("Figure"), K::Number}};
    const ReportDimension dims[] = {ReportDimension::Gender, ReportDimension::Institution,
        ReportDimension::Region, ReportDimension::Country};
    for (const IndicatorFigure &f : m_figures) {
        const Indicator &i = f.indicator;
        const MeasureDefinition *m = MeasureCatalog::of(i.measure);
        if (!m || m->isManual() || i.formula != IndicatorFormula::Value)
            continue;
        Problems ignored;
        ReportScope scope = m_options.scope;
        if (i.periodFrom.isValid() && (!scope.from.isValid() || scope.from < i.periodFrom))
            scope.from = i.periodFrom;
        if (i.periodTo.isValid() && (!scope.to.isValid() || scope.to > i.periodTo))
            scope.to = i.periodTo;
        const MeasureQuery q(*m, MeasureCondition::parse(i.conditions, *m, {}, ignored), scope);
        const QString name = DataLanguage::pick(i.nameEn, i.nameRu, i.nameKk);
        for (ReportDimension d : dims) {
            if (!m->dimension(d))
                continue;
            for (const MeasureFigure &fig : q.breakdown(m_db, d)) {
                const QString value = d == ReportDimension::Institution
                    ? (fig.key.isEmpty() ? tr("No institution") : institutionName(fig.key))
                    : MeasureCatalog::valueLabel(d, fig.key);
                t.rows << Row {i.code, name, EnumLabels::of(d), value, fig.value};
            }
        }
    }
    return t;
}

ReportTable ErasmusReport::participants() const
{
    ReportTable t;
    t.key = QStringLiteral("participants");
    t.title = tr("Participants");
    t.columns = {{tr("Family name")}, {tr("Given name")}, {tr("Gender")}, {tr("Institution")},
        {tr("Event")}, {tr("Event starts"), K::Date}, {tr("Hours attended"), K::Number},
        {tr("Result")}, {tr("Certificate")}};
    const Scoped sc
        = scoped(m_options.scope, QStringLiteral("ev.starts_on"), QStringLiteral("tp.project_id"),
            QStringLiteral("p.institution_id"), QStringLiteral("pi.region"));
    t.sql = QStringLiteral(
        "SELECT p.family_name, p.given_name, p.family_name_latin, p.given_name_latin, p.gender, "
        "%1, ev.title, ev.starts_on, x.attended_hours, x.result, "
        "(SELECT c.number FROM certificate c WHERE c.person_id = x.person_id AND c.event_id = "
        "x.event_id AND c.deleted = 0 AND c.status = 'valid' LIMIT 1) "
        "FROM participation x JOIN training_event ev ON ev.id = x.event_id AND ev.deleted = 0 "
        "JOIN person p ON p.id = x.person_id LEFT JOIN institution pi ON pi.id = p.institution_id "
        "LEFT JOIN training_programme tp ON tp.id = ev.programme_id WHERE x.deleted = 0%2 "
        "ORDER BY ev.starts_on, ev.id, p.family_name COLLATE KAZAKH, p.given_name COLLATE KAZAKH")
                .arg(instLabel(QStringLiteral("pi")), andAll(sc));
    t.args = sc.args;
    const bool latin = m_options.names == ReportOptions::Script::Latin;
    t.read = [latin](const Statement &s) {
        QString family = s.text(0), given = s.text(1);
        if (latin) {
            family
                = s.isNull(2) || s.text(2).isEmpty() ? Transliteration::toLatin(family) : s.text(2);
            given
                = s.isNull(3) || s.text(3).isEmpty() ? Transliteration::toLatin(given) : s.text(3);
        }
        return Row {family, given, label(u"gender", s, 4), textOrNull(s, 5), s.text(6),
            dateOrNull(s, 7), s.real(8), label(u"participation_result", s, 9), textOrNull(s, 10)};
    };
    return t;
}

ReportTable ErasmusReport::events() const
{
    ReportTable t;
    t.key = QStringLiteral("events");
    t.title = tr("Events");
    t.columns = {{tr("Event")}, {tr("Kind")}, {tr("Starts"), K::Date}, {tr("Ends"), K::Date},
        {tr("Mode")}, {tr("Host")}, {tr("City")}, {tr("Country")}, {tr("Hours"), K::Number},
        {tr("Participants"), K::Integer}};
    const Scoped sc = scoped(m_options.scope, QStringLiteral("x.starts_on"),
        QStringLiteral("tp.project_id"), QStringLiteral("x.host_id"), QStringLiteral("hi.region"));
    t.sql = QStringLiteral(
        "SELECT x.title, x.kind, x.starts_on, x.ends_on, x.mode, %1, x.city, "
        "coalesce(x.country, hi.country), x.hours, (SELECT count(*) FROM participation pa WHERE "
        "pa.event_id = x.id AND pa.deleted = 0) FROM training_event x LEFT JOIN institution hi ON "
        "hi.id = x.host_id LEFT JOIN training_programme tp ON tp.id = x.programme_id "
        "WHERE x.deleted = 0%2 ORDER BY x.starts_on, x.id")
                .arg(instLabel(QStringLiteral("hi")), andAll(sc));
    t.args = sc.args;
    t.read = [](const Statement &s) {
        return Row {s.text(0), label(u"event_kind", s, 1), dateOrNull(s, 2), dateOrNull(s, 3),
            label(u"event_mode", s, 4), textOrNull(s, 5), textOrNull(s, 6),
            s.isNull(7) ? QVariant()
                        : QVariant(MeasureCatalog::valueLabel(ReportDimension::Country, s.text(7))),
            s.real(8), qint64(s.int64(9))};
    };
    return t;
}

ReportTable ErasmusReport::partnerships() const
{
    ReportTable t;
    t.key = QStringLiteral("partnerships");
    t.title = tr("Partnerships");
    t.columns = {{tr("Agreement")}, {tr("Kind")}, {tr("Status")}, {tr("University")},
        {tr("Partner")}, {tr("Partner's country")}, {tr("Signed"), K::Date},
        {tr("Starts"), K::Date}, {tr("Ends"), K::Date}, {tr("Internships offered"), K::Integer},
        {tr("Students placed"), K::Integer}};
    // Those signed in the period, and those still being prepared (no date yet).
    const Scoped sc = scoped(m_options.scope,
        QStringLiteral("coalesce(x.signed_on, x.starts_on, ?)"), QStringLiteral("x.project_id"),
        QStringLiteral("x.university_id"), QStringLiteral("ui.region"));
    t.sql = QStringLiteral(
        "SELECT x.title, x.kind, x.status, %1, %2, pa.country, x.signed_on, x.starts_on, "
        "x.ends_on, x.internships_offered, x.students_placed FROM partnership x JOIN institution "
        "ui ON ui.id = x.university_id JOIN institution pa ON pa.id = x.partner_id "
        "WHERE x.deleted = 0%3 ORDER BY x.signed_on, x.title COLLATE KAZAKH, x.id")
                .arg(instLabel(QStringLiteral("ui")), fullInstName(QStringLiteral("pa")),
                    andAll(sc));
    // Each bound of the period is compared with the agreement's date, or with itself when it
    // has none: the date expression holds a parameter of its own.
    for (const QVariant &a : sc.args) {
        if (a.typeId() == QMetaType::QDate)
            t.args << a;
        t.args << a;
    }
    t.read = [](const Statement &s) {
        return Row {s.text(0), label(u"partnership_kind", s, 1), label(u"partnership_status", s, 2),
            s.text(3), s.text(4), MeasureCatalog::valueLabel(ReportDimension::Country, s.text(5)),
            dateOrNull(s, 6), dateOrNull(s, 7), dateOrNull(s, 8), qint64(s.int64(9)),
            qint64(s.int64(10))};
    };
    return t;
}

ReportTable ErasmusReport::courses() const
{
    ReportTable t;
    t.key = QStringLiteral("courses");
    t.title = tr("Courses");
    t.columns = {{tr("Code")}, {tr("Course")}, {tr("Area")}, {tr("ECTS credits"), K::Number},
        {tr("Languages")}, {tr("Delivery")}, {tr("Provider")}, {tr("Accreditation")},
        {tr("Accredited on"), K::Date}, {tr("Accredited until"), K::Date}};
    // The catalogue belongs to no one project: the scope's institution and region apply.
    ReportScope scope = m_options.scope;
    scope.project = {};
    scope.from = scope.to = {};
    const Scoped sc
        = scoped(scope, {}, {}, QStringLiteral("x.provider_id"), QStringLiteral("ci.region"));
    t.sql = QStringLiteral(
        "SELECT x.code, %1, x.area, x.ects, x.languages, x.delivery, %2, x.accreditation_status, "
        "x.accredited_on, x.accredited_until FROM course x LEFT JOIN institution ci ON ci.id = "
        "x.provider_id WHERE x.deleted = 0%3 ORDER BY x.code COLLATE KAZAKH, x.id")
                .arg(DataLanguage::sql(QStringLiteral("x"), QStringLiteral("title")),
                    instLabel(QStringLiteral("ci")), andAll(sc));
    t.args = sc.args;
    t.read = [](const Statement &s) {
        QStringList languages;
        for (const QString &l : s.text(4).split(u',', Qt::SkipEmptyParts))
            languages << EnumLabels::label(u"language", l.trimmed());
        return Row {s.text(0), s.text(1), label(u"course_area", s, 2), s.real(3),
            languages.join(QStringLiteral(", ")), label(u"course_delivery", s, 5), textOrNull(s, 6),
            label(u"accreditation_status", s, 7), dateOrNull(s, 8), dateOrNull(s, 9)};
    };
    return t;
}

ReportTable ErasmusReport::enrollments() const
{
    ReportTable t;
    t.key = QStringLiteral("enrollments");
    t.title = tr("Enrollments");
    t.columns = {{tr("Family name")}, {tr("Given name")}, {tr("Gender")}, {tr("Course code")},
        {tr("Semester")}, {tr("Institution")}, {tr("Status")}, {tr("Grade"), K::Number},
        {tr("Enrolled on"), K::Date}};
    ReportScope scope = m_options.scope;
    scope.project = {};
    const Scoped sc = scoped(scope, QStringLiteral("x.enrolled_on"), {},
        QStringLiteral("o.institution_id"), QStringLiteral("oi.region"));
    // In the order of the enrollments index (by offering), so a million rows stream unsorted.
    t.sql = QStringLiteral(
        "SELECT p.family_name, p.given_name, p.family_name_latin, p.given_name_latin, p.gender, "
        "c.code, o.semester, o.institution_id, x.status, x.grade, x.enrolled_on "
        "FROM enrollment x JOIN offering o ON o.id = x.offering_id AND o.deleted = 0 "
        "JOIN course c ON c.id = o.course_id JOIN person p ON p.id = x.person_id "
        "%1WHERE x.deleted = 0%2")
                .arg(scope.region.isEmpty()
                        ? QString()
                        : QStringLiteral("LEFT JOIN institution oi ON oi.id = o.institution_id "),
                    andAll(sc));
    t.args = sc.args;
    const bool latin = m_options.names == ReportOptions::Script::Latin;
    // Labels looked up once, not per row: a million rows repeat a few dozen values.
    auto institutions = m_institutions;
    t.read
        = [latin, institutions, semesters = QHash<qint64, QString>()](const Statement &s) mutable {
              QString family = s.text(0), given = s.text(1);
              if (latin) {
                  family = s.isNull(2) || s.text(2).isEmpty() ? Transliteration::toLatin(family)
                                                              : s.text(2);
                  given = s.isNull(3) || s.text(3).isEmpty() ? Transliteration::toLatin(given)
                                                             : s.text(3);
              }
              const qint64 sem = s.int64(6);
              auto it = semesters.find(sem);
              if (it == semesters.end())
                  it = semesters.insert(sem, Semester::fromStorage(sem).label());
              return Row {family, given, label(u"gender", s, 4), s.text(5), *it,
                  institutions.value(s.uuid(7).toString()), label(u"enrollment_status", s, 8),
                  numberOrNull(s, 9), dateOrNull(s, 10)};
          };
    return t;
}

} // namespace ef
