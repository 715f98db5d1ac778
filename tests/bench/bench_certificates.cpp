// bench_certificates: the figures of issue 14, printed.
//   1. A batch of N certificates (default 200) to one PDF through CertificatePdf (template,
//      layout, fitting, QR code, signatures) against bare QPdfWriter replaying the very same
//      drawing commands (recorded once per certificate, outside the timing), in the same run:
//      median of the runs and the ratio (target ≤ 1.5).
//   2. QR read-back from degraded pictures made here from rendered certificates (the PDF page
//      at 300 dpi, as a scanner would; then rotated 5°, perspective skew, scaled to 50 %,
//      JPEG quality 40, noise, dim): the share read back whole (target ≥ 95 %).
//   3. The median time to verify one photo (read the QR code, open, check the signature).
//   bench_certificates [--count N] [--runs R] [--pictures P] [--keep DIR]
#include "BenchTiming.h"
#include "certificates/CertificateCheck.h"
#include "certificates/CertificateData.h"
#include "certificates/CertificatePdf.h"
#include "certificates/CertificateRenderer.h"
#include "certificates/CertificateSeal.h"
#include "certificates/CertificateTemplate.h"
#include "certificates/KeyCertificate.h"
#include "certificates/QrReader.h"
#include "certificates/SigningKey.h"
#include "certificates/TrustList.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTransform>

using namespace ef;
using namespace ef::bench;

namespace {

struct Batch
{
    QList<CertificateData> data;
    QList<CertificateTemplate> designs;
};

// N certificates of the three designs, each with its own holder, number and signed QR code.
Batch makeBatch(int n, const SigningKey &office)
{
    const QStringList family {QStringLiteral("Серікқызы"), QStringLiteral("Оспанов"),
        QStringLiteral("Жақсыбекова"), QStringLiteral("Әбдірахманов"), QStringLiteral("Ким")};
    const QStringList given {QStringLiteral("Әйгерім"), QStringLiteral("Нұрлан"),
        QStringLiteral("Гүлнұр"), QStringLiteral("Ерлан"), QStringLiteral("Виктор")};
    const QStringList ids = CertificateTemplate::builtInIds();
    Batch b;
    for (int i = 0; i < n; ++i) {
        CertificateData d = CertificateData::sample();
        d.languages = i % 3 == 0
            ? QStringList {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}
            : i % 3 == 1 ? QStringList {QStringLiteral("kk"), QStringLiteral("en")}
                         : QStringList {QStringLiteral("ru")};
        CertificatePayload p = CertificatePayload::sample();
        p.holder = {family[i % 5], given[(i / 5) % 5]};
        p.holderLatin.clear();
        p.number = QStringLiteral("EF-EKTU-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        d.holderNative = p.holder.join(u' ');
        d.number = p.number;
        d.seal = CertificateSeal::sealWithinBudget(p, office);
        d.demo = false;
        b.data << d;
        b.designs << *CertificateTemplate::builtIn(ids[i % ids.size()]);
    }
    return b;
}

double ours(const Batch &b, const QString &path)
{
    const auto t0 = Steady::now();
    CertificatePdf pdf;
    CertificatePdf::Options o;
    o.title = QStringLiteral("bench");
    if (!pdf.begin(path, o))
        return -1;
    for (qsizetype i = 0; i < b.data.size(); ++i)
        if (!pdf.add(b.designs[i], b.data[i]))
            return -1;
    if (!pdf.finish())
        return -1;
    return msSince(t0);
}

// The same pages as drawing commands: what the renderer drew, recorded at A4 in the picture's
// own resolution (QPicture scales to the device it is replayed on).
QList<QPicture> record(const Batch &b)
{
    QList<QPicture> out;
    CertificateRenderer renderer;
    for (qsizetype i = 0; i < b.data.size(); ++i) {
        QPicture pic;
        QPainter p(&pic);
        const QSizeF mm = b.designs[i].pageSizeMm();
        const double pxPerMm = pic.logicalDpiX() / 25.4;
        renderer.render(
            p, b.designs[i], b.data[i], QRectF(0, 0, mm.width() * pxPerMm, mm.height() * pxPerMm));
        p.end();
        out << pic;
    }
    return out;
}

double bare(const Batch &b, const QList<QPicture> &pages, const QString &path)
{
    const auto t0 = Steady::now();
    QPdfWriter w(path);
    w.setResolution(600);
    w.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    w.setTitle(QStringLiteral("bench"));
    QPainter p;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QPageLayout layout(QPageSize(QPageSize::A4),
            b.designs[i].landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(),
            QPageLayout::Millimeter);
        w.setPageLayout(layout);
        if (i == 0) {
            if (!p.begin(&w))
                return -1;
        } else if (!w.newPage()) {
            return -1;
        }
        p.drawPicture(0, 0, pages[i]);
    }
    p.end();
    return msSince(t0);
}

double median(QList<double> v)
{
    return percentile(std::move(v), 0.5);
}

// The degradations of a page picture, each on its own.
QImage degrade(const QImage &page, int kind, QRandomGenerator &random)
{
    switch (kind) {
    case 0: { // rotated 5°
        QImage out = page.transformed(QTransform().rotate(5), Qt::SmoothTransformation);
        QImage flat(out.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, out);
        return flat;
    }
    case 1: { // perspective: the top edge 8 % narrower, as a phone held at an angle
        const QSizeF s = page.size();
        QTransform t;
        QTransform::quadToQuad(QPolygonF(QRectF(QPointF(0, 0), s)),
            QPolygonF({QPointF(s.width() * 0.08, s.height() * 0.03), QPointF(s.width() * 0.92, 0),
                QPointF(s.width(), s.height()), QPointF(0, s.height() * 0.97)}),
            t);
        QImage out(page.size(), QImage::Format_RGB32);
        out.fill(Qt::white);
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setTransform(t);
        p.drawImage(0, 0, page);
        return out;
    }
    case 2: // half the size
        return page.scaled(page.size() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    case 3: { // JPEG at quality 40
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        page.save(&buffer, "JPEG", 40);
        return QImage::fromData(bytes, "JPEG");
    }
    case 4: { // noise: ±40 on every channel of every pixel
        QImage out = page.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < out.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < out.width(); ++x) {
                const int n = int(random.bounded(81)) - 40;
                const QRgb c = line[x];
                line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255),
                    std::clamp(qBlue(c) + n, 0, 255));
            }
        }
        return out;
    }
    default: { // dim: a dark room, a third of the light and less contrast
        QImage out = page.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < out.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < out.width(); ++x) {
                const QRgb c = line[x];
                line[x] = qRgb(
                    20 + qRed(c) * 35 / 100, 20 + qGreen(c) * 35 / 100, 20 + qBlue(c) * 35 / 100);
            }
        }
        return out;
    }
    }
}

