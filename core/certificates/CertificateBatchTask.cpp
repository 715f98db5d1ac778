#include "CertificateBatchTask.h"

#include "Certificate.h"
#include "CertificateRegister.h"
#include "store/Store.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSaveFile>
#include <QTimer>

namespace ef {

CertificateBatchTask::CertificateBatchTask(Store &store, QList<Uuid> certificates, QObject *parent)
    : Task(parent)
    , m_store(store)
    , m_certificates(std::move(certificates))
{ }

CertificateBatchTask::~CertificateBatchTask()
{
    if (m_combined)
        m_combined->abandon();
}

void CertificateBatchTask::setOutput(Output output, const QString &path)
{
    m_output = output;
    m_path = path;
}

void CertificateBatchTask::setDevice(QPagedPaintDevice *device)
{
    m_output = Output::Device;
    m_device = device;
}

QString CertificateBatchTask::fileName(const QString &number, const QString &suffix)
{
    QString safe;
    for (const QChar c : number)
        safe += c.isLetterOrNumber() || c == u'-' ? c : QChar(u'_');
    return safe + suffix;
}

void CertificateBatchTask::start()
{
    m_next = 0;
    m_cancelled = false;
    m_written.clear();
    begin(tr("Preparing %n certificate(s)…", nullptr, int(m_certificates.size())));
    if (m_certificates.isEmpty()) {
        end(unexpected(TaskError::failure(tr("There are no certificates to print."))));
        return;
    }
    if (m_output == Output::Files && !QDir().mkpath(m_path)) {
        end(unexpected(TaskError::failure(
            tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(m_path)))));
        return;
    }
    if (m_output == Output::Combined) {
        m_combined = std::make_unique<CertificatePdf>();
        m_options.title = tr("Certificates");
        if (auto r = m_combined->begin(m_path, m_options); !r) {
            fail(r.error());
            return;
        }
    }
    if (m_output == Output::Device)
        m_renderer = std::make_unique<CertificateRenderer>();
    QTimer::singleShot(0, this, &CertificateBatchTask::step);
}

void CertificateBatchTask::fail(const QString &message)
{
    if (m_combined) {
        m_combined->abandon();
        m_combined.reset();
    }
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    end(unexpected(message.isEmpty() ? TaskError::cancel() : TaskError::failure(message)));
}

void CertificateBatchTask::cancel()
{
    m_cancelled = true;
}

void CertificateBatchTask::step()
{
    if (m_cancelled) {
        fail({});
        return;
    }
    const int total = int(m_certificates.size());
    if (m_next >= total) {
        if (m_combined) {
            if (auto r = m_combined->finish(); !r) {
                fail(r.error());
                return;
            }
            m_combined.reset();
            m_written << m_path;
        }
        if (m_painter) {
            m_painter->end();
            m_painter.reset();
        }
        end({});
        return;
    }
    CertificateRegister reg(m_store);
    const Uuid id = m_certificates[m_next];
    const auto design = reg.design(id);
    const auto data = reg.pageData(id);
    if (!design || !data) {
        fail(design ? data.error() : design.error());
        return;
    }
    setProgress(
        m_next, total, tr("Certificate %1 of %2: %3").arg(m_next + 1).arg(total).arg(data->number));
    switch (m_output) {
    case Output::Files: {
        const QString pdf = QDir(m_path).filePath(fileName(data->number, QStringLiteral(".pdf")));
        CertificatePdf::Options o = m_options;
        o.title = data->number;
        if (auto r = CertificatePdf::write(pdf, *design, *data, o); !r) {
            fail(r.error());
            return;
        }
        m_written << pdf;
        // The Open Badges credential beside its PDF, for the holder's wallet.
        const std::optional<Certificate> c = m_store.get<Certificate>(id);
        if (c && !c->badge.isEmpty()) {
            const QString jwt
                = QDir(m_path).filePath(fileName(data->number, QStringLiteral(".jwt")));
            QSaveFile f(jwt);
            if (!f.open(QIODevice::WriteOnly) || f.write(c->badge.toLatin1()) < 0 || !f.commit()) {
                fail(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(jwt)));
                return;
            }
            m_written << jwt;
        }
        break;
    }
    case Output::Combined:
        if (auto r = m_combined->add(*design, *data); !r) {
            fail(r.error());
            return;
        }
        break;
    case Output::Device: {
        const QPageLayout layout(QPageSize(QPageSize::A4),
            design->landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(),
            QPageLayout::Millimeter);
        m_device->setPageLayout(layout);
        if (!m_painter) {
            m_painter = std::make_unique<QPainter>();
            if (!m_painter->begin(m_device)) {
                fail(tr("The printer cannot be used."));
                return;
            }
        } else if (!m_device->newPage()) {
            fail(tr("The printer refused a page."));
            return;
        }
        const int dpi = m_device->logicalDpiX();
        const QRectF page(QPointF(0, 0), layout.fullRectPixels(dpi).size());
        m_renderer->render(*m_painter, *design, *data, page);
        break;
    }
    }
    ++m_next;
    setProgress(
        m_next, total, tr("Certificate %1 of %2: %3").arg(m_next).arg(total).arg(data->number));
    QTimer::singleShot(0, this, &CertificateBatchTask::step);
}

} // namespace ef
