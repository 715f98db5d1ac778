// The one widget that shows a running Task: its text, a progress bar (busy while the total is
// unknown) and Cancel. Hidden while the task is idle.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ef {

class Task;

class TaskProgress : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgress(Task &task, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }
    QLabel *label() const { return m_label; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProgress(qint64 done, qint64 total, const QString &text);
    void retranslateUi();

    Task &m_task;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace ef
