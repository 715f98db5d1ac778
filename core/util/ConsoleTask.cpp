#include "ConsoleTask.h"

#include <QTextStream>
#include <csignal>

namespace ef {

namespace {

// Set by Ctrl+C; a signal handler may do nothing else. The event loop looks at it.
volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

} // namespace

ConsoleTask::ConsoleTask(Task &task, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_task(task)
    , m_err(err)
{
    connect(&m_task, &Task::progressChanged, this,
        [this](qint64, qint64, const QString &text) { showProgress(text); });
    connect(&m_task, &Task::finished, this, &ConsoleTask::stop);
    m_interrupts.setInterval(100);
    connect(&m_interrupts, &QTimer::timeout, this, [this] {
        if (interrupted && m_task.isRunning()) {
            interrupted = 0;
            m_task.cancel();
        }
    });
}

ConsoleTask::~ConsoleTask() = default;

TaskResult ConsoleTask::exec()
{
    if (!m_result) {
        interrupted = 0;
        const auto previous = std::signal(SIGINT, onInterrupt);
        m_interrupts.start();
        m_loop.exec();
        m_interrupts.stop();
        std::signal(SIGINT, previous == SIG_ERR ? SIG_DFL : previous);
    }
    if (m_shown > 0)
        m_err << '\n' << Qt::flush;
    m_shown = 0;
    return *m_result;
}

void ConsoleTask::stop(const TaskResult &result)
{
    if (m_result)
        return;
    m_result = result;
    m_loop.quit();
}

void ConsoleTask::showProgress(const QString &text)
{
    // One line, rewritten: what is left of a longer text before is blanked.
    m_err << '\r' << text;
    if (text.size() < m_shown)
        m_err << QString(m_shown - text.size(), u' ');
    m_err << Qt::flush;
    m_shown = text.size();
}

} // namespace ef
