// The app's side of sync: the SyncTask of the open store, its sign-in token (kept in the
// keychain, or in the data file only when the user agreed), a sync every N minutes (a setting)
// and on demand, and notices when changes arrived. Owns no widget: the status bar, the menus and
// the dialogs show it.
#pragma once

#include "sync/SyncAccount.h"

#include <QObject>

class QTimer;
class QWidget;

namespace ef {

class Store;
class SyncTask;
class TokenVault;

class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(Store &store, QWidget *window, QObject *parent = nullptr);
    ~SyncController() override;

    Store &store() { return m_store; }
    SyncTask &task() { return *m_task; }
    SyncAccount account() const;
    bool hasToken() const;

    // Signs in; the outcome comes as signedIn or signInFailed. On success the token is kept and
    // a sync starts.
    void signIn(const QUrl &server, const QString &user, const QString &password);
    void signOut();
    void syncNow();

    int intervalMinutes() const { return m_intervalMinutes; }
    void setIntervalMinutes(int minutes); // 0: only on demand
    static constexpr int DefaultIntervalMinutes = 15;
    static constexpr int MaxIntervalMinutes = 24 * 60;

    qint64 pendingChanges() const;
    qint64 openIssues() const;

Q_SIGNALS:
    void signedIn();
    void signInFailed(const QString &message);
    void signedOut();
    // A sync on demand needs a sign-in first.
    void signInNeeded(const QString &why);
    // Something worth telling the user (changes arrived, where the token is kept).
    void notice(const QString &text);
    void stateChanged();

private:
    void loadToken();
    void keepToken(const QString &token);
    // Removes a sign-in kept in the data file, warning when the file refuses.
    void forgetTokenInFile();
    void tokenReady();
    void applyInterval();

    Store &m_store;
    QWidget *m_window;
    SyncTask *m_task;
    TokenVault *m_vault;
    QTimer *m_timer;
    int m_intervalMinutes = DefaultIntervalMinutes;
};

} // namespace ef
