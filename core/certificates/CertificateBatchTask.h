// Renders many certificates as one Task, a page at a time on the event loop, with progress and
// Cancel: one PDF per certificate (with its Open Badges credential beside it), one PDF for all,
// or pages on a paint device the caller gives (a printer). Nothing half-written is left: a
// combined file appears only when whole, and each single file is whole or absent.
#pragma once

#include "CertificatePdf.h"
#include "util/Task.h"
#include "util/Uuid.h"

#include <QPointer>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace ef {

class Store;

class CertificateBatchTask : public Task
{
    Q_OBJECT

public:
    enum class Output { Files, Combined, Device };

    CertificateBatchTask(Store &store, QList<Uuid> certificates, QObject *parent = nullptr);
    ~CertificateBatchTask() override;

    // Files: `path` is a folder; Combined: the PDF file.
    void setOutput(Output output, const QString &path);
    // Device: the pages go to `device` (it must outlive the task); the caller shows it.
    void setDevice(QPagedPaintDevice *device);
    void setPdfA(bool on) { m_options.pdfA = on; }

    void start();
    void cancel() override;
    QStringList written() const { return m_written; }
    // The file one certificate is written to in a folder: its number, made safe for a file name.
    static QString fileName(const QString &number, const QString &suffix);

private:
    void step();
    // Ends the task, removing what is not whole; an empty message: cancelled.
    void fail(const QString &message);

    Store &m_store;
    QList<Uuid> m_certificates;
    Output m_output = Output::Files;
    QString m_path;
    QPagedPaintDevice *m_device = nullptr;
    std::unique_ptr<QPainter> m_painter;
    CertificatePdf::Options m_options;
    std::unique_ptr<CertificatePdf> m_combined;
    std::unique_ptr<CertificateRenderer> m_renderer;
    QStringList m_written;
    int m_next = 0;
    bool m_cancelled = false;
};

} // namespace ef
