#include "SyncTask.h"

#include "SyncAccount.h"
#include "store/Store.h"

#include <QTimer>

namespace ef {

SyncTask::SyncTask(Store &store, QObject *parent)
    : Task(parent)
    , m_store(store)
    , m_resume(new QTimer(this))
    , m_random(QRandomGenerator::global()->generate())
{
    m_resume->setSingleShot(true);
    connect(m_resume, &QTimer::timeout, this, &SyncTask::start);
}

SyncTask::~SyncTask()
{
    // A window closed in the middle of a sync: stop it quietly; what was applied stays.
    if (m_client) {
        m_client->disconnect(this);
        m_client->cancel();
    }
}

SyncClient *SyncTask::makeClient(const QUrl &server)
{
    if (m_client)
        m_client->deleteLater(); // this may run inside one of its signals
    SyncClient::Options options = m_options.client;
    options.server = server;
    m_client = new SyncClient(m_store, options, this);
    return m_client;
}

void SyncTask::signIn(
    const QUrl &server, const QString &user, const QString &password, const QString &deviceLabel)
{
    if (m_signingIn || isRunning())
        return;
    if (const QString why = SyncAccount::whyNoSignIn(m_store, server); !why.isEmpty()) {
        Q_EMIT signInFailed(why);
        return;
    }
    m_signingIn = true;
    SyncClient *client = makeClient(server);
    connect(client, &SyncClient::loggedIn, this, [this, server](const SyncSession &session) {
        m_signingIn = false;
        if (auto r = SyncAccount::remember(m_store, server, session); !r) {
            Q_EMIT signInFailed(r.error().message);
            return;
        }
        m_token = session.token;
        m_resumeAttempt = 0;
        Q_EMIT signedIn(session);
    });
    connect(client, &SyncClient::loginFailed, this, [this](const SyncFailure &f) {
        m_signingIn = false;
        if (f.code == u"bad-credentials")
            Q_EMIT signInFailed(tr("Wrong user name or password."));
        else if (f.code == u"too-many-attempts")
            Q_EMIT signInFailed(tr("Too many failed sign-ins: wait a quarter of an hour, then try "
                                   "again."));
        else if (f.code == u"disabled")
            Q_EMIT signInFailed(tr("This account is disabled; ask the consortium's coordinator."));
        else if (f.code == u"device-taken")
            Q_EMIT signInFailed(tr("On the server this data file belongs to another user: sign "
                                   "in as that user, or use a data file of your own."));
        else
            Q_EMIT signInFailed(failureText(f));
    });
    client->login(user, password, deviceLabel);
}

void SyncTask::signOut()
{
    cancel();
    const QString token = m_token;
    m_token.clear();
    const SyncAccount account = SyncAccount::of(m_store);
    if (token.isEmpty() || !account.isKnown()) {
        Q_EMIT signedOut();
        return;
    }
    SyncClient::Options options = m_options.client;
    options.server = account.server;
    // Not the sync's own client: a sync may still be winding down after the cancel.
    auto *client = new SyncClient(m_store, options, this);
    client->setToken(token);
    connect(client, &SyncClient::loggedOut, this, [this, client] {
        client->deleteLater();
        Q_EMIT signedOut();
    });
    connect(client, &SyncClient::logoutFailed, this, [this, client](const SyncFailure &f) {
        client->deleteLater();
        Q_EMIT signOutIncomplete(
            tr("The server could not be told of the sign-out (%1): the sign-in stays valid "
               "there until it expires. Ask the coordinator to revoke it if this computer is "
               "not safe.")
                .arg(f.message));
    });
    client->logout();
}

void SyncTask::start()
{
    if (isRunning() || m_signingIn)
        return;
    m_resume->stop();
    const SyncAccount account = SyncAccount::of(m_store);
    if (!account.isKnown() || m_token.isEmpty()) {
        Q_EMIT needsSignIn(account.isKnown()
                ? tr("Sign in to %1 to sync.").arg(account.server.toDisplayString())
                : tr("Sign in to a server to sync."));
        return;
    }
    SyncClient *client = makeClient(account.server);
    client->setToken(m_token);
    m_first = isFirstSync();
    m_startCursor = m_cursor = SyncEngine(m_store).cursor();
    m_head = 0;
    connect(client, &SyncClient::pulledUpTo, this, [this](qint64 cursor, qint64 head) {
        m_cursor = cursor;
        m_head = head;
    });
    connect(client, &SyncClient::progress, this, [this](int pushed, int pulled) {
        // How far the pull has come in server sequence numbers, when the server says its head.
        const qint64 total = m_head > m_startCursor ? m_head - m_startCursor : 0;
        const qint64 done = total > 0 ? std::clamp(m_cursor - m_startCursor, qint64(0), total) : 0;
        setProgress(done, total,
            m_first ? tr("Receiving the data of your scope: %n change(s) so far…", nullptr, pulled)
                    : tr("Sent %1, received %2 changes…").arg(pushed).arg(pulled));
    });
    connect(client, &SyncClient::finished, this, &SyncTask::runFinished);
    connect(client, &SyncClient::failed, this, &SyncTask::runFailed);
    begin(m_first ? tr("First sync: receiving the data of your scope…") : tr("Syncing…"));
    client->start();
}

void SyncTask::cancel()
{
    m_resume->stop();
    if (m_client && m_client->isRunning())
        m_client->cancel(); // failed(Cancelled) ends the task
}

bool SyncTask::isResumeScheduled() const
{
    return m_resume->isActive();
}

std::int64_t SyncTask::lastSyncMs() const
{
    return m_store.meta(lastSyncKey()).toLongLong();
}

bool SyncTask::isFirstSync() const
{
    return m_store.meta(SyncEngine::cursorKey()).toLongLong() == 0;
}

void SyncTask::runFinished(const SyncStats &stats)
{
    m_lastStats = stats;
    m_resumeAttempt = 0;
    if (auto r = m_store.setMeta(lastSyncKey(), qint64(m_store.clock().nowMs())); !r)
        end(unexpected(TaskError::failure(
            tr("The changes were synced, but the time of the sync could not be noted: %1")
                .arg(r.error().message))));
    else
        end({});
    if (stats.pulled > 0 || stats.conflicts > 0 || stats.rejected > 0)
        Q_EMIT changesArrived(stats.pulled, stats.conflicts + stats.rejected);
}

void SyncTask::runFailed(const SyncFailure &failure)
{
    m_lastStats = m_client ? m_client->stats() : SyncStats {};
    if (failure.kind == SyncFailure::Kind::Cancelled) {
        end(unexpected(TaskError::cancel()));
        return;
    }
    if (failure.kind == SyncFailure::Kind::Unauthorized) {
        m_token.clear();
        Q_EMIT needsSignIn(failureText(failure)); // while the run that needed it still runs
        end(unexpected(TaskError::failure(failureText(failure))));
        return;
    }
    end(unexpected(TaskError::failure(failureText(failure))));
    // A link or a server that failed through all the client's retries: try again later,
    // waiting longer each time, with jitter so that offices do not all return at once.
    if (failure.kind == SyncFailure::Kind::Network || failure.kind == SyncFailure::Kind::Server) {
        const int delay = std::max(1000,
            SyncClient::backoffMs(
                ++m_resumeAttempt, m_options.resumeBaseMs, m_options.resumeMaxMs, m_random));
        m_resume->start(delay);
        Q_EMIT resumeScheduled(delay);
    }
}

QString SyncTask::failureText(const SyncFailure &f) const
{
    switch (f.kind) {
    case SyncFailure::Kind::Network:
        return tr("The server cannot be reached (%1). Your work stays on this computer and is "
                  "sent when the link is back.")
            .arg(f.message);
    case SyncFailure::Kind::Unauthorized:
        return tr("The sign-in has expired or was revoked: sign in again.");
    case SyncFailure::Kind::Server:
        return tr("The server failed (%1); the sync will try again.").arg(f.message);
    case SyncFailure::Kind::Cancelled:
        return {};
    case SyncFailure::Kind::Refused:
        if (f.code == u"clock-ahead")
            return tr("This computer's clock is ahead of the server's; correct its date and "
                      "time. Your changes stay queued. (%1)")
                .arg(f.message);
        if (f.code == u"schema" || f.code == u"protocol")
            return tr("This version of EduFusion Desk and the server do not match: %1")
                .arg(f.message);
        if (f.code == u"device-rewound")
            return tr("This data file was restored from a backup or copied from another "
                      "computer; the server refuses its changes. Ask your coordinator. (%1)")
                .arg(f.message);
        return tr("The server refused the sync: %1").arg(f.message);
    }
    return f.message;
}

} // namespace ef
