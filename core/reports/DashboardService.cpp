#include "DashboardService.h"

#include "DashboardWorker.h"

#include <QThread>

namespace ef {

DashboardService::DashboardService(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new DashboardWorker(storePath))
{
    qRegisterMetaType<ef::DashboardFigures>();
    qRegisterMetaType<ef::DashboardQuery>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::computed, this, &DashboardService::computed);
    connect(m_worker, &DashboardWorker::failed, this, [this](const QString &message) {
        m_busy = false;
        Q_EMIT failed(message);
    });
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_thread->start(QThread::LowPriority);
}

DashboardService::~DashboardService()
{
    m_thread->quit();
    m_thread->wait();
}

void DashboardService::request(const DashboardQuery &query)
{
    if (m_busy) {
        m_waiting = query;
        return;
    }
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, query] { w->compute(query); }, Qt::QueuedConnection);
}

void DashboardService::computed(const DashboardFigures &figures)
{
    m_busy = false;
    if (m_waiting) {
        const DashboardQuery next = *m_waiting;
        m_waiting.reset();
        request(next);
    }
    Q_EMIT ready(figures);
}

} // namespace ef
