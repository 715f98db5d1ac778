// Writes an ErasmusReport as a printable PDF: the summary of indicators with their charts, then
// every table with its header on each page, in the UI language, Noto Sans embedded so that every
// Kazakh letter prints. Long tables stop at a stated number of rows (the workbook has them all).
#pragma once

#include "ReportProgress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ef {

class Database;
class ErasmusReport;

class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    static constexpr int DefaultMaxRows = 2000;

    static Result<void, QString> write(ErasmusReport &report, Database &db, const QString &path,
        const QDate &madeOn, const ReportProgress &progress, int maxRowsPerTable = DefaultMaxRows);
};

} // namespace ef
