// Paints the report's charts for print (horizontal bars with their figures, and a line at the
// target where there is one) with QPainter, so the PDF needs no widgets.
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

namespace ef {

struct ChartBar
{
    QString label;
    double value = 0;
    QString text; // the figure as printed beside the bar
};

class ReportChartPainter
{
public:
    // `full` is the value a full-width bar stands for (the largest when 0); `marker` draws a
    // line at that value (a target of 100 %).
    static void paintBars(QPainter &p, const QRectF &area, const QString &title,
        const QList<ChartBar> &bars, double full = 0, std::optional<double> marker = {});
};

} // namespace ef
