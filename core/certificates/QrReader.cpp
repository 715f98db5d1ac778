#include "QrReader.h"

#include "CertificateSeal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPdfDocument>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace ef {

namespace {

QStringList readGrey(const QImage &grey, bool pure)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    hints.setIsPure(pure);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
        ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    QStringList out;
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints))
        if (r.isValid())
            out << QString::fromStdString(r.text());
    return out;
}

} // namespace

QStringList QrReader::read(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QStringList texts = readGrey(grey, false);
    // A dim or washed-out photo: stretch its grey levels and look again.
    if (texts.isEmpty()) {
        int lo = 255, hi = 0;
        for (int y = 0; y < grey.height(); y += 4) {
            const uchar *row = grey.constScanLine(y);
            for (int x = 0; x < grey.width(); x += 4) {
                lo = std::min<int>(lo, row[x]);
                hi = std::max<int>(hi, row[x]);
            }
        }
        if (hi - lo > 8 && hi - lo < 200) {
            for (int y = 0; y < grey.height(); ++y) {
                uchar *row = grey.scanLine(y);
                for (int x = 0; x < grey.width(); ++x)
                    row[x] = uchar(std::clamp((row[x] - lo) * 255 / (hi - lo), 0, 255));
            }
            texts = readGrey(grey, false);
        }
    }
    // Ours first, so a page with another code on it still verifies.
    std::stable_partition(texts.begin(), texts.end(),
        [](const QString &t) { return t.startsWith(CertificateSeal::prefix()); });
    return texts;
}

Result<QList<QImage>, QString> QrReader::renderPdf(const QString &path, int dpi)
{
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None)
        return unexpected(tr("%1 cannot be opened as a PDF.").arg(QDir::toNativeSeparators(path)));
    QList<QImage> pages;
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QSizeF pt = doc.pagePointSize(i);
        const QSize px((pt * dpi / 72.0).toSize());
        QImage page = doc.render(i, px);
        if (page.isNull())
            return unexpected(tr("Page %1 of %2 cannot be drawn.")
                                  .arg(i + 1)
                                  .arg(QDir::toNativeSeparators(path)));
        pages << page;
    }
    return pages;
}

Result<QStringList, QString> QrReader::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return unexpected(tr("%1 cannot be read: %2").arg(shown, f.errorString()));
    const QByteArray head = f.peek(5);
    f.close();
    QStringList texts;
    if (head == "%PDF-") {
        const auto pages = renderPdf(path, 200);
        if (!pages)
            return unexpected(pages.error());
        for (const QImage &page : *pages)
            texts += read(page);
    } else {
        QImageReader reader(path);
        reader.setAutoTransform(true); // a phone photo's EXIF orientation
        const QImage image = reader.read();
        if (image.isNull())
            return unexpected(tr("%1 is neither a picture nor a PDF.").arg(shown));
        texts = read(image);
    }
    if (texts.isEmpty())
        return unexpected(tr("There is no QR code in %1.").arg(shown));
    return texts;
}

} // namespace ef
