#include "Lookup.h"

#include "courses/Semester.h"
#include "store/Store.h"
#include "text/DataLanguage.h"
#include "text/SearchFold.h"

namespace ef {

namespace {

struct Kind
{
    QString table;
    QString label; // SQL over alias t
    QString semester; // SQL of a semester shown after the label, or empty
    bool fullText = false; // has fts_<table>
};

std::optional<Kind> kindOf(const QString &table)
{
    const QString inst = QStringLiteral("coalesce(t.short_name, %1)")
                             .arg(DataLanguage::sql(QStringLiteral("t"), QStringLiteral("name")));
    if (table == u"institution")
        return Kind {table, inst, {}, true};
    if (table == u"person")
        return Kind {table,
            QStringLiteral(
                "t.family_name || ' ' || t.given_name || coalesce(' ' || t.patronymic, '')"),
            {}, true};
    if (table == u"project")
        return Kind {table, QStringLiteral("t.acronym"), {}, false};
    if (table == u"indicator")
        return Kind {table,
            QStringLiteral("t.code || ' ' || %1")
                .arg(DataLanguage::sql(QStringLiteral("t"), QStringLiteral("name"))),
            {}, false};
    if (table == u"partnership")
        return Kind {table, QStringLiteral("t.title"), {}, true};
    if (table == u"training_programme")
        return Kind {table,
            QStringLiteral("t.code || ' ' || %1")
                .arg(DataLanguage::sql(QStringLiteral("t"), QStringLiteral("title"))),
            {}, false};
    if (table == u"training_event")
        return Kind {table, QStringLiteral("t.title || ' · ' || t.starts_on"), {}, false};
    if (table == u"attachment")
        return Kind {table, QStringLiteral("t.file_name"), {}, false};
    if (table == u"certificate")
        return Kind {table, QStringLiteral("t.number"), {}, false};
    if (table == u"course")
        return Kind {table,
            QStringLiteral("t.code || ' ' || %1")
                .arg(DataLanguage::sql(QStringLiteral("t"), QStringLiteral("title"))),
            {}, true};
    if (table == u"offering")
        return Kind {table,
            QStringLiteral("(SELECT c.code || ' ' || %1 FROM course c WHERE c.id = t.course_id)")
                .arg(DataLanguage::sql(QStringLiteral("c"), QStringLiteral("title"))),
            QStringLiteral("t.semester"), false};
    return std::nullopt;
}

QString withSemester(const Statement &s)
{
    QString label = s.text(1);
    if (!s.isNull(2))
        label += QStringLiteral(" · ") + Semester::fromStorage(s.value(2)).label();
    return label;
}

} // namespace

bool Lookup::supports(const QString &table)
{
    return kindOf(table).has_value();
}

QString Lookup::label(Store &store, const QString &table, const Uuid &id)
{
    const auto k = kindOf(table);
    if (!k || id.isNull())
        return {};
    Statement s = store.db().prepare(
        QStringLiteral("SELECT t.id, %1, %2 FROM %3 t WHERE t.id = ?")
            .arg(k->label, k->semester.isEmpty() ? QStringLiteral("NULL") : k->semester, k->table));
    s.bind(1, id);
    return s.next() ? withSemester(s) : QString();
}

QList<LookupItem> Lookup::find(Store &store, const QString &table, const QString &text, int limit)
{
    QList<LookupItem> out;
    const auto k = kindOf(table);
    if (!k)
        return out;
    const QString semester = k->semester.isEmpty() ? QStringLiteral("NULL") : k->semester;
    const QString trimmed = text.trimmed();
    Statement s = [&] {
        if (k->fullText && !trimmed.isEmpty()) {
            Statement q = store.db().prepare(
                QStringLiteral("SELECT t.id, %1, %2 FROM fts_%3 f JOIN %3 t ON t.rowid = f.rowid "
                               "WHERE fts_%3 MATCH ? AND t.deleted = 0 ORDER BY f.rank LIMIT ?")
                    .arg(k->label, semester, k->table));
            q.bind(1, SearchFold::matchQuery(trimmed)).bind(2, limit);
            return q;
        }
        Statement q = store.db().prepare(
            QStringLiteral("SELECT t.id, %1 AS label, %2 FROM %3 t WHERE t.deleted = 0 AND "
                           "(? = '' OR ef_fold(%1) LIKE '%' || ef_fold(?) || '%') "
                           "ORDER BY label COLLATE KAZAKH LIMIT ?")
                .arg(k->label, semester, k->table));
        q.bind(1, trimmed).bind(2, trimmed).bind(3, limit);
        return q;
    }();
    if (k->fullText && !trimmed.isEmpty() && SearchFold::matchQuery(trimmed).isEmpty())
        return out;
    while (s.next())
        out.append({s.uuid(0), withSemester(s)});
    return out;
}

} // namespace ef
