// One table of a report (a sheet of the workbook, a CSV file, a section of the PDF): its
// translated title and column names, the kind of each column, and its rows, read one at a time
// from the store so that a million enrollments never sit in memory at once.
#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace ef {

class Database;
class Statement;

enum class ReportCell { Text, Integer, Number, Percent, Date };

struct ReportColumn
{
    QString title;
    ReportCell kind = ReportCell::Text;
};

class ReportTable
{
public:
    using Row = QVariantList; // QString, qint64, double, QDate or null, one per column
    using RowFn = std::function<bool(const Row &)>; // false: stop (cancelled)

    QString key; // stable, for file names: "participants"
    QString title; // in the report's language
    QList<ReportColumn> columns;

    // Rows known in advance (the summary), or read by a query of the report's own.
    QList<Row> rows;
    QString sql;
    QVariantList args;
    std::function<Row(const Statement &)> read;

    qint64 rowCount(Database &db) const;
    // Calls fn for every row in order; false when fn stopped it.
    bool forEachRow(Database &db, const RowFn &fn) const;
};

} // namespace ef
