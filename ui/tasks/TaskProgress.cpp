#include "TaskProgress.h"

#include "util/Task.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace ef {

TaskProgress::TaskProgress(Task &task, QWidget *parent)
    : QWidget(parent)
    , m_task(task)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    connect(m_cancel, &QToolButton::clicked, &m_task, &Task::cancel);
    connect(&m_task, &Task::progressChanged, this, &TaskProgress::showProgress);
    connect(&m_task, &Task::started, this, [this] { setVisible(true); });
    connect(&m_task, &Task::finished, this, [this] { setVisible(false); });
    retranslateUi();
    setVisible(m_task.isRunning());
}

void TaskProgress::showProgress(qint64 done, qint64 total, const QString &text)
{
    m_label->setText(text);
    if (total <= 0) {
        m_bar->setRange(0, 0); // busy
    } else {
        // QProgressBar counts in int: scale large totals down.
        const qint64 scale = std::max<qint64>(1, total / 1'000'000);
        m_bar->setRange(0, int(total / scale));
        m_bar->setValue(int(std::min(done, total) / scale));
    }
    m_cancel->setEnabled(m_task.canCancel());
}

void TaskProgress::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this task; what is done so far is kept"));
    m_cancel->setAccessibleName(tr("Cancel"));
}

void TaskProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ef
