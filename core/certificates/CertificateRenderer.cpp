#include "CertificateRenderer.h"

#include "QrCode.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QtMath>

namespace ef {

namespace {

using Element = CertificateTemplate::Element;

constexpr double MmPerPt = 25.4 / 72.0;

QLocale localeOf(const QString &language)
{
    if (language == u"kk")
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (language == u"ru")
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool languageFree(const QString &name)
{
    static const QStringList names {QStringLiteral("holder"), QStringLiteral("holder_native"),
        QStringLiteral("holder_latin"), QStringLiteral("programme_code"), QStringLiteral("event"),
        QStringLiteral("place"), QStringLiteral("number_only")};
    return names.contains(name);
}

// A text whose fields were empty loses the commas and dashes left around them.
QString tidy(QString s)
{
    static const QRegularExpression ends(QStringLiteral("^[\\s,;·–-]+|[\\s,;·–-]+$"));
    static const QRegularExpression doubled(QStringLiteral("(,\\s*){2,}"));
    s.replace(doubled, QStringLiteral(", "));
    QStringList lines = s.split(u'\n');
    QStringList kept;
    for (QString &l : lines) {
        l.remove(ends);
        if (!l.isEmpty())
            kept << l;
    }
    return kept.join(u'\n');
}

} // namespace

struct CertificateRenderer::Frame
{
    QPointF origin; // pixels of the cell's top left
    double sx; // pixels per template millimetre, across
    double sy; // and down
    double pxPerMm; // of the page: font sizes and line widths do not stretch with a cell

    QRectF map(const QRectF &mm) const
    {
        return QRectF(
            origin.x() + mm.x() * sx, origin.y() + mm.y() * sy, mm.width() * sx, mm.height() * sy);
    }
    QPointF map(const QPointF &mm) const
    {
        return QPointF(origin.x() + mm.x() * sx, origin.y() + mm.y() * sy);
    }
};

CertificateRenderer::CertificateRenderer(const CertificateTexts &texts)
    : m_texts(texts)
{
    registerFonts();
}

CertificateRenderer::~CertificateRenderer() = default;

void CertificateRenderer::registerFonts()
{
    static const bool once = [] {
        for (const char *f : {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic",
                 "NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"}) {
            const QString path = QStringLiteral(":/ef/fonts/%1.ttf").arg(QLatin1String(f));
            if (QFontDatabase::addApplicationFont(path) < 0)
                qWarning("the certificate font %s cannot be loaded", qPrintable(path));
        }
        return true;
    }();
    Q_UNUSED(once);
}

QString CertificateRenderer::family(const QString &font)
{
    return font == u"sans" ? QStringLiteral("Noto Sans") : QStringLiteral("Noto Serif");
}

QString CertificateRenderer::value(
    const QString &name, const CertificateData &d, const QString &lang) const
{
    const QLocale locale = localeOf(lang);
    auto with = [&](const char *key, const QString &arg) {
        return m_texts.text(QString::fromLatin1(key), lang).arg(arg);
    };
    if (name == u"holder") {
        const QString latin = d.holderLatin.isEmpty() ? d.holderNative : d.holderLatin;
        switch (d.script) {
        case CertificateData::Script::Native:
            return d.holderNative;
        case CertificateData::Script::Latin:
            return latin;
        case CertificateData::Script::Both:
            return latin == d.holderNative ? latin : d.holderNative + u'\n' + latin;
        }
    }
    if (name == u"holder_native")
        return d.holderNative;
    if (name == u"holder_latin")
        return d.holderLatin;
    if (name == u"programme")
        return CertificateData::pick(d.programme, lang);
    if (name == u"programme_code")
        return d.programmeCode;
    if (name == u"event")
        return d.event;
    if (name == u"event_dates")
        return m_texts.dateRange(d.eventStart, d.eventEnd, lang);
    if (name == u"place")
        return d.place;
    if (name == u"hours")
        return d.hours > 0 ? with("hours", locale.toString(d.hours, 'g', 6)) : QString();
    if (name == u"ects")
        return d.ects > 0 ? with("ects", locale.toString(d.ects, 'g', 6)) : QString();
    if (name == u"level")
        return m_texts.text(d.international ? QStringLiteral("level_international")
                                            : QStringLiteral("level_national"),
            lang);
    if (name == u"issuer")
        return CertificateData::pick(d.issuer, lang);
    if (name == u"issued_on")
        return d.issuedOn.isValid() ? with("issued_on", m_texts.date(d.issuedOn, lang)) : QString();
    if (name == u"valid_until")
        return d.validUntil.isValid() ? with("valid_until", m_texts.date(d.validUntil, lang))
                                      : QString();
    if (name == u"number")
        return d.number.isEmpty() ? QString() : with("number", d.number);
    if (name == u"number_only")
        return d.number;
    if (name == u"replaces")
        return d.replaces.isEmpty() ? QString() : with("replaces", d.replaces);
    if (name == u"project")
        return d.projectAcronym.isEmpty()
            ? QString()
            : m_texts.text(QStringLiteral("project"), lang).arg(d.projectAcronym, d.projectCode);
    return m_texts.text(name, lang); // the fixed wording: title, intro, funding …
}

QString CertificateRenderer::resolve(const QString &text, const CertificateData &d,
    const QString &language, const QString &separator) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)(?:@([123]))?\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (!language.isEmpty() || languageFree(name)) {
            out += value(name, d, language.isEmpty() ? d.languages.value(0) : language);
        } else if (!m.captured(2).isEmpty()) {
            const int i = m.captured(2).toInt() - 1;
            out += i < d.languages.size() ? value(name, d, d.languages[i]) : QString();
        } else {
            // Every language of the certificate, each wording once: СЕРТИФИКАТ / CERTIFICATE.
            QStringList seen;
            for (const QString &l : d.languages) {
                const QString v = value(name, d, l);
                if (!v.isEmpty() && !seen.contains(v))
                    seen << v;
            }
            out += seen.join(separator);
        }
    }
    return tidy(out + text.mid(last));
}

