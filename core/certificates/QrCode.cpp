#include "QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <memory>
#include <qrencode.h>

namespace ef {

std::optional<QrCode> QrCode::encode(QStringView text)
{
    const QByteArray data = text.toLatin1();
    if (data.isEmpty() || QString::fromLatin1(data) != text)
        return std::nullopt;
    std::unique_ptr<QRinput, decltype(&QRinput_free)> input(
        QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
    if (!input
        || QRinput_append(input.get(), QR_MODE_AN, int(data.size()),
               reinterpret_cast<const unsigned char *>(data.constData()))
            != 0)
        return std::nullopt;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeInput(input.get()), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrCode q;
    q.m_version = code->version;
    q.m_width = code->width;
    q.m_modules.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        q.m_modules[i] = (code->data[i] & 1) != 0;
    return q;
}

void QrCode::paint(QPainter &p, const QRectF &symbol) const
{
    const double m = symbol.width() / m_width;
    p.save();
    p.setPen(Qt::NoPen);
    p.fillRect(
        symbol.adjusted(-QuietZone * m, -QuietZone * m, QuietZone * m, QuietZone * m), Qt::white);
    // One path of row runs: a few hundred rectangles instead of thousands of modules, and no
    // hairline gaps between neighbours when the page is rasterised.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_width; ++y) {
        int x = 0;
        while (x < m_width) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_width && dark(end, y))
                ++end;
            path.addRect(QRectF(symbol.left() + x * m, symbol.top() + y * m, (end - x) * m, m));
            x = end;
        }
    }
    p.setBrush(Qt::black);
    p.drawPath(path);
    p.restore();
}

} // namespace ef
