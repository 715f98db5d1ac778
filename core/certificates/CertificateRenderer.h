// Draws a certificate page from a template and the certificate's data on any QPainter (a PDF
// writer, a printer, a picture for the preview), mapping the template's millimetres onto the
// page exactly. Texts that do not fit their box shrink to the template's smallest size; a page
// signed with a demo key carries a "specimen" mark.
#pragma once

#include "CertificateData.h"
#include "CertificateTemplate.h"
#include "CertificateTexts.h"

#include <QHash>
#include <memory>

class QPainter;
class QSvgRenderer;

namespace ef {

class CertificateRenderer
{
public:
    explicit CertificateRenderer(const CertificateTexts &texts = CertificateTexts::builtIn());
    ~CertificateRenderer();

    // Paints the page into `page` (device pixels: the paint device's whole page, or a part of
    // a preview), the template's millimetres scaled to it.
    void render(QPainter &painter, const CertificateTemplate &design, const CertificateData &data,
        const QRectF &page);

    // What a text element says for a language (empty language: every language of the
    // certificate, each once, joined by the element's separator).
    QString resolve(const QString &text, const CertificateData &data, const QString &language,
        const QString &separator = QStringLiteral(" / ")) const;
    QString value(const QString &name, const CertificateData &data, const QString &language) const;

    // The fonts shipped in the app's resources (Noto Sans and Noto Serif, with every Kazakh
    // letter), registered once with QFontDatabase; the family names of "serif" and "sans".
    static void registerFonts();
    static QString family(const QString &font);

private:
    struct Frame; // how millimetres map to pixels in the cell being drawn
    void draw(QPainter &p, const CertificateTemplate::Element &e, const CertificateData &d,
        const Frame &f, const QString &language);
    void drawText(QPainter &p, const CertificateTemplate::Element &e, const QRectF &box,
        const QString &text, double pxPerMm);
    void drawSignatures(QPainter &p, const CertificateTemplate::Element &e,
        const CertificateData &d, const Frame &f);
    void drawSpecimen(QPainter &p, const CertificateData &d, const QRectF &page, double pxPerMm);
    QSvgRenderer *svg(const QString &path);

    const CertificateTexts &m_texts;
    QHash<QString, std::shared_ptr<QSvgRenderer>> m_svg;
};

} // namespace ef
