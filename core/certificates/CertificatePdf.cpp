#include "CertificatePdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace ef {

namespace {

QPageLayout layoutFor(const CertificateTemplate &t)
{
    return QPageLayout(QPageSize(QPageSize::A4),
        t.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
        QPageLayout::Millimeter);
}

} // namespace

CertificatePdf::CertificatePdf() = default;

CertificatePdf::~CertificatePdf()
{
    if (m_writer)
        abandon();
}

Result<void, QString> CertificatePdf::begin(const QString &path, const Options &options)
{
    m_path = path;
    // Written beside the target and renamed at the end: a failed or cancelled batch leaves
    // nothing that looks like a finished file.
    m_partPath = path + QStringLiteral(".part");
    m_writer = std::make_unique<QPdfWriter>(m_partPath);
    m_writer->setResolution(options.resolution);
    if (options.pdfA)
        m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    m_writer->setCreator(QStringLiteral("EduFusion Desk"));
    m_writer->setTitle(options.title);
    m_pages = 0;
    return {};
}

Result<void, QString> CertificatePdf::add(
    const CertificateTemplate &design, const CertificateData &data)
{
    if (!m_writer)
        return unexpected(tr("No PDF is being written."));
    const QPageLayout layout = layoutFor(design);
    if (m_pages == 0) {
        m_writer->setPageLayout(layout);
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_writer.get())) {
            abandon();
            return unexpected(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
        }
    } else {
        m_writer->setPageLayout(layout);
        if (!m_writer->newPage())
            return unexpected(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(m_path)));
    }
    const QRectF page(QPointF(0, 0), layout.fullRectPixels(m_writer->resolution()).size());
    m_renderer.render(*m_painter, design, data, page);
    ++m_pages;
    return {};
}

Result<void, QString> CertificatePdf::finish()
{
    if (!m_writer)
        return unexpected(tr("No PDF is being written."));
    const bool painted = m_painter && m_painter->end();
    m_painter.reset();
    m_writer.reset();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!painted || m_pages == 0 || QFileInfo(m_partPath).size() == 0) {
        QFile::remove(m_partPath);
        return unexpected(tr("%1 cannot be written.").arg(shown));
    }
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        QFile::remove(m_partPath);
        return unexpected(tr("%1 is in use and cannot be replaced.").arg(shown));
    }
    if (!QFile::rename(m_partPath, m_path)) {
        QFile::remove(m_partPath);
        return unexpected(tr("%1 cannot be written.").arg(shown));
    }
    return {};
}

void CertificatePdf::abandon()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
    m_pages = 0;
}

Result<void, QString> CertificatePdf::write(const QString &path, const CertificateTemplate &design,
    const CertificateData &data, const Options &options)
{
    CertificatePdf pdf;
    if (auto r = pdf.begin(path, options); !r)
        return r;
    if (auto r = pdf.add(design, data); !r)
        return r;
    return pdf.finish();
}

} // namespace ef
