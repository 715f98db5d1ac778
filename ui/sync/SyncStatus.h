// The sync's place in the status bar: when the last sync ended (or why it failed), how many local
// changes wait to be sent, the progress of a running sync with Cancel, the open conflicts, and
// Sign in when there is no sign-in.
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace ef {

class SyncController;
class TaskProgress;

class SyncStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(SyncController &sync, QWidget *parent = nullptr);

    QLabel *stateLabel() const { return m_state; }
    QLabel *pendingLabel() const { return m_pending; }
    QToolButton *signInButton() const { return m_signIn; }
    QToolButton *conflictsButton() const { return m_conflicts; }
    TaskProgress *progress() const { return m_progress; }

    void refresh();

Q_SIGNALS:
    void signInRequested();
    void conflictsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    SyncController &m_sync;
    QLabel *m_state;
    QLabel *m_pending;
    TaskProgress *m_progress;
    QToolButton *m_conflicts;
    QToolButton *m_signIn;
    QString m_failure; // why the last sync failed; empty after a good one
};

} // namespace ef
