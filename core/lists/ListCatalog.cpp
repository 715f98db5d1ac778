#include "ListCatalog.h"

#include "text/DataLanguage.h"
#include "text/SearchFold.h"

namespace ef {

namespace {

using F = ColumnFormat;
using FK = FilterKind;

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// A column: display expression, how it is shown, and what it sorts by (default: itself).
struct Col
{
    const char *key;
    const char *title;
    QString expr;
    ColumnFormat format = F::Text;
    QString sort = {};
    QString enumType = {};
    QStringList sortKeys = {}; // see ListColumn
    QString from = {};
};

void addColumns(RecordList &l, std::initializer_list<Col> cols)
{
    for (const Col &c : cols) {
        l.spec.columns.append({str(c.key), c.expr, c.sort, c.sortKeys, c.from});
        l.columns.append({c.title, c.format, c.enumType});
    }
}

QString personName(const QString &a)
{
    return QStringLiteral("%1.family_name || ' ' || %1.given_name").arg(a);
}
QString personSort(const QString &a)
{
    // Matches the person_name index (family, given) in the KAZAKH collation.
    return QStringLiteral("%1.family_name COLLATE KAZAKH").arg(a);
}
// Sorting by a person: family and given name in the KAZAKH collation, then the person, which is
// exactly the order of the person_name index.
QStringList personKeys(const QString &a)
{
    return {QStringLiteral("%1.family_name COLLATE KAZAKH").arg(a),
        QStringLiteral("%1.given_name COLLATE KAZAKH").arg(a), QStringLiteral("%1.rowid").arg(a)};
}

QString institutionName(const QString &a)
{
    return QStringLiteral("coalesce(%1.short_name, %2)")
        .arg(a, DataLanguage::sql(a, QStringLiteral("name")));
}
QString title(const QString &a)
{
    return DataLanguage::sql(a, QStringLiteral("title"));
}
// Full-text filters: the row's record is among the matches of the typed words.
QString ftsPredicate(const QString &alias, const QString &table)
{
    return QStringLiteral("%1.rowid IN (SELECT rowid FROM fts_%2 WHERE fts_%2 MATCH ?)")
        .arg(alias, table);
}
QString likePredicate(const QString &expr)
{
    return QStringLiteral("ef_fold(%1) LIKE '%' || ? || '%'").arg(expr);
}

CatalogFilter enumFilter(const char *key, const char *title, const QString &expr, const char *type)
{
    return {str(key), title, FK::Enum, expr, str(type), {}};
}
CatalogFilter refFilter(const char *key, const char *title, const QString &expr, const char *table)
{
    return {str(key), title, FK::Reference, expr, {}, str(table)};
}
CatalogFilter textFilter(const QString &predicate)
{
    return {QStringLiteral("text"), QT_TRANSLATE_NOOP("ListCatalog", "Search"), FK::Text, predicate,
        {}, {}};
}
QList<CatalogFilter> dateRange(const QString &expr)
{
    return {{QStringLiteral("from"), QT_TRANSLATE_NOOP("ListCatalog", "From"), FK::DateFrom, expr,
                {}, {}},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("ListCatalog", "To"), FK::DateTo, expr, {}, {}}};
}

RecordList make(const char *key, const char *title, const char *table, const char *alias,
    const QString &joins = {})
{
    RecordList l;
    l.key = str(key);
    l.title = title;
    l.recordTable = str(table);
    l.spec.table = str(table);
    l.spec.alias = str(alias);
    l.spec.joins = joins;
    l.watchedTables << str(table);
    return l;
}

RecordList institutions()
{
    RecordList l = make(
        "institutions", QT_TRANSLATE_NOOP("ListCatalog", "Institutions"), "institution", "i");
    const QString name = institutionName(QStringLiteral("i"));
    addColumns(l,
        {
            {"name", QT_TRANSLATE_NOOP("ListCatalog", "Name"), name, F::Text,
                name + QStringLiteral(" COLLATE KAZAKH")},
            {"kind", QT_TRANSLATE_NOOP("ListCatalog", "Kind"), QStringLiteral("i.kind"), F::Enum,
                {}, str("institution_kind")},
            {"country", QT_TRANSLATE_NOOP("ListCatalog", "Country"), QStringLiteral("i.country")},
            {"city", QT_TRANSLATE_NOOP("ListCatalog", "City"),
                QStringLiteral("coalesce(i.city, '')")},
            {"bin", QT_TRANSLATE_NOOP("ListCatalog", "BIN"), QStringLiteral("coalesce(i.bin, '')")},
        });
    l.filters = {enumFilter("kind", QT_TRANSLATE_NOOP("ListCatalog", "Kind"),
                     QStringLiteral("i.kind"), "institution_kind"),
        textFilter(ftsPredicate(QStringLiteral("i"), QStringLiteral("institution")))};
    return l;
}

RecordList people()
{
    RecordList l = make("people", QT_TRANSLATE_NOOP("ListCatalog", "People"), "person", "p",
        QStringLiteral("LEFT JOIN institution i ON i.id = p.institution_id"));
    l.watchedTables << QStringLiteral("institution");
    const QString inst = institutionName(QStringLiteral("i"));
    addColumns(l,
        {
            {"name", QT_TRANSLATE_NOOP("ListCatalog", "Name"), personName(QStringLiteral("p")),
                F::Text, personSort(QStringLiteral("p"))},
            {"latin", QT_TRANSLATE_NOOP("ListCatalog", "Name in Latin"),
                QStringLiteral("coalesce(p.family_name_latin || ' ' || p.given_name_latin, '')")},
            {"gender", QT_TRANSLATE_NOOP("ListCatalog", "Gender"), QStringLiteral("p.gender"),
                F::Enum, {}, str("gender")},
            {"institution", QT_TRANSLATE_NOOP("ListCatalog", "Institution"),
                QStringLiteral("coalesce(%1, '')").arg(inst), F::Text,
                QStringLiteral("coalesce(%1, '') COLLATE KAZAKH").arg(inst)},
            {"email", QT_TRANSLATE_NOOP("ListCatalog", "Email"),
                QStringLiteral("coalesce(p.email, '')")},
        });
    l.filters = {enumFilter("gender", QT_TRANSLATE_NOOP("ListCatalog", "Gender"),
                     QStringLiteral("p.gender"), "gender"),
        refFilter("institution", QT_TRANSLATE_NOOP("ListCatalog", "Institution"),
            QStringLiteral("p.institution_id"), "institution"),
        textFilter(ftsPredicate(QStringLiteral("p"), QStringLiteral("person")))};
    return l;
}

RecordList projects()
{
    RecordList l = make("projects", QT_TRANSLATE_NOOP("ListCatalog", "Projects"), "project", "pr");
    addColumns(l,
        {
            {"acronym", QT_TRANSLATE_NOOP("ListCatalog", "Acronym"), QStringLiteral("pr.acronym"),
                F::Text, QStringLiteral("pr.acronym COLLATE KAZAKH")},
            {"title", QT_TRANSLATE_NOOP("ListCatalog", "Title"), QStringLiteral("pr.title")},
            {"code", QT_TRANSLATE_NOOP("ListCatalog", "Project number"), QStringLiteral("pr.code")},
            {"starts", QT_TRANSLATE_NOOP("ListCatalog", "Starts"), QStringLiteral("pr.starts_on"),
                F::Date},
            {"ends", QT_TRANSLATE_NOOP("ListCatalog", "Ends"), QStringLiteral("pr.ends_on"),
                F::Date},
        });
    l.filters = {textFilter(likePredicate(QStringLiteral("pr.acronym || ' ' || pr.title")))};
    return l;
}

RecordList indicators()
{
    RecordList l = make("indicators", QT_TRANSLATE_NOOP("ListCatalog", "Indicators"), "indicator",
        "ind", QStringLiteral("JOIN project pr ON pr.id = ind.project_id"));
    l.watchedTables << QStringLiteral("project");
    const QString name = DataLanguage::sql(QStringLiteral("ind"), QStringLiteral("name"));
    addColumns(l,
        {
            {"project", QT_TRANSLATE_NOOP("ListCatalog", "Project"), QStringLiteral("pr.acronym")},
            {"code", QT_TRANSLATE_NOOP("ListCatalog", "Code"), QStringLiteral("ind.code")},
            {"name", QT_TRANSLATE_NOOP("ListCatalog", "Name"), name, F::Text,
                name + QStringLiteral(" COLLATE KAZAKH")},
            {"unit", QT_TRANSLATE_NOOP("ListCatalog", "Unit"), QStringLiteral("ind.unit"), F::Enum,
                {}, str("indicator_unit")},
            {"baseline", QT_TRANSLATE_NOOP("ListCatalog", "Baseline"),
                QStringLiteral("ind.baseline"), F::Number},
            {"target", QT_TRANSLATE_NOOP("ListCatalog", "Target"), QStringLiteral("ind.target"),
                F::Number},
        });
    l.filters = {refFilter("project", QT_TRANSLATE_NOOP("ListCatalog", "Project"),
                     QStringLiteral("ind.project_id"), "project"),
        textFilter(likePredicate(name))};
    return l;
}

RecordList partnerships()
{
    RecordList l = make("partnerships", QT_TRANSLATE_NOOP("ListCatalog", "Partnerships"),
        "partnership", "pa",
        QStringLiteral("JOIN institution u ON u.id = pa.university_id "
                       "JOIN institution pt ON pt.id = pa.partner_id"));
    l.watchedTables << QStringLiteral("institution");
    const QString uni = institutionName(QStringLiteral("u"));
    const QString partner = institutionName(QStringLiteral("pt"));
    addColumns(l,
        {
            {"title", QT_TRANSLATE_NOOP("ListCatalog", "Title"), QStringLiteral("pa.title"),
                F::Text, QStringLiteral("pa.title COLLATE KAZAKH")},
            {"kind", QT_TRANSLATE_NOOP("ListCatalog", "Kind"), QStringLiteral("pa.kind"), F::Enum,
                {}, str("partnership_kind")},
            {"status", QT_TRANSLATE_NOOP("ListCatalog", "Status"), QStringLiteral("pa.status"),
                F::Enum, {}, str("partnership_status")},
            {"university", QT_TRANSLATE_NOOP("ListCatalog", "University"), uni, F::Text,
                uni + QStringLiteral(" COLLATE KAZAKH")},
            {"partner", QT_TRANSLATE_NOOP("ListCatalog", "Partner"), partner, F::Text,
                partner + QStringLiteral(" COLLATE KAZAKH")},
            {"signed", QT_TRANSLATE_NOOP("ListCatalog", "Signed"), QStringLiteral("pa.signed_on"),
                F::Date, QStringLiteral("coalesce(pa.signed_on, '')")},
            {"ends", QT_TRANSLATE_NOOP("ListCatalog", "Ends"), QStringLiteral("pa.ends_on"),
                F::Date, QStringLiteral("coalesce(pa.ends_on, '')")},
        });
    l.filters = {enumFilter("status", QT_TRANSLATE_NOOP("ListCatalog", "Status"),
                     QStringLiteral("pa.status"), "partnership_status"),
        enumFilter("kind", QT_TRANSLATE_NOOP("ListCatalog", "Kind"), QStringLiteral("pa.kind"),
            "partnership_kind"),
        refFilter("institution", QT_TRANSLATE_NOOP("ListCatalog", "University"),
            QStringLiteral("pa.university_id"), "institution")};
    l.filters += dateRange(QStringLiteral("pa.ends_on"));
    l.filters << textFilter(ftsPredicate(QStringLiteral("pa"), QStringLiteral("partnership")));
    return l;
}

RecordList renewals(const QDate &today)
{
    RecordList l = partnerships();
    l.key = QStringLiteral("renewals");
    l.title = QT_TRANSLATE_NOOP("ListCatalog", "Renewals due");
    l.spec.columns.move(6, 0); // ending date first: it is what the list is about
    l.columns.move(6, 0);
    // The day comes from the store's clock (a test moves it); never from the system's.
    Q_ASSERT_X(today.isValid(), "ListCatalog::list", "the renewals list needs today's date");
    l.fixedFilters = {
        {QStringLiteral("pa.ends_on"), ListFilter::Op::AtLeast, today.toString(Qt::ISODate)},
        {QStringLiteral("pa.ends_on"), ListFilter::Op::AtMost,
            today.addDays(90).toString(Qt::ISODate)},
        {QStringLiteral("pa.status IN ('signed', 'active')"), ListFilter::Op::Predicate, {}},
    };
    l.filters.removeIf([](const CatalogFilter &f) {
        return f.key == u"status" || f.kind == FK::DateFrom || f.kind == FK::DateTo;
    });
    return l;
}

RecordList contacts()
{
    RecordList l = make("contacts", QT_TRANSLATE_NOOP("ListCatalog", "Contacts"),
        "partnership_contact", "pc",
        QStringLiteral("JOIN person p ON p.id = pc.person_id "
                       "JOIN partnership pa ON pa.id = pc.partnership_id"));
    l.watchedTables << QStringLiteral("person") << QStringLiteral("partnership");
    addColumns(l,
        {
            {"person", QT_TRANSLATE_NOOP("ListCatalog", "Person"), personName(QStringLiteral("p")),
                F::Text, personSort(QStringLiteral("p"))},
            {"role", QT_TRANSLATE_NOOP("ListCatalog", "Role"),
                QStringLiteral("coalesce(pc.role, '')")},
            {"partnership", QT_TRANSLATE_NOOP("ListCatalog", "Partnership"),
                QStringLiteral("pa.title")},
            {"status", QT_TRANSLATE_NOOP("ListCatalog", "Status"), QStringLiteral("pa.status"),
                F::Enum, {}, str("partnership_status")},
        });
    return l;
}

RecordList documents()
{
    RecordList l
        = make("documents", QT_TRANSLATE_NOOP("ListCatalog", "Documents"), "attachment", "at");
    l.creatable = false;
    addColumns(l,
        {
            {"name", QT_TRANSLATE_NOOP("ListCatalog", "File"), QStringLiteral("at.file_name"),
                F::Text, QStringLiteral("at.file_name COLLATE KAZAKH")},
            {"added", QT_TRANSLATE_NOOP("ListCatalog", "Added"), QStringLiteral("at.added_on"),
                F::Date},
            {"size", QT_TRANSLATE_NOOP("ListCatalog", "Size (bytes)"), QStringLiteral("at.size"),
                F::Number},
        });
    return l;
}

RecordList programmes()
{
    RecordList l = make("programmes", QT_TRANSLATE_NOOP("ListCatalog", "Training programmes"),
        "training_programme", "tp");
    addColumns(l,
        {
            {"code", QT_TRANSLATE_NOOP("ListCatalog", "Code"), QStringLiteral("tp.code")},
            {"title", QT_TRANSLATE_NOOP("ListCatalog", "Title"), title(QStringLiteral("tp")),
                F::Text, title(QStringLiteral("tp")) + QStringLiteral(" COLLATE KAZAKH")},
            {"topic", QT_TRANSLATE_NOOP("ListCatalog", "Topic"), QStringLiteral("tp.topic"),
                F::Enum, {}, str("training_topic")},
            {"standard", QT_TRANSLATE_NOOP("ListCatalog", "Standard"),
                QStringLiteral("tp.standard"), F::Enum, {}, str("certification_standard")},
            {"hours", QT_TRANSLATE_NOOP("ListCatalog", "Hours"), QStringLiteral("tp.hours"),
                F::Number},
        });
    l.filters = {enumFilter("topic", QT_TRANSLATE_NOOP("ListCatalog", "Topic"),
                     QStringLiteral("tp.topic"), "training_topic"),
        enumFilter("standard", QT_TRANSLATE_NOOP("ListCatalog", "Standard"),
            QStringLiteral("tp.standard"), "certification_standard"),
        textFilter(
            likePredicate(QStringLiteral("tp.code || ' ' || coalesce(tp.title_en, '') || ' ' "
                                         "|| coalesce(tp.title_ru, '') || ' ' || "
                                         "coalesce(tp.title_kk, '')")))};
    return l;
}

RecordList events()
{
    RecordList l = make("events", QT_TRANSLATE_NOOP("ListCatalog", "Training events"),
        "training_event", "ev", QStringLiteral("LEFT JOIN institution h ON h.id = ev.host_id"));
    l.watchedTables << QStringLiteral("institution");
    const QString host
        = QStringLiteral("coalesce(%1, '')").arg(institutionName(QStringLiteral("h")));
    addColumns(l,
        {
            {"starts", QT_TRANSLATE_NOOP("ListCatalog", "Starts"), QStringLiteral("ev.starts_on"),
                F::Date},
            {"title", QT_TRANSLATE_NOOP("ListCatalog", "Title"), QStringLiteral("ev.title"),
                F::Text, QStringLiteral("ev.title COLLATE KAZAKH")},
            {"kind", QT_TRANSLATE_NOOP("ListCatalog", "Kind"), QStringLiteral("ev.kind"), F::Enum,
                {}, str("event_kind")},
            {"mode", QT_TRANSLATE_NOOP("ListCatalog", "Mode"), QStringLiteral("ev.mode"), F::Enum,
                {}, str("event_mode")},
            {"host", QT_TRANSLATE_NOOP("ListCatalog", "Host"), host, F::Text,
                host + QStringLiteral(" COLLATE KAZAKH")},
            {"city", QT_TRANSLATE_NOOP("ListCatalog", "City"),
                QStringLiteral("coalesce(ev.city, '')")},
            {"hours", QT_TRANSLATE_NOOP("ListCatalog", "Hours"), QStringLiteral("ev.hours"),
                F::Number},
        });
    l.filters = {enumFilter("kind", QT_TRANSLATE_NOOP("ListCatalog", "Kind"),
                     QStringLiteral("ev.kind"), "event_kind"),
        refFilter("host", QT_TRANSLATE_NOOP("ListCatalog", "Host"), QStringLiteral("ev.host_id"),
            "institution")};
    l.filters += dateRange(QStringLiteral("ev.starts_on"));
    l.filters << textFilter(
        likePredicate(QStringLiteral("ev.title || ' ' || coalesce(ev.city, '')")));
    return l;
}

RecordList participations()
{
    RecordList l = make("participations", QT_TRANSLATE_NOOP("ListCatalog", "Participants"),
        "participation", "pn",
        QStringLiteral("JOIN person p ON p.id = pn.person_id "
                       "JOIN training_event ev ON ev.id = pn.event_id"));
    l.watchedTables << QStringLiteral("person") << QStringLiteral("training_event");
    addColumns(l,
        {
            {"person", QT_TRANSLATE_NOOP("ListCatalog", "Participant"),
                personName(QStringLiteral("p")), F::Text, personSort(QStringLiteral("p"))},
            {"gender", QT_TRANSLATE_NOOP("ListCatalog", "Gender"), QStringLiteral("p.gender"),
                F::Enum, {}, str("gender")},
            {"event", QT_TRANSLATE_NOOP("ListCatalog", "Event"), QStringLiteral("ev.title"),
                F::Text, QStringLiteral("ev.title COLLATE KAZAKH")},
            {"date", QT_TRANSLATE_NOOP("ListCatalog", "Date"), QStringLiteral("ev.starts_on"),
                F::Date},
            {"hours", QT_TRANSLATE_NOOP("ListCatalog", "Hours attended"),
                QStringLiteral("pn.attended_hours"), F::Number},
            {"assessment", QT_TRANSLATE_NOOP("ListCatalog", "Assessment"),
                QStringLiteral("pn.assessment"), F::Number,
                QStringLiteral("coalesce(pn.assessment, -1)")},
            {"result", QT_TRANSLATE_NOOP("ListCatalog", "Result"), QStringLiteral("pn.result"),
                F::Enum, {}, str("participation_result")},
        });
    l.filters = {refFilter("event", QT_TRANSLATE_NOOP("ListCatalog", "Event"),
                     QStringLiteral("pn.event_id"), "training_event"),
        enumFilter("result", QT_TRANSLATE_NOOP("ListCatalog", "Result"),
            QStringLiteral("pn.result"), "participation_result"),
        enumFilter("gender", QT_TRANSLATE_NOOP("ListCatalog", "Gender"), QStringLiteral("p.gender"),
            "gender"),
        textFilter(ftsPredicate(QStringLiteral("p"), QStringLiteral("person")))};
    return l;
}

RecordList certificates()
{
    RecordList l = make("certificates", QT_TRANSLATE_NOOP("ListCatalog", "Certificates"),
        "certificate", "ce", QStringLiteral("JOIN person p ON p.id = ce.person_id"));
    l.watchedTables << QStringLiteral("person");
    addColumns(l,
        {
            {"number", QT_TRANSLATE_NOOP("ListCatalog", "Number"), QStringLiteral("ce.number")},
            {"holder", QT_TRANSLATE_NOOP("ListCatalog", "Holder"), personName(QStringLiteral("p")),
                F::Text, personSort(QStringLiteral("p"))},
            {"level", QT_TRANSLATE_NOOP("ListCatalog", "Level"), QStringLiteral("ce.level"),
                F::Enum, {}, str("certification_standard")},
            {"issued", QT_TRANSLATE_NOOP("ListCatalog", "Issued"), QStringLiteral("ce.issued_on"),
                F::Date},
            {"valid", QT_TRANSLATE_NOOP("ListCatalog", "Valid until"),
                QStringLiteral("ce.valid_until"), F::Date,
                QStringLiteral("coalesce(ce.valid_until, '')")},
            {"status", QT_TRANSLATE_NOOP("ListCatalog", "Status"), QStringLiteral("ce.status"),
                F::Enum, {}, str("certificate_status")},
        });
    l.filters = {enumFilter("status", QT_TRANSLATE_NOOP("ListCatalog", "Status"),
                     QStringLiteral("ce.status"), "certificate_status"),
        enumFilter("level", QT_TRANSLATE_NOOP("ListCatalog", "Level"), QStringLiteral("ce.level"),
            "certification_standard")};
    l.filters += dateRange(QStringLiteral("ce.issued_on"));
    l.filters << textFilter(ftsPredicate(QStringLiteral("p"), QStringLiteral("person")));
    return l;
}

RecordList courses()
{
    RecordList l = make("courses", QT_TRANSLATE_NOOP("ListCatalog", "Courses"), "course", "c",
        QStringLiteral("LEFT JOIN institution pv ON pv.id = c.provider_id"));
    l.watchedTables << QStringLiteral("institution");
    const QString provider
        = QStringLiteral("coalesce(%1, '')").arg(institutionName(QStringLiteral("pv")));
    addColumns(l,
        {
            {"code", QT_TRANSLATE_NOOP("ListCatalog", "Code"), QStringLiteral("c.code")},
            {"title", QT_TRANSLATE_NOOP("ListCatalog", "Title"), title(QStringLiteral("c")),
                F::Text, title(QStringLiteral("c")) + QStringLiteral(" COLLATE KAZAKH")},
            {"area", QT_TRANSLATE_NOOP("ListCatalog", "Area"), QStringLiteral("c.area"), F::Enum,
                {}, str("course_area")},
            {"ects", QT_TRANSLATE_NOOP("ListCatalog", "ECTS"), QStringLiteral("c.ects"), F::Number},
            {"languages", QT_TRANSLATE_NOOP("ListCatalog", "Languages"),
                QStringLiteral("c.languages"), F::Language},
            {"provider", QT_TRANSLATE_NOOP("ListCatalog", "Provider"), provider, F::Text,
                provider + QStringLiteral(" COLLATE KAZAKH")},
            {"accreditation", QT_TRANSLATE_NOOP("ListCatalog", "Accreditation"),
                QStringLiteral("c.accreditation_status"), F::Enum, {}, str("accreditation_status")},
        });
    l.filters = {enumFilter("area", QT_TRANSLATE_NOOP("ListCatalog", "Area"),
                     QStringLiteral("c.area"), "course_area"),
        enumFilter("accreditation", QT_TRANSLATE_NOOP("ListCatalog", "Accreditation"),
            QStringLiteral("c.accreditation_status"), "accreditation_status"),
        textFilter(ftsPredicate(QStringLiteral("c"), QStringLiteral("course")))};
    return l;
}

RecordList offerings()
{
    RecordList l = make("offerings", QT_TRANSLATE_NOOP("ListCatalog", "Offerings"), "offering", "o",
        QStringLiteral("JOIN course c ON c.id = o.course_id "
                       "JOIN institution i ON i.id = o.institution_id "
                       "LEFT JOIN person p ON p.id = o.instructor_id"));
    l.watchedTables << QStringLiteral("course") << QStringLiteral("institution")
                    << QStringLiteral("person");
    const QString inst = institutionName(QStringLiteral("i"));
    addColumns(l,
        {
            {"semester", QT_TRANSLATE_NOOP("ListCatalog", "Semester"), QStringLiteral("o.semester"),
                F::Semester},
            {"course", QT_TRANSLATE_NOOP("ListCatalog", "Course"), QStringLiteral("c.code")},
            {"title", QT_TRANSLATE_NOOP("ListCatalog", "Title"), title(QStringLiteral("c")),
                F::Text, title(QStringLiteral("c")) + QStringLiteral(" COLLATE KAZAKH")},
            {"institution", QT_TRANSLATE_NOOP("ListCatalog", "Institution"), inst, F::Text,
                inst + QStringLiteral(" COLLATE KAZAKH")},
            {"language", QT_TRANSLATE_NOOP("ListCatalog", "Language"), QStringLiteral("o.language"),
                F::Language},
            {"instructor", QT_TRANSLATE_NOOP("ListCatalog", "Instructor"),
                QStringLiteral("coalesce(%1, '')").arg(personName(QStringLiteral("p"))), F::Text,
                QStringLiteral("coalesce(p.family_name, '') COLLATE KAZAKH")},
            {"capacity", QT_TRANSLATE_NOOP("ListCatalog", "Places"), QStringLiteral("o.capacity"),
                F::Number, QStringLiteral("coalesce(o.capacity, 0)")},
        });
    l.filters = {{QStringLiteral("semester"), QT_TRANSLATE_NOOP("ListCatalog", "Semester"),
                     FK::Semester, QStringLiteral("o.semester"), {}, {}},
        refFilter("course", QT_TRANSLATE_NOOP("ListCatalog", "Course"),
            QStringLiteral("o.course_id"), "course"),
        refFilter("institution", QT_TRANSLATE_NOOP("ListCatalog", "Institution"),
            QStringLiteral("o.institution_id"), "institution")};
    return l;
}

RecordList enrollments()
{
    // The FROM clause with each table in its place; sorting by a joined column starts from that
    // table (see ListColumn::from), so a million enrollments are never sorted to show a page.
    const QString e = QStringLiteral("enrollment e");
    const QString o = QStringLiteral("JOIN offering o ON o.id = e.offering_id");
    const QString c = QStringLiteral("JOIN course c ON c.id = o.course_id");
    const QString p = QStringLiteral("JOIN person p ON p.id = e.person_id");
    const QString i = QStringLiteral("JOIN institution i ON i.id = e.owner_id");
    const QStringList joins {o, c, p, i};
    RecordList l = make("enrollments", QT_TRANSLATE_NOOP("ListCatalog", "Enrollments"),
        "enrollment", "e", joins.join(u' '));
    l.watchedTables << QStringLiteral("offering") << QStringLiteral("course")
                    << QStringLiteral("person") << QStringLiteral("institution");
    const QString inst = institutionName(QStringLiteral("i"));
    const QString byPerson
        = QStringLiteral("person p CROSS JOIN enrollment e ON e.person_id = p.id %1")
              .arg(QStringList {o, c, i}.join(u' '));
    const QString bySemester
        = QStringLiteral("offering o CROSS JOIN enrollment e ON e.offering_id = o.id %1")
              .arg(QStringList {c, p, i}.join(u' '));
    const QString byCourse = QStringLiteral("course c CROSS JOIN offering o ON o.course_id = c.id "
                                            "CROSS JOIN enrollment e ON e.offering_id = o.id %1")
                                 .arg(QStringList {p, i}.join(u' '));
    const QString byInstitution
        = QStringLiteral("institution i CROSS JOIN enrollment e ON e.owner_id = i.id %1")
              .arg(QStringList {o, c, p}.join(u' '));
    addColumns(l,
        {
            {"student", QT_TRANSLATE_NOOP("ListCatalog", "Student"),
                personName(QStringLiteral("p")), F::Text, {}, {}, personKeys(QStringLiteral("p")),
                byPerson},
            {"course", QT_TRANSLATE_NOOP("ListCatalog", "Course"), QStringLiteral("c.code"),
                F::Text, {}, {},
                {QStringLiteral("c.code"), QStringLiteral("c.rowid"), QStringLiteral("o.rowid"),
                    QStringLiteral("e.person_id")},
                byCourse},
            {"semester", QT_TRANSLATE_NOOP("ListCatalog", "Semester"), QStringLiteral("o.semester"),
                F::Semester, {}, {},
                {QStringLiteral("o.semester"), QStringLiteral("o.rowid"),
                    QStringLiteral("e.person_id")},
                bySemester},
            {"institution", QT_TRANSLATE_NOOP("ListCatalog", "Institution"), inst, F::Text, {}, {},
                {inst + QStringLiteral(" COLLATE KAZAKH"), QStringLiteral("i.rowid"),
                    QStringLiteral("e.person_id")},
                byInstitution},
            {"status", QT_TRANSLATE_NOOP("ListCatalog", "Status"), QStringLiteral("e.status"),
                F::Enum, {}, str("enrollment_status")},
            {"grade", QT_TRANSLATE_NOOP("ListCatalog", "Grade"), QStringLiteral("e.grade"),
                F::Number, QStringLiteral("coalesce(e.grade, -1)")},
            {"enrolled", QT_TRANSLATE_NOOP("ListCatalog", "Enrolled"),
                QStringLiteral("e.enrolled_on"), F::Date},
        });
    l.filters = {enumFilter("status", QT_TRANSLATE_NOOP("ListCatalog", "Status"),
                     QStringLiteral("e.status"), "enrollment_status"),
        {QStringLiteral("semester"), QT_TRANSLATE_NOOP("ListCatalog", "Semester"), FK::Semester,
            QStringLiteral("o.semester"), {}, {}},
        refFilter("institution", QT_TRANSLATE_NOOP("ListCatalog", "Institution"),
            QStringLiteral("e.owner_id"), "institution"),
        enumFilter("gender", QT_TRANSLATE_NOOP("ListCatalog", "Gender"), QStringLiteral("p.gender"),
            "gender")};
    l.filters += dateRange(QStringLiteral("e.enrolled_on"));
    l.filters << textFilter(ftsPredicate(QStringLiteral("p"), QStringLiteral("person")));
    return l;
}

} // namespace

