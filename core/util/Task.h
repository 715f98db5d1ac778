// Long work (sync, data generation, import, export, batch printing) as one kind of object: it
// reports progress (done of total, total 0 while unknown) with a line of text, can be cancelled,
// and ends with a result: done, cancelled, or failed with a message. One progress widget shows
// any task.
#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

namespace ef {

// Why a task ended without doing its work.
struct TaskError
{
    bool cancelled = false; // the user stopped it
    QString message; // what went wrong, for the user; empty when cancelled

    static TaskError cancel() { return TaskError {true, QString()}; }
    static TaskError failure(const QString &message) { return TaskError {false, message}; }
};

using TaskResult = Result<void, TaskError>;

class Task : public QObject
{
    Q_OBJECT

public:
    explicit Task(QObject *parent = nullptr)
        : QObject(parent)
    { }

    bool isRunning() const { return m_running; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    QString text() const { return m_text; }
    virtual bool canCancel() const { return true; }
    virtual void cancel() = 0;

Q_SIGNALS:
    void started();
    void progressChanged(qint64 done, qint64 total, const QString &text);
    void finished(const ef::TaskResult &result);

protected:
    void begin(const QString &text);
    void setProgress(qint64 done, qint64 total, const QString &text);
    void end(const TaskResult &result);

private:
    bool m_running = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_text;
};

} // namespace ef
