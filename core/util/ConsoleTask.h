// A Task run from the command line: its progress on one line of the terminal (the command
// line's counterpart of the progress widget), Ctrl+C cancels it, and exec() returns its result
// when it ends.
#pragma once

#include "Task.h"

#include <QEventLoop>
#include <QTimer>
#include <optional>

class QTextStream;

namespace ef {

class ConsoleTask : public QObject
{
    Q_OBJECT

public:
    ConsoleTask(Task &task, QTextStream &err, QObject *parent = nullptr);
    ~ConsoleTask() override;

    // Runs the event loop until the task ends (or stop() ends the wait); its result.
    TaskResult exec();
    // Ends the wait with this result: the work failed before the task could begin (a refused
    // sign-in). The first result given is the one exec() returns.
    void stop(const TaskResult &result);

private:
    void showProgress(const QString &text);

    Task &m_task;
    QTextStream &m_err;
    QEventLoop m_loop;
    QTimer m_interrupts;
    std::optional<TaskResult> m_result;
    qsizetype m_shown = 0; // characters on the progress line
};

} // namespace ef
