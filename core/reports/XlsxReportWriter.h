// Writes an ErasmusReport as an Excel workbook with libxlsxwriter in constant-memory mode: a
// sheet per table, styled and frozen header, autofilter, fitted column widths, dates as dates
// and numbers as numbers. The file appears whole or not at all.
#pragma once

#include "ReportProgress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ef {

class Database;
class ErasmusReport;

class XlsxReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReportWriter)

public:
    // An empty error when cancelled.
    static Result<void, QString> write(
        ErasmusReport &report, Database &db, const QString &path, const ReportProgress &progress);
    // A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in `taken`.
    static QString sheetName(const QString &title, QStringList &taken);
};

} // namespace ef