const char *kindName(int kind)
{
    static const char *names[] = {"rotated 5°", "perspective skew", "scaled to 50 %",
        "JPEG quality 40", "noise ±40", "dim (35 % light)"};
    return names[kind];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("count"), QStringLiteral("Certificates per batch."),
                           QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each path."), QStringLiteral("R"),
            QStringLiteral("5")},
        {QStringLiteral("pictures"), QStringLiteral("Certificates made into degraded pictures."),
            QStringLiteral("P"), QStringLiteral("30")},
        {QStringLiteral("keep"), QStringLiteral("Keep the PDFs and pictures in DIR."),
            QStringLiteral("DIR")}});
    parser.process(app);
    const int count = std::max(1, parser.value(QStringLiteral("count")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int pictures = std::max(1, parser.value(QStringLiteral("pictures")).toInt());
    QTemporaryDir tmp;
    const QString dir
        = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : tmp.path();
    QDir().mkpath(dir);

    CertificateRenderer::registerFonts();
    const SigningKey root = SigningKey::fromSeed(QByteArray(32, 'r'));
    const SigningKey office = SigningKey::fromSeed(QByteArray(32, 'o'));
    KeyCertificate f;
    f.office = QStringLiteral("EKTU");
    f.officeName = QStringLiteral("EKTU");
    f.publicKey = office.publicKey();
    f.validFrom = QDate(2026, 1, 1);
    f.validUntil = QDate(2027, 12, 31);
    f.firstSerial = 1;
    f.lastSerial = 9999;
    TrustList trust;
    trust.addRoot(root.publicKey(), false);
    trust.addKeyCertificate(KeyCertificate::certify(f, root).encoded);

    // 1. PDF batch against bare QPdfWriter.
    const Batch batch = makeBatch(count, office);
    const QList<QPicture> pages = record(batch);
    QList<double> a, b;
    ours(batch, dir + QStringLiteral("/warm.pdf")); // fonts and logos loaded once, as in the app
    for (int r = 0; r < runs; ++r) {
        a << ours(batch, dir + QStringLiteral("/ours.pdf"));
        b << bare(batch, pages, dir + QStringLiteral("/bare.pdf"));
    }
    if (a.contains(-1) || b.contains(-1)) {
        out() << "a PDF could not be written" << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("%1 certificates to one PDF, %2 runs each, alternating:")
                 .arg(count)
                 .arg(runs)
          << Qt::endl;
    out() << QStringLiteral("  CertificatePdf (template, layout, QR code):  median %1 ms (%2 "
                            "ms per certificate)")
                 .arg(median(a), 0, 'f', 0)
                 .arg(median(a) / count, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("  bare QPdfWriter replaying the same drawing: median %1 ms (%2 ms "
                            "per certificate)")
                 .arg(median(b), 0, 'f', 0)
                 .arg(median(b) / count, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("  ratio %1 (target <= 1.5)").arg(median(a) / median(b), 0, 'f', 2)
          << Qt::endl;

    // 2. Degraded pictures of rendered certificate pages.
    const int step = std::max(1, count / pictures);
    int total = 0, read = 0;
    int perKind[6] = {}, readKind[6] = {};
    QList<double> verifyMs;
    QRandomGenerator random(14);
    for (int i = 0, made = 0; i < count && made < pictures; i += step, ++made) {
        const QString pdf = dir + QStringLiteral("/page-%1.pdf").arg(i);
        if (!CertificatePdf::write(pdf, batch.designs[i], batch.data[i], {})) {
            out() << "a page could not be written" << Qt::endl;
            return 1;
        }
        const auto rendered = QrReader::renderPdf(pdf, 300);
        if (!rendered || rendered->isEmpty()) {
            out() << "a page could not be rendered" << Qt::endl;
            return 1;
        }
        const QImage page = rendered->first();
        for (int kind = 0; kind < 6; ++kind) {
            const QImage picture = degrade(page, kind, random);
            if (made == 0 && parser.isSet(QStringLiteral("keep")))
                picture.save(dir + QStringLiteral("/degraded-%1.jpg").arg(kind), "JPEG", 90);
            const QStringList codes = QrReader::read(picture);
            ++total;
            ++perKind[kind];
            if (!codes.isEmpty() && codes.first() == batch.data[i].seal) {
                ++read;
                ++readKind[kind];
            }
        }
        // 3. One photo verified end to end: rotated, skewed and compressed as a phone sends it.
        const QImage photo = degrade(degrade(page, 1, random), 3, random);
        const auto t0 = Steady::now();
        const CertificateCheck::Answer answer
            = CertificateCheck(trust, QDate(2026, 6, 1), nullptr).checkImage(photo);
        verifyMs << msSince(t0);
        if (answer.outcome.verdict != CertificateVerifier::Verdict::Valid)
            out() << "  photo of certificate " << i
                  << " did not verify: " << CertificateVerifier::verdictName(answer.outcome.verdict)
                  << Qt::endl;
    }
    out() << QStringLiteral("QR read-back from %1 degraded pictures of %2 rendered certificates "
                            "(300 dpi page):")
                 .arg(total)
                 .arg(total / 6)
          << Qt::endl;
    for (int kind = 0; kind < 6; ++kind)
        out() << QStringLiteral("  %1: %2 of %3")
                     .arg(QString::fromUtf8(kindName(kind)))
                     .arg(readKind[kind])
                     .arg(perKind[kind])
              << Qt::endl;
    out() << QStringLiteral("  read back: %1 % (target >= 95 %)")
                 .arg(100.0 * read / std::max(1, total), 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("verify one photo (2480 x 3508 or 3508 x 2480, skewed, JPEG q40): "
                            "median %1 ms, p90 %2 ms over %3")
                 .arg(median(verifyMs), 0, 'f', 0)
                 .arg(percentile(verifyMs, 0.9), 0, 'f', 0)
                 .arg(verifyMs.size())
          << Qt::endl;
    return 0;
}
