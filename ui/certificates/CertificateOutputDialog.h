// Runs a batch of certificates as the project's Task — one PDF each (with its Open Badges
// credential), one combined PDF, or pages on a printer — showing its progress with Cancel,
// and closes when done; a failure is told, and nothing half-written is left.
#pragma once

#include "certificates/CertificateBatchTask.h"

#include <QDialog>

class QLabel;
class QPagedPaintDevice;

namespace ef {

class TaskProgress;

class CertificateOutputDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateOutputDialog(Store &store, QList<Uuid> certificates, QWidget *parent = nullptr);

    // Files: a folder; Combined: the PDF file.
    void setOutput(CertificateBatchTask::Output output, const QString &path);
    void setDevice(QPagedPaintDevice *device);
    CertificateBatchTask &task() { return *m_task; }
    TaskProgress *progress() const { return m_progress; }
    // Starts the batch and waits in the dialog until it ends: Accepted when every page was
    // written, Rejected when it was cancelled or failed (then the message was shown).
    int run();
    QString failure() const { return m_failure; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    CertificateBatchTask *m_task;
    QLabel *m_intro;
    TaskProgress *m_progress;
    QString m_failure;
    int m_count = 0;
};

} // namespace ef
