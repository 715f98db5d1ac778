// A QR code made with libqrencode in alphanumeric mode at error correction level M, as a matrix
// of modules, painted as vector rectangles so that it keeps its exact size in millimetres on a
// PDF page or a printer, with the four-module quiet zone the standard asks for.
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

namespace ef {

class QrCode
{
public:
    // Nothing when the text does not fit a QR code or has characters outside the alphanumeric
    // set (0-9 A-Z space $ % * + - . / :).
    static std::optional<QrCode> encode(QStringView alphanumeric);

    int version() const { return m_version; }
    int width() const { return m_width; } // modules on a side, without the quiet zone
    bool dark(int x, int y) const { return m_modules[y * m_width + x]; }

    static constexpr int QuietZone = 4;
    // Paints the symbol filling `symbol` (in the painter's units), its quiet zone white around it.
    void paint(QPainter &painter, const QRectF &symbol) const;

private:
    int m_version = 0;
    int m_width = 0;
    QList<bool> m_modules;
};

} // namespace ef