QString RecordList::translatedTitle() const
{
    return QCoreApplication::translate("ListCatalog", title);
}

QString RecordList::columnTitle(int column) const
{
    return QCoreApplication::translate("ListCatalog", columns.value(column).title);
}

std::optional<ListFilter> RecordList::makeFilter(
    const CatalogFilter &f, const QVariant &value) const
{
    switch (f.kind) {
    case FK::Enum:
    case FK::Reference:
    case FK::Semester:
        return ListFilter {f.expr, ListFilter::Op::Equals, value};
    case FK::DateFrom:
        return ListFilter {f.expr, ListFilter::Op::AtLeast, value.toDate().toString(Qt::ISODate)};
    case FK::DateTo:
        return ListFilter {f.expr, ListFilter::Op::AtMost, value.toDate().toString(Qt::ISODate)};
    case FK::Text: {
        if (f.expr.contains(u"MATCH")) {
            const QString match = SearchFold::matchQuery(value.toString());
            if (match.isEmpty())
                return std::nullopt;
            return ListFilter {f.expr, ListFilter::Op::Predicate, match};
        }
        const QString folded = SearchFold::fold(value.toString());
        if (folded.trimmed().isEmpty())
            return std::nullopt;
        return ListFilter {f.expr, ListFilter::Op::Predicate, folded.trimmed()};
    }
    }
    return std::nullopt;
}

