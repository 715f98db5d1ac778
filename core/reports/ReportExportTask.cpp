#include "ReportExportTask.h"

#include <QPointer>
#include <QThread>

namespace ef {

ReportExportTask::ReportExportTask(QObject *parent)
    : Task(parent)
{ }

ReportExportTask::~ReportExportTask()
{
    m_cancel = true;
    wait();
}

void ReportExportTask::start(const QString &storePath, const ReportRequest &request)
{
    if (isRunning())
        return;
    m_cancel = false;
    begin(tr("Exporting the report…"));
    QPointer<ReportExportTask> self(this);
    m_thread = QThread::create([this, self, storePath, request] {
        const auto r
            = ReportExport::run(storePath, request, [this, self](qint64 done, qint64 total) {
                  QMetaObject::invokeMethod(
                      this,
                      [self, done, total] {
                          if (self && self->isRunning())
                              self->setProgress(done, total, tr("Exporting the report…"));
                      },
                      Qt::QueuedConnection);
                  return !m_cancel.load();
              });
        TaskResult result;
        if (!r)
            result = unexpected(
                r.error().isEmpty() ? TaskError::cancel() : TaskError::failure(r.error()));
        QMetaObject::invokeMethod(
            this,
            [self, result] {
                if (self)
                    self->end(result);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

void ReportExportTask::cancel()
{
    m_cancel = true;
}

void ReportExportTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace ef
