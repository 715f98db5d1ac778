// The app's sync as one Task: signs in, runs SyncClient until both sides are level, reports
// progress, and after a dropped link or a failing server tries again by itself, waiting longer
// each time with full jitter, so a run resumes where it stopped. Never blocks: it all runs on
// the event loop.
#pragma once

#include "SyncClient.h"
#include "util/Task.h"

#include <QPointer>

class QTimer;

namespace ef {

class SyncTask : public Task
{
    Q_OBJECT

public:
    struct Options
    {
        SyncClient::Options client; // the server is the account's
        int resumeBaseMs = 15'000;
        int resumeMaxMs = 15 * 60'000;
    };

    explicit SyncTask(Store &store, QObject *parent = nullptr);
    ~SyncTask() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    // Signs in to `server`; signedIn or signInFailed follows. The account is remembered in the
    // store on success.
    void signIn(const QUrl &server, const QString &user, const QString &password,
        const QString &deviceLabel);
    bool isSigningIn() const { return m_signingIn; }
    // Forgets the token here at once and revokes it on the server; signedOut follows, or
    // signOutIncomplete when the server could not be told (the token then stays valid there
    // until it expires or a coordinator revokes it).
    void signOut();
    // A sync run with the remembered server and the token; needsSignIn when there is none.
    void start();
    void cancel() override;

    bool isResumeScheduled() const;
    std::int64_t lastSyncMs() const; // 0: never
    bool isFirstSync() const; // nothing pulled yet: the first run brings the whole catalogue
    const SyncStats &lastStats() const { return m_lastStats; }

    static QString lastSyncKey() { return QStringLiteral("sync.last_ms"); }

Q_SIGNALS:
    void signedIn(const ef::SyncSession &session);
    void signInFailed(const QString &message);
    void needsSignIn(const QString &why);
    void signedOut();
    void signOutIncomplete(const QString &message);
    // A run brought changes from other offices (pulled) or new conflicts.
    void changesArrived(int pulled, int conflicts);
    void resumeScheduled(int delayMs);

private:
    SyncClient *makeClient(const QUrl &server);
    void runFinished(const SyncStats &stats);
    void runFailed(const SyncFailure &failure);
    QString failureText(const SyncFailure &failure) const;

    Store &m_store;
    Options m_options;
    QPointer<SyncClient> m_client;
    QTimer *m_resume;
    QRandomGenerator m_random;
    QString m_token;
    int m_resumeAttempt = 0;
    bool m_signingIn = false;
    bool m_first = false;
    qint64 m_startCursor = 0; // where this run's pull began
    qint64 m_cursor = 0;
    qint64 m_head = 0; // the server's last sequence number, when it says
    SyncStats m_lastStats;
};

} // namespace ef