QStringList ListCatalog::keys()
{
    return {QStringLiteral("partnerships"), QStringLiteral("renewals"),
        QStringLiteral("programmes"), QStringLiteral("events"), QStringLiteral("participations"),
        QStringLiteral("certificates"), QStringLiteral("courses"), QStringLiteral("offerings"),
        QStringLiteral("enrollments"), QStringLiteral("institutions"), QStringLiteral("people"),
        QStringLiteral("projects"), QStringLiteral("indicators")};
}

RecordList ListCatalog::list(const QString &key, const QDate &today)
{
    if (key == u"institutions")
        return institutions();
    if (key == u"people")
        return people();
    if (key == u"projects")
        return projects();
    if (key == u"indicators")
        return indicators();
    if (key == u"partnerships")
        return partnerships();
    if (key == u"renewals")
        return renewals(today);
    if (key == u"contacts")
        return contacts();
    if (key == u"documents")
        return documents();
    if (key == u"programmes")
        return programmes();
    if (key == u"events")
        return events();
    if (key == u"participations")
        return participations();
    if (key == u"certificates")
        return certificates();
    if (key == u"courses")
        return courses();
    if (key == u"offerings")
        return offerings();
    if (key == u"enrollments")
        return enrollments();
    Q_ASSERT_X(false, "ListCatalog::list", "unknown list");
    return {};
}