void CertificateRenderer::render(
    QPainter &p, const CertificateTemplate &t, const CertificateData &d, const QRectF &page)
{
    const QSizeF mm = t.pageSizeMm();
    const double pxPerMm = page.width() / mm.width();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(page, Qt::white);
    if (d.demo)
        drawSpecimen(p, d, page, pxPerMm);
    const Frame f {page.topLeft(), pxPerMm, pxPerMm, pxPerMm};
    for (const Element &e : t.elements)
        draw(p, e, d, f, {});
    p.restore();
}

void CertificateRenderer::draw(QPainter &p, const Element &e, const CertificateData &d,
    const Frame &f, const QString &language)
{
    switch (e.type) {
    case Element::Type::Rect: {
        const QRectF r = f.map(e.box);
        p.setPen(e.stroke.isValid() ? QPen(e.stroke, e.strokeWidth * f.pxPerMm) : QPen(Qt::NoPen));
        p.setBrush(e.fill.isValid() ? QBrush(e.fill) : QBrush(Qt::NoBrush));
        if (e.radius > 0)
            p.drawRoundedRect(r, e.radius * f.pxPerMm, e.radius * f.pxPerMm);
        else
            p.drawRect(r);
        return;
    }
    case Element::Type::Line:
        p.setPen(QPen(e.stroke, e.strokeWidth * f.pxPerMm, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(f.map(e.box.topLeft()), f.map(e.box.bottomRight()));
        return;
    case Element::Type::Text: {
        QString text = resolve(e.text, d, language, e.separator);
        if (e.uppercase)
            text = text.toUpper();
        if (!text.isEmpty())
            drawText(p, e, f.map(e.box), text, f.pxPerMm);
        return;
    }
    case Element::Type::Image:
        if (QSvgRenderer *r = svg(e.src)) {
            // Kept in proportion, centred in its box.
            const QRectF box = f.map(e.box);
            QSizeF size = r->defaultSize();
            size.scale(box.size(), Qt::KeepAspectRatio);
            r->render(
                &p, QRectF(box.center() - QPointF(size.width() / 2, size.height() / 2), size));
        }
        return;
    case Element::Type::Qr:
        if (const auto code = QrCode::encode(d.seal))
            code->paint(p, f.map(e.box));
        return;
    case Element::Type::Signatures:
        drawSignatures(p, e, d, f);
        return;
    case Element::Type::Languages: {
        const int n = std::max<int>(1, int(d.languages.size()));
        const QRectF block = f.map(e.box);
        const double gap = e.gap * f.pxPerMm;
        const double cell = ((e.vertical ? block.height() : block.width()) - gap * (n - 1)) / n;
        for (int i = 0; i < n; ++i) {
            Frame c = f;
            if (e.vertical) {
                c.origin = QPointF(block.left(), block.top() + i * (cell + gap));
                c.sy = f.sy * cell / block.height();
            } else {
                c.origin = QPointF(block.left() + i * (cell + gap), block.top());
                c.sx = f.sx * cell / block.width();
            }
            for (const Element &child : e.children)
                draw(p, child, d, c, d.languages.value(i));
            if (e.dividers && i > 0) {
                p.setPen(QPen(e.stroke.isValid() ? e.stroke : QColor(Qt::gray), 0.2 * f.pxPerMm));
                if (e.vertical)
                    p.drawLine(QPointF(block.left(), c.origin.y() - gap / 2),
                        QPointF(block.right(), c.origin.y() - gap / 2));
                else
                    p.drawLine(QPointF(c.origin.x() - gap / 2, block.top()),
                        QPointF(c.origin.x() - gap / 2, block.bottom()));
            }
        }
        return;
    }
    }
}

void CertificateRenderer::drawText(
    QPainter &p, const Element &e, const QRectF &box, const QString &text, double pxPerMm)
{
    QFont font(family(e.font));
    font.setBold(e.bold);
    font.setItalic(e.italic);
    font.setHintingPreference(QFont::PreferNoHinting); // the same shapes at every resolution
    // Points are a length on the page: as many pixels as the page has per millimetre.
    const double dpi = p.device()->logicalDpiY();
    const double ptToFont = pxPerMm * MmPerPt * 72.0 / dpi;
    const int flags = int(e.align) | Qt::TextWordWrap;
    double size = e.size;
    for (;;) {
        font.setPointSizeF(size * ptToFont);
        const QRectF need = QFontMetricsF(font, p.device()).boundingRect(box, flags, text);
        if ((need.height() <= box.height() + 0.5 && need.width() <= box.width() + 0.5)
            || size <= e.minSize)
            break;
        size = std::max(e.minSize, size * 0.92);
    }
    p.setFont(font);
    p.setPen(e.color);
    p.drawText(box, flags, text);
}

void CertificateRenderer::drawSignatures(
    QPainter &p, const Element &e, const CertificateData &d, const Frame &f)
{
    const int n = int(std::min<qsizetype>(d.signatories.size(), 3));
    if (n == 0)
        return;
    const QRectF box = f.map(e.box);
    const double gap = 8 * f.pxPerMm;
    const double w = (box.width() - gap * (n - 1)) / n;
    const bool latinToo = d.languages.contains(QStringLiteral("en"));
    for (int i = 0; i < n; ++i) {
        const CertificateData::Signatory &s = d.signatories[i];
        const QRectF col(box.left() + i * (w + gap), box.top(), w, box.height());
        const double lineY = col.top() + col.height() * 0.38;
        p.setPen(QPen(e.stroke.isValid() ? e.stroke : e.color, 0.25 * f.pxPerMm));
        p.drawLine(QPointF(col.left() + w * 0.1, lineY), QPointF(col.right() - w * 0.1, lineY));
        QString name = s.name;
        if (latinToo && !s.nameLatin.isEmpty() && s.nameLatin != s.name)
            name += QStringLiteral(" · ") + s.nameLatin;
        QStringList titles;
        for (const QString &l : d.languages) {
            const QString t = CertificateData::pick(s.title, l);
            if (!t.isEmpty() && !titles.contains(t))
                titles << t;
        }
        Element nameStyle = e;
        nameStyle.bold = true;
        nameStyle.align = Qt::AlignHCenter | Qt::AlignTop;
        const double nameH = (col.bottom() - lineY) * 0.36;
        drawText(
            p, nameStyle, QRectF(col.left(), lineY + 0.8 * f.pxPerMm, w, nameH), name, f.pxPerMm);
        Element titleStyle = e;
        titleStyle.size = e.size * 0.85;
        titleStyle.minSize = std::min(e.minSize, titleStyle.size);
        titleStyle.align = Qt::AlignHCenter | Qt::AlignTop;
        drawText(p, titleStyle,
            QRectF(col.left(), lineY + 0.8 * f.pxPerMm + nameH, w, col.bottom() - lineY - nameH),
            titles.join(u'\n'), f.pxPerMm);
    }
}

void CertificateRenderer::drawSpecimen(
    QPainter &p, const CertificateData &d, const QRectF &page, double pxPerMm)
{
    QStringList lines;
    for (const QString &l : d.languages)
        lines << m_texts.text(QStringLiteral("demo"), l);
    lines.removeDuplicates();
    p.save();
    p.translate(page.center());
    p.rotate(-qRadiansToDegrees(std::atan2(page.height(), page.width())));
    // Outlines, not text: the mark stays out of the page's text (search, copy, pdftotext). A
    // path's text is measured in the font's own units: its size is given in pixels of the page.
    QFont font(family(QStringLiteral("sans")));
    font.setBold(true);
    font.setPointSizeF(15 * MmPerPt * pxPerMm);
    QPainterPath path;
    double y = 0;
    for (const QString &line : std::as_const(lines)) {
        QPainterPath one;
        one.addText(QPointF(0, 0), font, line);
        const QRectF r = one.boundingRect();
        path.addPath(one.translated(-r.center().x(), y - r.top()));
        y += r.height() * 1.5;
    }
    path.translate(0, -path.boundingRect().center().y());
    // Opaque and under everything else: PDF/A-1b has no transparency.
    p.fillPath(path, QColor(0xf8, 0xe3, 0xe3));
    p.restore();
}

QSvgRenderer *CertificateRenderer::svg(const QString &path)
{
    auto it = m_svg.find(path);
    if (it == m_svg.end()) {
        auto r = std::make_shared<QSvgRenderer>(path);
        if (!r->isValid()) {
            qWarning("the logo %s is not a valid SVG file", qPrintable(path));
            r.reset();
        }
        it = m_svg.insert(path, r);
    }
    return it->get();
}

} // namespace ef
