#include "XlsxReportWriter.h"

#include "ErasmusReport.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace ef {

namespace {

// Characters shown per unit of Excel's column width, capped so a long title does not make a
// column wider than the screen.
constexpr double MaxWidth = 60;
constexpr int WidthSampleRows = 2000;

double widthOf(const QVariant &v, const QString &text)
{
    if (v.typeId() == QMetaType::QDate)
        return 11;
    return double(text.size());
}

QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'f', 1);
    case QMetaType::LongLong:
        return QString::number(v.toLongLong());
    default:
        return v.toString();
    }
}

} // namespace

QString XlsxReportWriter::sheetName(const QString &title, QStringList &taken)
{
    QString name;
    for (const QChar c : title)
        name += QStringLiteral("[]:*?/\\").contains(c) ? QChar(u' ') : c;
    name = name.trimmed().left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    taken << unique;
    return unique;
}

Result<void, QString> XlsxReportWriter::write(
    ErasmusReport &report, Database &db, const QString &path, const ReportProgress &progress)
{
    // libxlsxwriter writes to a file of its own: a temporary one, copied into place through
    // QSaveFile once whole, so a cancelled or failed export leaves the old file (or none).
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return unexpected(tr("Cannot create a temporary folder for the workbook."));
    const QByteArray tmpName = QDir(tmp.path()).filePath(QStringLiteral("report.xlsx")).toUtf8();
    QByteArray tmpDir = tmp.path().toUtf8();
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpDir.data();
    lxw_workbook *wb = workbook_new_opt(tmpName.constData(), &options);
    if (!wb)
        return unexpected(tr("Cannot create the workbook."));

    QByteArray title = report.heading().toUtf8();
    QByteArray app = QByteArrayLiteral("EduFusion Desk");
    lxw_doc_properties props {};
    props.title = title.data();
    props.author = app.data();
    workbook_set_properties(wb, &props);

    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0x1F4E79);
    format_set_font_color(header, LXW_COLOR_WHITE);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *headingFormat = workbook_add_format(wb);
    format_set_bold(headingFormat);
    format_set_font_size(headingFormat, 14);
    lxw_format *date = workbook_add_format(wb);
    const QString language = QLocale().name().left(2);
    format_set_num_format(date, language == u"en" ? "d mmm yyyy" : "dd.mm.yyyy");
    lxw_format *number = workbook_add_format(wb);
    format_set_num_format(number, "#,##0.0");
    lxw_format *integer = workbook_add_format(wb);
    format_set_num_format(integer, "#,##0");
    lxw_format *percent = workbook_add_format(wb);
    format_set_num_format(percent, "0%");

    qint64 total = 0;
    for (const ReportTable &t : report.tables())
        total += t.rowCount(db);
    qint64 done = 0;
    QStringList taken;
    bool cancelled = false;
    for (const ReportTable &t : report.tables()) {
        if (progress && !progress(done, total)) {
            cancelled = true;
            break;
        }
        const QByteArray name = sheetName(t.title, taken).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        lxw_row_t row = 0;
        if (t.key == u"summary") {
            worksheet_write_string(ws, 0, 0, title.constData(), headingFormat);
            row = 2;
        }
        const lxw_row_t headerRow = row;
        const int columns = int(t.columns.size());
        std::vector<double> widths(columns, 0);
        for (int c = 0; c < columns; ++c) {
            const QByteArray h = t.columns.at(c).title.toUtf8();
            worksheet_write_string(ws, row, lxw_col_t(c), h.constData(), header);
            widths[c] = std::min(MaxWidth, double(t.columns.at(c).title.size()) + 2);
        }
        ++row;
        const bool whole = t.forEachRow(db, [&](const ReportTable::Row &r) {
            for (int c = 0; c < columns && c < r.size(); ++c) {
                const QVariant &v = r.at(c);
                const lxw_col_t col = lxw_col_t(c);
                if (v.isNull() || !v.isValid())
                    continue;
                switch (t.columns.at(c).kind) {
                case ReportCell::Date: {
                    const QDate d = v.toDate();
                    lxw_datetime dt {d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, row, col, &dt, date);
                    break;
                }
                case ReportCell::Integer:
                    worksheet_write_number(ws, row, col, v.toDouble(), integer);
                    break;
                case ReportCell::Number:
                    worksheet_write_number(ws, row, col, v.toDouble(), number);
                    break;
                case ReportCell::Percent:
                    worksheet_write_number(ws, row, col, v.toDouble(), percent);
                    break;
                case ReportCell::Text: {
                    const QString text = v.toString();
                    const QByteArray utf8 = text.toUtf8();
                    worksheet_write_string(ws, row, col, utf8.constData(), nullptr);
                    break;
                }
                }
                if (row - headerRow <= WidthSampleRows)
                    widths[c] = std::min(
                        MaxWidth, std::max(widths[c], widthOf(v, cellText(v)) * 1.1 + 2));
            }
            ++row;
            ++done;
            if (done % 500 == 0 && progress && !progress(done, total))
                return false;
            return true;
        });
        if (!whole) {
            cancelled = true;
            break;
        }
        for (int c = 0; c < columns; ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        worksheet_freeze_panes(ws, headerRow + 1, 0);
        worksheet_autofilter(
            ws, headerRow, 0, std::max(headerRow, lxw_row_t(row - 1)), lxw_col_t(columns - 1));
    }
    const lxw_error closed = workbook_close(wb);
    if (cancelled)
        return unexpected(QString());
    if (closed != LXW_NO_ERROR)
        return unexpected(
            tr("Cannot write the workbook: %1.").arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile written(QString::fromUtf8(tmpName));
    QSaveFile out(path);
    if (!written.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return unexpected(
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), out.errorString()));
    while (!written.atEnd()) {
        const QByteArray chunk = written.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            return unexpected(
                tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), out.errorString()));
    }
    if (!out.commit())
        return unexpected(
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), out.errorString()));
    if (progress)
        progress(total, total);
    return {};
}

} // namespace ef
