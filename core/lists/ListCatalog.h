// Every list the app shows: what it reads (a ListSpec over the store), how each column is shown,
// and the filters a user can apply. Item models and the bench take their lists from here.
#pragma once

#include "store/ListQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ef {

enum class ColumnFormat { Text, Date, Semester, Number, Enum, Bool, Language };

struct CatalogColumn
{
    const char *title; // English source, translated in the context "ListCatalog"
    ColumnFormat format = ColumnFormat::Text;
    QString enumType; // ColumnFormat::Enum
};

enum class FilterKind {
    Enum, // equals one of the words of enumType
    Reference, // equals a record of refTable, picked by name
    DateFrom, // on or after a date
    DateTo, // on or before a date
    Semester, // equals a semester
    Text, // the words typed, matched by the list's text predicate
};

struct CatalogFilter
{
    QString key; // stable, for settings
    const char *title; // English source, context "ListCatalog"
    FilterKind kind;
    QString expr; // SQL over the list's FROM (for Text: a predicate with one '?')
    QString enumType;
    QString refTable;
};

struct RecordList
{
    QString key; // "enrollments"
    const char *title; // English source, context "ListCatalog"
    QString recordTable; // the kind of record each row is (opens its editor)
    ListSpec spec;
    QList<CatalogColumn> columns; // one per spec.columns
    QList<CatalogFilter> filters;
    QList<ListFilter> fixedFilters; // always applied (the renewals window)
    QStringList watchedTables; // tables whose changes can change the rows shown
    bool creatable = true; // New makes a record of recordTable (documents come from files)

    QString translatedTitle() const;
    QString columnTitle(int column) const;
    // A ListFilter for filter `f` with `value`; Text values become a full-text query. Nothing
    // when the value cannot match anything (text with no letters or digits).
    std::optional<ListFilter> makeFilter(const CatalogFilter &f, const QVariant &value) const;
};

// A list of the records that belong to one record, shown in that record's editor.
struct RelatedList
{
    QString key; // the ListCatalog list
    QString column; // the list's column that refers to the record
    QString field; // the field a new related record gets the record's id in
    const char *title = nullptr; // English source, context "ListCatalog"; null: the list's title

    QString translatedTitle() const;
};

class ListCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ListCatalog)

public:
    // The lists in the order the navigation shows them.
    static QStringList keys();
    // A list built for the current data language; `today` (the store's clock) places the
    // renewals window, which needs it.
    static RecordList list(const QString &key, const QDate &today = {});
    // A list's title in the current language.
    static QString title(const QString &key);
    // Lists of the records related to one record (a person's certificates …), filtered to it.
    static RecordList related(const QString &key, const QString &column, const QVariant &id);
    // The lists that belong to a record of `table`, in the order its editor shows them.
    static QList<RelatedList> relatedTo(const QString &table);
};

} // namespace ef
