#include "ReportExport.h"

#include "CsvReportWriter.h"
#include "PdfReportWriter.h"
#include "XlsxReportWriter.h"
#include "store/ReaderConnection.h"

namespace ef {

Result<void, QString> ReportExport::run(
    const QString &storePath, const ReportRequest &request, const ReportProgress &progress)
{
    auto db = ReaderConnection::open(storePath);
    if (!db)
        return unexpected(db.error().message);
    return run(**db, request, progress);
}

Result<void, QString> ReportExport::run(
    Database &db, const ReportRequest &request, const ReportProgress &progress)
{
    // One snapshot for every file: all of them show the same figures.
    if (auto r = db.exec(QStringLiteral("BEGIN")); !r)
        return unexpected(r.error().message);
    struct End
    {
        Database &db;
        ~End() { (void)db.exec(QStringLiteral("COMMIT")); }
    } end {db};
    ErasmusReport report(db, request.options);
    const int parts = int(!request.xlsx.isEmpty()) + int(!request.csvFolder.isEmpty())
        + int(!request.pdf.isEmpty());
    int part = 0;
    // Each part's progress as a share of the whole export, in thousandths.
    auto share = [&](int index) {
        return [&, index](qint64 done, qint64 total) {
            if (!progress)
                return true;
            const double f = total > 0 ? double(done) / double(total) : 0;
            return progress(qint64((index + f) * 1000 / std::max(parts, 1)), 1000);
        };
    };
    if (!request.xlsx.isEmpty())
        if (auto r = XlsxReportWriter::write(report, db, request.xlsx, share(part++)); !r)
            return r;
    if (!request.csvFolder.isEmpty())
        if (auto r = CsvReportWriter::write(report, db, request.csvFolder, share(part++)); !r)
            return r;
    if (!request.pdf.isEmpty())
        if (auto r = PdfReportWriter::write(report, db, request.pdf, request.madeOn, share(part++));
            !r)
            return r;
    return {};
}

} // namespace ef
