#include "PdfReportWriter.h"

#include "ErasmusReport.h"
#include "IndicatorFigure.h"
#include "PdfTable.h"
#include "ReportChartPainter.h"
#include "certificates/CertificateRenderer.h"
#include "records/EnumLabels.h"

#include <QDir>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace ef {

namespace {

QString cellText(const QVariant &v, ReportCell kind, const QLocale &locale)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (kind) {
    case ReportCell::Date:
        return locale.toString(v.toDate(), QLocale::ShortFormat);
    case ReportCell::Integer:
        return locale.toString(v.toLongLong());
    case ReportCell::Number: {
        const double d = v.toDouble();
        return locale.toString(d, 'f', d == std::floor(d) ? 0 : 1);
    }
    case ReportCell::Percent:
        return locale.toString(v.toDouble() * 100, 'f', 0) + locale.percent();
    case ReportCell::Text:
        return v.toString();
    }
    return v.toString();
}

// Column shares from the header and the first rows' lengths.
QList<double> shares(const ReportTable &t, const QList<QStringList> &sample)
{
    QList<double> out;
    for (int c = 0; c < t.columns.size(); ++c) {
        const ReportColumn &column = t.columns.at(c);
        double w = std::min<double>(column.title.size(), 14);
        // A header wraps between words, never inside one; a date needs its ten digits.
        for (const QString &word : column.title.split(u' ', Qt::SkipEmptyParts))
            w = std::max<double>(w, word.size() + 1);
        if (column.kind == ReportCell::Date)
            w = std::max(w, 12.0);
        for (const QStringList &r : sample)
            if (c < r.size())
                w = std::max<double>(w, std::min<double>(r.at(c).size(), 48));
        out << std::max(4.0, w);
    }
    return out;
}

} // namespace

