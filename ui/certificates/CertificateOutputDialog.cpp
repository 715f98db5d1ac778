#include "CertificateOutputDialog.h"

#include "Dialogs.h"
#include "tasks/TaskProgress.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ef {

CertificateOutputDialog::CertificateOutputDialog(
    Store &store, QList<Uuid> certificates, QWidget *parent)
    : QDialog(parent)
    , m_task(new CertificateBatchTask(store, certificates, this))
    , m_intro(new QLabel(this))
    , m_progress(new TaskProgress(*m_task, this))
    , m_count(int(certificates.size()))
{
    setObjectName(QStringLiteral("CertificateOutputDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    connect(m_task, &Task::finished, this, [this](const TaskResult &result) {
        if (result.ok()) {
            accept();
            return;
        }
        m_failure = result.error().message;
        if (!result.error().cancelled)
            Dialogs::warn(this, tr("Certificates not written"), m_failure);
        reject();
    });
    retranslateUi();
    resize(520, 120);
}

void CertificateOutputDialog::setOutput(CertificateBatchTask::Output output, const QString &path)
{
    m_task->setOutput(output, path);
}

void CertificateOutputDialog::setDevice(QPagedPaintDevice *device)
{
    m_task->setDevice(device);
}

int CertificateOutputDialog::run()
{
    m_task->start();
    if (!m_task->isRunning())
        return result();
    return exec();
}

void CertificateOutputDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CertificateOutputDialog::retranslateUi()
{
    setWindowTitle(tr("Certificates"));
    m_intro->setText(tr("Writing %n certificate(s)…", nullptr, m_count));
}

} // namespace ef
