#include "NationalGenerationTask.h"

#include <QLocale>
#include <QThread>

namespace ef {

NationalGenerationTask::NationalGenerationTask(QString path, NationalScale scale, QObject *parent)
    : Task(parent)
    , m_path(std::move(path))
    , m_scale(scale)
{ }

NationalGenerationTask::~NationalGenerationTask()
{
    if (m_worker) {
        m_cancelled = true;
        m_worker->wait();
        delete m_worker;
    }
}

void NationalGenerationTask::start()
{
    if (isRunning())
        return;
    m_cancelled = false;
    begin(tr("Generating the national data file %1…").arg(m_path));
    // The store is opened, filled and closed on the worker thread; only the progress and the
    // result come back, as queued calls that die with this object.
    m_worker = QThread::create([this] {
        const auto result = NationalGenerator::generate(
            m_path, m_scale, [this](std::int64_t done, std::int64_t total) {
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total] {
                        setProgress(done, total,
                            tr("Generating the national data file: %1 of %2 rows…")
                                .arg(QLocale().toString(qint64(done)),
                                    QLocale().toString(qint64(total))));
                    },
                    Qt::QueuedConnection);
                return !m_cancelled.load();
            });
        QMetaObject::invokeMethod(
            this, [this, result] { workDone(result); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void NationalGenerationTask::cancel()
{
    m_cancelled = true; // the worker stops after the batch it is writing
}

void NationalGenerationTask::workDone(const Result<void, StoreError> &result)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (result)
        end({});
    else if (result.error().kind == StoreError::Kind::Cancelled)
        end(unexpected(TaskError::cancel()));
    else
        end(unexpected(TaskError::failure(result.error().message)));
}

} // namespace ef