Result<void, QString> PdfReportWriter::write(ErasmusReport &report, Database &db,
    const QString &path, const QDate &madeOn, const ReportProgress &progress, int maxRows)
{
    CertificateRenderer::registerFonts();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return unexpected(
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), out.errorString()));
    const QLocale locale;
    qint64 total = 0;
    for (const ReportTable &t : report.tables())
        total += std::min<qint64>(t.rowCount(db), maxRows);
    qint64 done = 0;
    bool cancelled = false;
    {
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setResolution(144);
        pdf.setTitle(report.heading());
        pdf.setCreator(QStringLiteral("EduFusion Desk"));
        QPainter p(&pdf);
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSizeF(8);
        p.setFont(font);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        const QFontMetricsF fm(font, &pdf);
        int pageNumber = 1;
        auto footer = [&] {
            p.save();
            p.setPen(Qt::darkGray);
            p.drawText(QRectF(page.left(), page.bottom() - fm.height(), page.width(), fm.height()),
                Qt::AlignRight | Qt::AlignVCenter,
                tr("%1 · page %2").arg(report.heading()).arg(pageNumber));
            p.restore();
        };
        const QRectF body = page.adjusted(0, 0, 0, -fm.height() * 1.5);
        auto newPage = [&]() -> QRectF {
            footer();
            pdf.newPage();
            ++pageNumber;
            return body;
        };

        // Title, summary and charts.
        QFont big = font;
        big.setPointSizeF(16);
        big.setBold(true);
        p.setFont(big);
        const double titleHeight = QFontMetricsF(big, &pdf).height();
        p.drawText(
            QRectF(body.left(), body.top(), body.width(), titleHeight), tr("Erasmus+ report"));
        QFont mid = font;
        mid.setPointSizeF(11);
        p.setFont(mid);
        const double midHeight = QFontMetricsF(mid, &pdf).height();
        p.drawText(QRectF(body.left(), body.top() + titleHeight * 1.2, body.width(), midHeight),
            report.heading());
        p.setFont(font);
        p.drawText(QRectF(body.left(), body.top() + titleHeight * 1.2 + midHeight * 1.3,
                       body.width(), fm.height()),
            tr("Made on %1 with EduFusion Desk from the office's data.")
                .arg(locale.toString(madeOn, QLocale::LongFormat)));
        QRectF area = body.adjusted(0, titleHeight * 1.2 + midHeight * 1.3 + fm.height() * 2, 0, 0);
        PdfTable table(p, area, newPage);

        const QList<ReportTable> &tables = report.tables();
        for (const ReportTable &t : tables) {
            if (t.key == u"summary" && t.rows.isEmpty())
                table.addText(tr("No project chosen, or the project has no indicators."));
            table.addText(t.title, true);
            QList<QStringList> sample;
            qint64 rowsOfTable = 0;
            qint64 all = t.rowCount(db);
            QList<bool> right;
            QStringList titles;
            for (const ReportColumn &c : t.columns) {
                titles << c.title;
                right << (c.kind != ReportCell::Text && c.kind != ReportCell::Date);
            }
            // The first rows give the columns their widths; then every row is printed.
            bool started = false;
            QList<QStringList> pending;
            auto flush = [&] {
                if (!started) {
                    table.setColumns(titles, shares(t, pending), right);
                    started = true;
                }
                for (const QStringList &r : std::as_const(pending))
                    table.addRow(r);
                pending.clear();
            };
            const bool whole = t.forEachRow(db, [&](const ReportTable::Row &r) {
                if (rowsOfTable >= maxRows)
                    return false;
                QStringList cells;
                for (int c = 0; c < t.columns.size(); ++c)
                    cells << cellText(
                        c < r.size() ? r.at(c) : QVariant(), t.columns.at(c).kind, locale);
                pending << cells;
                if (pending.size() >= 200)
                    flush();
                ++rowsOfTable;
                ++done;
                if (done % 200 == 0 && progress && !progress(done, total)) {
                    cancelled = true;
                    return false;
                }
                return true;
            });
            if (cancelled)
                break;
            Q_UNUSED(whole);
            flush();
            if (all > rowsOfTable)
                table.addText(
                    tr("The first %n rows of %1; the workbook and the CSV files have them all.",
                        nullptr, int(rowsOfTable))
                        .arg(locale.toString(all)));
            if (all == 0)
                table.addText(tr("Nothing in this period."));

            if (t.key == u"summary" && !report.figures().isEmpty()) {
                // Progress to each target, then the first counted indicator by gender and region.
                QList<ChartBar> bars;
                for (const IndicatorFigure &f : report.figures()) {
                    if (const auto pr = f.progress())
                        bars << ChartBar {f.indicator.code, *pr * 100,
                            locale.toString(*pr * 100, 'f', 0) + locale.percent()};
                }
                const double h = fm.height() * (std::max<qsizetype>(bars.size(), 6) * 1.6 + 3);
                table.ensureSpace(h);
                const QRectF r = table.remaining();
                if (!bars.isEmpty())
                    ReportChartPainter::paintBars(p, QRectF(r.left(), r.top(), r.width() * 0.48, h),
                        tr("Progress to the targets (the dashed line is the target)"), bars, 0,
                        100.0);
                const ReportTable *breakdowns = nullptr;
                for (const ReportTable &b : tables)
                    if (b.key == u"breakdowns")
                        breakdowns = &b;
                const QString genderLabel = EnumLabels::of(ReportDimension::Gender);
                const QString regionLabel = EnumLabels::of(ReportDimension::Region);
                QString code;
                QList<ChartBar> gender, region;
                for (const ReportTable::Row &row :
                    breakdowns ? breakdowns->rows : QList<ReportTable::Row>()) {
                    if (code.isEmpty() && row.at(2).toString() == genderLabel)
                        code = row.at(0).toString();
                    if (row.at(0).toString() != code || code.isEmpty())
                        continue;
                    const ChartBar bar {row.at(3).toString(), row.at(4).toDouble(),
                        locale.toString(row.at(4).toDouble(), 'f', 0)};
                    if (row.at(2).toString() == genderLabel)
                        gender << bar;
                    else if (row.at(2).toString() == regionLabel && region.size() < 8)
                        region << bar;
                }
                if (!gender.isEmpty())
                    ReportChartPainter::paintBars(p,
                        QRectF(r.left() + r.width() * 0.52, r.top(), r.width() * 0.48, h * 0.4),
                        tr("%1 by gender").arg(code), gender);
                if (!region.isEmpty())
                    ReportChartPainter::paintBars(p,
                        QRectF(r.left() + r.width() * 0.52, r.top() + h * 0.42, r.width() * 0.48,
                            h * 0.58),
                        tr("%1 by region").arg(code), region);
                table.skip(h);
            }
        }
        footer();
        p.end();
    }
    if (cancelled) {
        out.cancelWriting();
        return unexpected(QString());
    }
    if (!out.commit())
        return unexpected(
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), out.errorString()));
    if (progress)
        progress(total, total);
    return {};
}

} // namespace ef
