// Writes each table of an ErasmusReport as a CSV file in a folder (UTF-8 with a byte-order mark,
// so Excel reads Cyrillic and Kazakh letters; RFC 4180 quoting). The files appear together when
// all are whole, or none does.
#pragma once

#include "ReportProgress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ef {

class Database;
class ErasmusReport;

class CsvReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvReportWriter)

public:
    static Result<void, QString> write(
        ErasmusReport &report, Database &db, const QString &folder, const ReportProgress &progress);
    static QString quoted(const QString &field);
    // A text cell as written: quoted, and one that Excel would run as a formula (=, +, -, @,
    // a tab or a carriage return first: a name typed as "=HYPERLINK(…)") kept as text by a
    // leading apostrophe.
    static QString textCell(const QString &text);
};

} // namespace ef
