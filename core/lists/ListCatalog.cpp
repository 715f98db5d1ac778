#include "ListCatalog.h"

#include "text/DataLanguage.h"
#include "text/SearchFold.h"

#define EF_COL(text) QT_TRANSLATE_NOOP("ListCatalog", text)

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
};

void addColumns(RecordList &l, std::initializer_list<Col> cols)
{
    for (const Col &c : cols) {
        l.spec.columns.append({str(c.key), c.expr, c.sort});
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
    return {QStringLiteral("text"), EF_COL("Search"), FK::Text, predicate, {}, {}};
}
QList<CatalogFilter> dateRange(const QString &expr)
{
    return {{QStringLiteral("from"), EF_COL("From"), FK::DateFrom, expr, {}, {}},
        {QStringLiteral("to"), EF_COL("To"), FK::DateTo, expr, {}, {}}};
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
    RecordList l = make("institutions", EF_COL("Institutions"), "institution", "i");
    const QString name = institutionName(QStringLiteral("i"));
    addColumns(l,
        {
            {"name", EF_COL("Name"), name, F::Text, name + QStringLiteral(" COLLATE KAZAKH")},
            {"kind", EF_COL("Kind"), QStringLiteral("i.kind"), F::Enum, {}, str("institution_kind")},
            {"country", EF_COL("Country"), QStringLiteral("i.country")},
            {"city", EF_COL("City"), QStringLiteral("coalesce(i.city, '')")},
            {"bin", EF_COL("BIN"), QStringLiteral("coalesce(i.bin, '')")},
        });
    l.filters = {enumFilter("kind", EF_COL("Kind"), QStringLiteral("i.kind"), "institution_kind"),
        textFilter(ftsPredicate(QStringLiteral("i"), QStringLiteral("institution")))};
    return l;
}

RecordList people()
{
    RecordList l = make("people", EF_COL("People"), "person", "p",
        QStringLiteral("LEFT JOIN institution i ON i.id = p.institution_id"));
    l.watchedTables << QStringLiteral("institution");
    const QString inst = institutionName(QStringLiteral("i"));
    addColumns(l,
        {
            {"name", EF_COL("Name"), personName(QStringLiteral("p")), F::Text,
                personSort(QStringLiteral("p"))},
            {"latin", EF_COL("Name in Latin"),
                QStringLiteral("coalesce(p.family_name_latin || ' ' || p.given_name_latin, '')")},
            {"gender", EF_COL("Gender"), QStringLiteral("p.gender"), F::Enum, {}, str("gender")},
            {"institution", EF_COL("Institution"), QStringLiteral("coalesce(%1, '')").arg(inst),
                F::Text, QStringLiteral("coalesce(%1, '') COLLATE KAZAKH").arg(inst)},
            {"email", EF_COL("Email"), QStringLiteral("coalesce(p.email, '')")},
        });
    l.filters = {enumFilter("gender", EF_COL("Gender"), QStringLiteral("p.gender"), "gender"),
        refFilter("institution", EF_COL("Institution"), QStringLiteral("p.institution_id"),
            "institution"),
        textFilter(ftsPredicate(QStringLiteral("p"), QStringLiteral("person")))};
    return l;
}

RecordList projects()
{
    RecordList l = make("projects", EF_COL("Projects"), "project", "pr");
    addColumns(l,
        {
            {"acronym", EF_COL("Acronym"), QStringLiteral("pr.acronym"), F::Text,
                QStringLiteral("pr.acronym COLLATE KAZAKH")},
            {"title", EF_COL("Title"), QStringLiteral("pr.title")},
            {"code", EF_COL("Project number"), QStringLiteral("pr.code")},
            {"starts", EF_COL("Starts"), QStringLiteral("pr.starts_on"), F::Date},
            {"ends", EF_COL("Ends"), QStringLiteral("pr.ends_on"), F::Date},
        });
    l.filters = {textFilter(likePredicate(QStringLiteral("pr.acronym || ' ' || pr.title")))};
    return l;
}

RecordList indicators()
{
    RecordList l = make("indicators", EF_COL("Indicators"), "indicator", "ind",
        QStringLiteral("JOIN project pr ON pr.id = ind.project_id"));
    l.watchedTables << QStringLiteral("project");
    const QString name = DataLanguage::sql(QStringLiteral("ind"), QStringLiteral("name"));
    addColumns(l,
        {
            {"project", EF_COL("Project"), QStringLiteral("pr.acronym")},
            {"code", EF_COL("Code"), QStringLiteral("ind.code")},
            {"name", EF_COL("Name"), name, F::Text, name + QStringLiteral(" COLLATE KAZAKH")},
            {"unit", EF_COL("Unit"), QStringLiteral("ind.unit"), F::Enum, {}, str("indicator_unit")},
            {"baseline", EF_COL("Baseline"), QStringLiteral("ind.baseline"), F::Number},
            {"target", EF_COL("Target"), QStringLiteral("ind.target"), F::Number},
        });
    l.filters = {refFilter("project", EF_COL("Project"), QStringLiteral("ind.project_id"), "project"),
        textFilter(likePredicate(name))};
    return l;
}

RecordList partnerships()
{
    RecordList l = make("partnerships", EF_COL("Partnerships"), "partnership", "pa",
        QStringLiteral("JOIN institution u ON u.id = pa.university_id "
                       "JOIN institution pt ON pt.id = pa.partner_id"));
    l.watchedTables << QStringLiteral("institution");
    const QString uni = institutionName(QStringLiteral("u"));
    const QString partner = institutionName(QStringLiteral("pt"));
    addColumns(l,
        {
            {"title", EF_COL("Title"), QStringLiteral("pa.title"), F::Text,
                QStringLiteral("pa.title COLLATE KAZAKH")},
            {"kind", EF_COL("Kind"), QStringLiteral("pa.kind"), F::Enum, {}, str("partnership_kind")},
            {"status", EF_COL("Status"), QStringLiteral("pa.status"), F::Enum, {},
                str("partnership_status")},
            {"university", EF_COL("University"), uni, F::Text, uni + QStringLiteral(" COLLATE KAZAKH")},
            {"partner", EF_COL("Partner"), partner, F::Text,
                partner + QStringLiteral(" COLLATE KAZAKH")},
            {"signed", EF_COL("Signed"), QStringLiteral("pa.signed_on"), F::Date,
                QStringLiteral("coalesce(pa.signed_on, '')")},
            {"ends", EF_COL("Ends"), QStringLiteral("pa.ends_on"), F::Date,
                QStringLiteral("coalesce(pa.ends_on, '')")},
        });
    l.filters = {enumFilter("status", EF_COL("Status"), QStringLiteral("pa.status"),
                     "partnership_status"),
        enumFilter("kind", EF_COL("Kind"), QStringLiteral("pa.kind"), "partnership_kind"),
        refFilter("institution", EF_COL("University"), QStringLiteral("pa.university_id"),
            "institution")};
    l.filters += dateRange(QStringLiteral("pa.ends_on"));
    l.filters << textFilter(ftsPredicate(QStringLiteral("pa"), QStringLiteral("partnership")));
    return l;
}

RecordList renewals(const QDate &today)
{
    RecordList l = partnerships();
    l.key = QStringLiteral("renewals");
    l.title = EF_COL("Renewals due");
    l.spec.columns.move(6, 0); // ending date first: it is what the list is about
    l.columns.move(6, 0);
    const QDate day = today.isValid() ? today : QDate::currentDate();
    l.fixedFilters = {
        {QStringLiteral("pa.ends_on"), ListFilter::Op::AtLeast, day.toString(Qt::ISODate)},
        {QStringLiteral("pa.ends_on"), ListFilter::Op::AtMost, day.addDays(90).toString(Qt::ISODate)},
        {QStringLiteral("pa.status IN ('signed', 'active')"), ListFilter::Op::Predicate, {}},
    };
    l.filters.removeIf([](const CatalogFilter &f) {
        return f.key == u"status" || f.kind == FK::DateFrom || f.kind == FK::DateTo;
    });
    return l;
}

RecordList contacts()
{
    RecordList l = make("contacts", EF_COL("Contacts"), "partnership_contact", "pc",
        QStringLiteral("JOIN person p ON p.id = pc.person_id "
                       "JOIN partnership pa ON pa.id = pc.partnership_id"));
    l.watchedTables << QStringLiteral("person") << QStringLiteral("partnership");
    addColumns(l,
        {
            {"person", EF_COL("Person"), personName(QStringLiteral("p")), F::Text,
                personSort(QStringLiteral("p"))},
            {"role", EF_COL("Role"), QStringLiteral("coalesce(pc.role, '')")},
            {"partnership", EF_COL("Partnership"), QStringLiteral("pa.title")},
            {"status", EF_COL("Status"), QStringLiteral("pa.status"), F::Enum, {},
                str("partnership_status")},
        });
    return l;
}

RecordList documents()
{
    RecordList l = make("documents", EF_COL("Documents"), "attachment", "at");
    addColumns(l,
        {
            {"name", EF_COL("File"), QStringLiteral("at.file_name"), F::Text,
                QStringLiteral("at.file_name COLLATE KAZAKH")},
            {"added", EF_COL("Added"), QStringLiteral("at.added_on"), F::Date},
            {"size", EF_COL("Size (bytes)"), QStringLiteral("at.size"), F::Number},
        });
    return l;
}

RecordList programmes()
{
    RecordList l = make("programmes", EF_COL("Training programmes"), "training_programme", "tp");
    addColumns(l,
        {
            {"code", EF_COL("Code"), QStringLiteral("tp.code")},
            {"title", EF_COL("Title"), title(QStringLiteral("tp")), F::Text,
                title(QStringLiteral("tp")) + QStringLiteral(" COLLATE KAZAKH")},
            {"topic", EF_COL("Topic"), QStringLiteral("tp.topic"), F::Enum, {}, str("training_topic")},
            {"standard", EF_COL("Standard"), QStringLiteral("tp.standard"), F::Enum, {},
                str("certification_standard")},
            {"hours", EF_COL("Hours"), QStringLiteral("tp.hours"), F::Number},
        });
    l.filters = {enumFilter("topic", EF_COL("Topic"), QStringLiteral("tp.topic"), "training_topic"),
        enumFilter("standard", EF_COL("Standard"), QStringLiteral("tp.standard"),
            "certification_standard"),
        textFilter(likePredicate(QStringLiteral("tp.code || ' ' || coalesce(tp.title_en, '') || ' ' "
                                                "|| coalesce(tp.title_ru, '') || ' ' || "
                                                "coalesce(tp.title_kk, '')")))};
    return l;
}

RecordList events()
{
    RecordList l = make("events", EF_COL("Training events"), "training_event", "ev",
        QStringLiteral("LEFT JOIN institution h ON h.id = ev.host_id"));
    l.watchedTables << QStringLiteral("institution");
    const QString host = QStringLiteral("coalesce(%1, '')").arg(institutionName(QStringLiteral("h")));
    addColumns(l,
        {
            {"starts", EF_COL("Starts"), QStringLiteral("ev.starts_on"), F::Date},
            {"title", EF_COL("Title"), QStringLiteral("ev.title"), F::Text,
                QStringLiteral("ev.title COLLATE KAZAKH")},
            {"kind", EF_COL("Kind"), QStringLiteral("ev.kind"), F::Enum, {}, str("event_kind")},
            {"mode", EF_COL("Mode"), QStringLiteral("ev.mode"), F::Enum, {}, str("event_mode")},
            {"host", EF_COL("Host"), host, F::Text, host + QStringLiteral(" COLLATE KAZAKH")},
            {"city", EF_COL("City"), QStringLiteral("coalesce(ev.city, '')")},
            {"hours", EF_COL("Hours"), QStringLiteral("ev.hours"), F::Number},
        });
    l.filters = {enumFilter("kind", EF_COL("Kind"), QStringLiteral("ev.kind"), "event_kind"),
        refFilter("host", EF_COL("Host"), QStringLiteral("ev.host_id"), "institution")};
    l.filters += dateRange(QStringLiteral("ev.starts_on"));
    l.filters << textFilter(likePredicate(QStringLiteral("ev.title || ' ' || coalesce(ev.city, '')")));
    return l;
}

RecordList participations()
{
    RecordList l = make("participations", EF_COL("Participants"), "participation", "pn",
        QStringLiteral("JOIN person p ON p.id = pn.person_id "
                       "JOIN training_event ev ON ev.id = pn.event_id"));
    l.watchedTables << QStringLiteral("person") << QStringLiteral("training_event");
    addColumns(l,
        {
            {"person", EF_COL("Participant"), personName(QStringLiteral("p")), F::Text,
                personSort(QStringLiteral("p"))},
            {"gender", EF_COL("Gender"), QStringLiteral("p.gender"), F::Enum, {}, str("gender")},
            {"event", EF_COL("Event"), QStringLiteral("ev.title"), F::Text,
                QStringLiteral("ev.title COLLATE KAZAKH")},
            {"date", EF_COL("Date"), QStringLiteral("ev.starts_on"), F::Date},
            {"hours", EF_COL("Hours attended"), QStringLiteral("pn.attended_hours"), F::Number},
            {"assessment", EF_COL("Assessment"), QStringLiteral("pn.assessment"), F::Number,
                QStringLiteral("coalesce(pn.assessment, -1)")},
            {"result", EF_COL("Result"), QStringLiteral("pn.result"), F::Enum, {},
                str("participation_result")},
        });
    l.filters = {refFilter("event", EF_COL("Event"), QStringLiteral("pn.event_id"), "training_event"),
        enumFilter("result", EF_COL("Result"), QStringLiteral("pn.result"), "participation_result"),
        enumFilter("gender", EF_COL("Gender"), QStringLiteral("p.gender"), "gender"),
        textFilter(ftsPredicate(QStringLiteral("p"), QStringLiteral("person")))};
    return l;
}

RecordList certificates()
{
    RecordList l = make("certificates", EF_COL("Certificates"), "certificate", "ce",
        QStringLiteral("JOIN person p ON p.id = ce.person_id"));
    l.watchedTables << QStringLiteral("person");
    addColumns(l,
        {
            {"number", EF_COL("Number"), QStringLiteral("ce.number")},
            {"holder", EF_COL("Holder"), personName(QStringLiteral("p")), F::Text,
                personSort(QStringLiteral("p"))},
            {"level", EF_COL("Level"), QStringLiteral("ce.level"), F::Enum, {},
                str("certification_standard")},
            {"issued", EF_COL("Issued"), QStringLiteral("ce.issued_on"), F::Date},
            {"valid", EF_COL("Valid until"), QStringLiteral("ce.valid_until"), F::Date,
                QStringLiteral("coalesce(ce.valid_until, '')")},
            {"status", EF_COL("Status"), QStringLiteral("ce.status"), F::Enum, {},
                str("certificate_status")},
        });
    l.filters = {enumFilter("status", EF_COL("Status"), QStringLiteral("ce.status"),
                     "certificate_status"),
        enumFilter("level", EF_COL("Level"), QStringLiteral("ce.level"), "certification_standard")};
    l.filters += dateRange(QStringLiteral("ce.issued_on"));
    l.filters << textFilter(ftsPredicate(QStringLiteral("p"), QStringLiteral("person")));
    return l;
}

RecordList courses()
{
    RecordList l = make("courses", EF_COL("Courses"), "course", "c",
        QStringLiteral("LEFT JOIN institution pv ON pv.id = c.provider_id"));
    l.watchedTables << QStringLiteral("institution");
    const QString provider = QStringLiteral("coalesce(%1, '')").arg(institutionName(QStringLiteral("pv")));
    addColumns(l,
        {
            {"code", EF_COL("Code"), QStringLiteral("c.code")},
            {"title", EF_COL("Title"), title(QStringLiteral("c")), F::Text,
                title(QStringLiteral("c")) + QStringLiteral(" COLLATE KAZAKH")},
            {"area", EF_COL("Area"), QStringLiteral("c.area"), F::Enum, {}, str("course_area")},
            {"ects", EF_COL("ECTS"), QStringLiteral("c.ects"), F::Number},
            {"languages", EF_COL("Languages"), QStringLiteral("c.languages"), F::Language},
            {"provider", EF_COL("Provider"), provider, F::Text,
                provider + QStringLiteral(" COLLATE KAZAKH")},
            {"accreditation", EF_COL("Accreditation"), QStringLiteral("c.accreditation_status"),
                F::Enum, {}, str("accreditation_status")},
        });
    l.filters = {enumFilter("area", EF_COL("Area"), QStringLiteral("c.area"), "course_area"),
        enumFilter("accreditation", EF_COL("Accreditation"), QStringLiteral("c.accreditation_status"),
            "accreditation_status"),
        textFilter(ftsPredicate(QStringLiteral("c"), QStringLiteral("course")))};
    return l;
}

RecordList offerings()
{
    RecordList l = make("offerings", EF_COL("Offerings"), "offering", "o",
        QStringLiteral("JOIN course c ON c.id = o.course_id "
                       "JOIN institution i ON i.id = o.institution_id "
                       "LEFT JOIN person p ON p.id = o.instructor_id"));
    l.watchedTables << QStringLiteral("course") << QStringLiteral("institution")
                    << QStringLiteral("person");
    const QString inst = institutionName(QStringLiteral("i"));
    addColumns(l,
        {
            {"semester", EF_COL("Semester"), QStringLiteral("o.semester"), F::Semester},
            {"course", EF_COL("Course"), QStringLiteral("c.code")},
            {"title", EF_COL("Title"), title(QStringLiteral("c")), F::Text,
                title(QStringLiteral("c")) + QStringLiteral(" COLLATE KAZAKH")},
            {"institution", EF_COL("Institution"), inst, F::Text, inst + QStringLiteral(" COLLATE KAZAKH")},
            {"language", EF_COL("Language"), QStringLiteral("o.language"), F::Language},
            {"instructor", EF_COL("Instructor"),
                QStringLiteral("coalesce(%1, '')").arg(personName(QStringLiteral("p"))), F::Text,
                QStringLiteral("coalesce(p.family_name, '') COLLATE KAZAKH")},
            {"capacity", EF_COL("Places"), QStringLiteral("o.capacity"), F::Number,
                QStringLiteral("coalesce(o.capacity, 0)")},
        });
    l.filters = {{QStringLiteral("semester"), EF_COL("Semester"), FK::Semester,
                     QStringLiteral("o.semester"), {}, {}},
        refFilter("course", EF_COL("Course"), QStringLiteral("o.course_id"), "course"),
        refFilter("institution", EF_COL("Institution"), QStringLiteral("o.institution_id"),
            "institution")};
    return l;
}

RecordList enrollments()
{
    RecordList l = make("enrollments", EF_COL("Enrollments"), "enrollment", "e",
        QStringLiteral("JOIN offering o ON o.id = e.offering_id JOIN course c ON c.id = o.course_id "
                       "JOIN person p ON p.id = e.person_id JOIN institution i ON i.id = e.owner_id"));
    l.watchedTables << QStringLiteral("offering") << QStringLiteral("course")
                    << QStringLiteral("person") << QStringLiteral("institution");
    const QString inst = institutionName(QStringLiteral("i"));
    addColumns(l,
        {
            {"student", EF_COL("Student"), personName(QStringLiteral("p")), F::Text,
                personSort(QStringLiteral("p"))},
            {"course", EF_COL("Course"), QStringLiteral("c.code")},
            {"semester", EF_COL("Semester"), QStringLiteral("o.semester"), F::Semester},
            {"institution", EF_COL("Institution"), inst, F::Text, inst + QStringLiteral(" COLLATE KAZAKH")},
            {"status", EF_COL("Status"), QStringLiteral("e.status"), F::Enum, {},
                str("enrollment_status")},
            {"grade", EF_COL("Grade"), QStringLiteral("e.grade"), F::Number,
                QStringLiteral("coalesce(e.grade, -1)")},
            {"enrolled", EF_COL("Enrolled"), QStringLiteral("e.enrolled_on"), F::Date},
        });
    l.filters = {enumFilter("status", EF_COL("Status"), QStringLiteral("e.status"), "enrollment_status"),
        {QStringLiteral("semester"), EF_COL("Semester"), FK::Semester, QStringLiteral("o.semester"),
            {}, {}},
        refFilter("institution", EF_COL("Institution"), QStringLiteral("e.owner_id"), "institution"),
        enumFilter("gender", EF_COL("Gender"), QStringLiteral("p.gender"), "gender")};
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

std::optional<ListFilter> RecordList::makeFilter(const CatalogFilter &f, const QVariant &value) const
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
    return {QStringLiteral("partnerships"), QStringLiteral("renewals"), QStringLiteral("programmes"),
        QStringLiteral("events"), QStringLiteral("participations"), QStringLiteral("certificates"),
        QStringLiteral("courses"), QStringLiteral("offerings"), QStringLiteral("enrollments"),
        QStringLiteral("institutions"), QStringLiteral("people"), QStringLiteral("projects"),
        QStringLiteral("indicators")};
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

RecordList ListCatalog::related(const QString &key, const QString &column, const QVariant &id)
{
    RecordList l = list(key);
    l.fixedFilters << ListFilter {column, ListFilter::Op::Equals, id};
    return l;
}

} // namespace ef
