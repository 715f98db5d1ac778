#include "SyncStatus.h"

#include "SyncController.h"
#include "store/Store.h"
#include "sync/SyncTask.h"
#include "tasks/TaskProgress.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace ef {

SyncStatus::SyncStatus(SyncController &sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_state(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_progress(new TaskProgress(sync.task(), this))
    , m_conflicts(new QToolButton(this))
    , m_signIn(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    layout->addWidget(m_pending);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_signIn);
    m_conflicts->setAutoRaise(true);
    m_conflicts->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_signIn->setAutoRaise(true);
    connect(m_signIn, &QToolButton::clicked, this, &SyncStatus::signInRequested);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatus::conflictsRequested);
    connect(&sync, &SyncController::stateChanged, this, &SyncStatus::refresh);
    connect(&sync.task(), &Task::finished, this, [this](const TaskResult &result) {
        m_failure = result ? QString() : result.error().message;
        refresh();
    });
    connect(&sync.task(), &Task::started, this, &SyncStatus::refresh);
    retranslateUi();
}

void SyncStatus::refresh()
{
    const SyncAccount account = m_sync.account();
    const bool running = m_sync.task().isRunning();
    QString state;
    const std::int64_t last = m_sync.task().lastSyncMs();
    const QString when = last > 0
        ? QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(last).toLocalTime(), QLocale::ShortFormat)
        : QString();
    if (!account.isKnown())
        state = tr("Working offline: not signed in to a server");
    else if (!m_failure.isEmpty())
        state = last > 0 ? tr("Sync failed; last synced %1").arg(when) : tr("Sync failed");
    else if (last > 0)
        state = tr("Last synced %1").arg(when);
    else
        state = tr("Not synced yet");
    m_state->setText(state);
    m_state->setToolTip(m_failure.isEmpty()
            ? (account.isKnown()
                    ? tr("%1 at %2, as %3")
                          .arg(account.user, account.server.toDisplayString(), account.roleLabel())
                    : QString())
            : m_failure);
    m_state->setVisible(!running);
    const qint64 pending = m_sync.pendingChanges();
    m_pending->setText(
        tr("%n change(s) to send", nullptr, int(std::min<qint64>(pending, INT_MAX))));
    m_pending->setVisible(
        pending > 0 && account.isKnown()); // a store that never syncs has no queue
    const qint64 issues = m_sync.openIssues();
    m_conflicts->setText(tr("%n to review", nullptr, int(std::min<qint64>(issues, INT_MAX))));
    m_conflicts->setVisible(issues > 0);
    m_signIn->setVisible(!m_sync.hasToken() && !running);
}

void SyncStatus::retranslateUi()
{
    m_signIn->setText(tr("Sign in…"));
    m_signIn->setToolTip(tr("Sign in to the consortium's server to sync this data file"));
    m_conflicts->setToolTip(tr("Conflicts and refused changes from the sync, to review"));
    refresh();
}

void SyncStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ef
