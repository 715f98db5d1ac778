// One export of the Erasmus+ report to any of XLSX, CSV and PDF, on a reader connection of its
// own, with progress and cancel: what the export task runs off the UI thread and what the
// command line runs.
#pragma once

#include "ErasmusReport.h"
#include "ReportProgress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace ef {

struct ReportRequest
{
    ReportOptions options;
    QString xlsx; // a file, or empty
    QString csvFolder;
    QString pdf;
    QDate madeOn;
};

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // An empty error when cancelled.
    static Result<void, QString> run(
        const QString &storePath, const ReportRequest &request, const ReportProgress &progress);
    static Result<void, QString> run(
        Database &db, const ReportRequest &request, const ReportProgress &progress);
};

} // namespace ef
