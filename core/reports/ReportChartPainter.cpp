#include "ReportChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ef {

void ReportChartPainter::paintBars(QPainter &p, const QRectF &area, const QString &title,
    const QList<ChartBar> &bars, double full, std::optional<double> marker)
{
    p.save();
    QFont titleFont = p.font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    const QFontMetricsF tm(titleFont, p.device());
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), area.top(), area.width(), tm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, title);
    QFont font = titleFont;
    font.setBold(false);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double top = area.top() + tm.height() * 1.4;
    if (bars.isEmpty()) {
        p.restore();
        return;
    }
    double largest = full;
    if (largest <= 0)
        for (const ChartBar &b : bars)
            largest = std::max(largest, b.value);
    if (marker)
        largest = std::max(largest, *marker);
    if (largest <= 0)
        largest = 1;
    const double rowHeight = std::min(fm.height() * 1.6, (area.bottom() - top) / bars.size());
    const double labelWidth = area.width() * 0.38;
    const double textWidth = fm.horizontalAdvance(QStringLiteral("0 000 000 (000 %)"));
    const double barLeft = area.left() + labelWidth + fm.height() * 0.5;
    const double barWidth = std::max(1.0, area.right() - textWidth - barLeft);
    const QColor colors[] = {QColor(0x1F, 0x4E, 0x79), QColor(0x2E, 0x86, 0xC1)};
    for (int i = 0; i < bars.size(); ++i) {
        const ChartBar &b = bars.at(i);
        const double y = top + i * rowHeight;
        const QRectF labelRect(area.left(), y, labelWidth, rowHeight);
        p.setPen(Qt::black);
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(b.label, Qt::ElideRight, labelWidth));
        const double w = barWidth * std::clamp(b.value / largest, 0.0, 1.0);
        p.fillRect(QRectF(barLeft, y + rowHeight * 0.15, w, rowHeight * 0.7), colors[i % 2]);
        p.drawText(QRectF(barLeft + w + fm.height() * 0.3, y, textWidth, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, b.text);
    }
    if (marker) {
        const double x = barLeft + barWidth * (*marker / largest);
        QPen pen(QColor(0xC0, 0x39, 0x2B));
        pen.setWidthF(fm.height() * 0.12);
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, top), QPointF(x, top + rowHeight * bars.size()));
    }
    p.restore();
}

} // namespace ef
