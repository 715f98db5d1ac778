// Lays a table out on printed pages: a header row repeated on every page, rows that wrap onto
// new pages, cell text elided to its column. Used by the report and the attendance sheets.
#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;

namespace ef {

class PdfTable
{
public:
    // newPage starts the next page and returns the area left for the table on it.
    PdfTable(QPainter &painter, QRectF area, std::function<QRectF()> newPage);

    // Column widths as shares of the area's width (normalised); right-aligned columns hold numbers.
    void setColumns(const QStringList &titles, const QList<double> &shares,
        const QList<bool> &rightAligned = {});
    void setRowHeight(double lines) { m_rowLines = lines; }
    void addRow(const QStringList &cells);
    // A line of text across the table (a note, a section title).
    void addText(const QString &text, bool bold = false);
    // Space left on the current page below the last row.
    QRectF remaining() const;
    void ensureSpace(double height);
    // Leaves room for what was painted in remaining() (a chart).
    void skip(double height) { m_y += height; }

private:
    void header();
    double rowHeight() const;

    QPainter &m_p;
    QRectF m_area;
    std::function<QRectF()> m_newPage;
    double m_y;
    QStringList m_titles;
    QList<double> m_widths;
    QList<bool> m_right;
    double m_rowLines = 1.5;
};

} // namespace ef