QString ListCatalog::title(const QString &key)
{
    // Every list's title is known without a date: the renewals window does not change it.
    return list(key, QDate(2000, 1, 1)).translatedTitle();
}

RecordList ListCatalog::related(const QString &key, const QString &column, const QVariant &id)
{
    RecordList l = list(key);
    l.fixedFilters << ListFilter {column, ListFilter::Op::Equals, id};
    return l;
}

QList<RelatedList> ListCatalog::relatedTo(const QString &table)
{
    struct Row
    {
        const char *owner, *list, *column, *field, *title;
    };
    static const Row rows[] = {
        {"person", "participations", "pn.person_id", "person_id",
            QT_TRANSLATE_NOOP("ListCatalog", "Trainings")},
        {"person", "certificates", "ce.person_id", "person_id", nullptr},
        {"person", "offerings", "o.instructor_id", "instructor_id",
            QT_TRANSLATE_NOOP("ListCatalog", "Courses taught")},
        {"person", "enrollments", "e.person_id", "person_id", nullptr},
        {"person", "contacts", "pc.person_id", "person_id",
            QT_TRANSLATE_NOOP("ListCatalog", "Partnerships as contact")},
        {"partnership", "contacts", "pc.partnership_id", "partnership_id", nullptr},
        {"partnership", "documents", "at.partnership_id", "partnership_id", nullptr},
        {"training_event", "participations", "pn.event_id", "event_id", nullptr},
        {"training_programme", "events", "ev.programme_id", "programme_id", nullptr},
        {"training_programme", "certificates", "ce.programme_id", "programme_id", nullptr},
        {"course", "offerings", "o.course_id", "course_id", nullptr},
        {"offering", "enrollments", "e.offering_id", "offering_id", nullptr},
        {"project", "indicators", "ind.project_id", "project_id", nullptr},
        {"institution", "people", "p.institution_id", "institution_id", nullptr},
    };
    QList<RelatedList> out;
    for (const Row &r : rows)
        if (table == QLatin1StringView(r.owner))
            out.append({QString::fromLatin1(r.list), QString::fromLatin1(r.column),
                QString::fromLatin1(r.field), r.title});
    return out;
}

QString RelatedList::translatedTitle() const
{
    return title ? QCoreApplication::translate("ListCatalog", title) : ListCatalog::title(key);
}

} // namespace ef
