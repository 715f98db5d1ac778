#include "Task.h"

namespace ef {

void Task::begin(const QString &text)
{
    m_running = true;
    m_done = 0;
    m_total = 0;
    m_text = text;
    Q_EMIT started();
    Q_EMIT progressChanged(m_done, m_total, m_text);
}

void Task::setProgress(qint64 done, qint64 total, const QString &text)
{
    m_done = done;
    m_total = total;
    m_text = text;
    Q_EMIT progressChanged(done, total, text);
}

void Task::end(const TaskResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace ef
