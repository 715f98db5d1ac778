#include "PdfTable.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ef {

PdfTable::PdfTable(QPainter &painter, QRectF area, std::function<QRectF()> newPage)
    : m_p(painter)
    , m_area(area)
    , m_newPage(std::move(newPage))
    , m_y(area.top())
{ }

double PdfTable::rowHeight() const
{
    return QFontMetricsF(m_p.font(), m_p.device()).height() * m_rowLines;
}

void PdfTable::setColumns(
    const QStringList &titles, const QList<double> &shares, const QList<bool> &rightAligned)
{
    m_titles = titles;
    m_right = rightAligned;
    double sum = 0;
    for (double s : shares)
        sum += s;
    m_widths.clear();
    for (double s : shares)
        m_widths << m_area.width() * s / (sum > 0 ? sum : 1);
    ensureSpace(rowHeight() * 3);
    header();
}

void PdfTable::ensureSpace(double height)
{
    if (m_y + height <= m_area.bottom())
        return;
    m_area = m_newPage();
    m_y = m_area.top();
}

QRectF PdfTable::remaining() const
{
    return QRectF(m_area.left(), m_y, m_area.width(), m_area.bottom() - m_y);
}

void PdfTable::header()
{
    if (m_titles.isEmpty())
        return;
    QFont bold = m_p.font();
    const QFont normal = bold;
    bold.setBold(true);
    m_p.setFont(bold);
    const QFontMetricsF fm(bold, m_p.device());
    // Header titles may take two lines.
    const double h = fm.height() * 2.4;
    m_p.fillRect(QRectF(m_area.left(), m_y, m_area.width(), h), QColor(0x1F, 0x4E, 0x79));
    m_p.setPen(Qt::white);
    double x = m_area.left();
    const double pad = fm.height() * 0.25;
    for (int c = 0; c < m_titles.size(); ++c) {
        m_p.drawText(QRectF(x + pad, m_y, m_widths.at(c) - 2 * pad, h),
            Qt::AlignVCenter | Qt::TextWordWrap
                | (c < m_right.size() && m_right.at(c) ? Qt::AlignRight : Qt::AlignLeft),
            m_titles.at(c));
        x += m_widths.at(c);
    }
    m_y += h;
    m_p.setFont(normal);
    m_p.setPen(Qt::black);
}

void PdfTable::addRow(const QStringList &cells)
{
    const double h = rowHeight();
    if (m_y + h > m_area.bottom()) {
        m_area = m_newPage();
        m_y = m_area.top();
        header();
    }
    const QFontMetricsF fm(m_p.font(), m_p.device());
    const double pad = fm.height() * 0.25;
    QPen grid(QColor(0xB0, 0xB0, 0xB0));
    grid.setWidthF(0);
    double x = m_area.left();
    for (int c = 0; c < m_widths.size(); ++c) {
        const QRectF cell(x, m_y, m_widths.at(c), h);
        m_p.setPen(grid);
        m_p.drawRect(cell);
        m_p.setPen(Qt::black);
        const QString text = c < cells.size() ? cells.at(c) : QString();
        const QRectF inner = cell.adjusted(pad, 0, -pad, 0);
        const int align = Qt::AlignVCenter
            | (c < m_right.size() && m_right.at(c) ? Qt::AlignRight : Qt::AlignLeft);
        // A long name wraps when the row has room for it, else it is cut with an ellipsis.
        const bool wraps = fm.horizontalAdvance(text) > inner.width()
            && fm.boundingRect(QRectF(0, 0, inner.width(), 1e6), Qt::TextWordWrap, text).height()
                <= inner.height();
        if (wraps)
            m_p.drawText(inner, align | Qt::TextWordWrap, text);
        else
            m_p.drawText(inner, align, fm.elidedText(text, Qt::ElideRight, inner.width()));
        x += m_widths.at(c);
    }
    m_y += h;
}

void PdfTable::addText(const QString &text, bool bold)
{
    QFont f = m_p.font();
    const QFont normal = f;
    f.setBold(bold);
    m_p.setFont(f);
    const QFontMetricsF fm(f, m_p.device());
    const QRectF bound = fm.boundingRect(QRectF(0, 0, m_area.width(), 1e6), Qt::TextWordWrap, text);
    const double h = bound.height() + fm.height() * 0.5;
    ensureSpace(h);
    m_p.drawText(QRectF(m_area.left(), m_y, m_area.width(), h), Qt::TextWordWrap, text);
    m_y += h;
    m_p.setFont(normal);
}

} // namespace ef
