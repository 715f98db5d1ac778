#include "SyncController.h"

#include "AppStartup.h"
#include "Dialogs.h"
#include "TokenVault.h"
#include "store/Store.h"
#include "sync/SyncIssues.h"
#include "sync/SyncTask.h"

#include <QSysInfo>
#include <QTimer>

namespace ef {

namespace {

// Only when the user agreed, on a computer without a keychain service.
const QString tokenInFileKey = QStringLiteral("sync.token");
const QString intervalKey = QStringLiteral("sync/interval_minutes");
constexpr int FirstSyncDelayMs = 3000; // let the window come up first

} // namespace

SyncController::SyncController(Store &store, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_window(window)
    , m_task(new SyncTask(store, this))
    , m_vault(new TokenVault(this))
    , m_timer(new QTimer(this))
{
    m_intervalMinutes
        = std::clamp(AppStartup::settings().value(intervalKey, DefaultIntervalMinutes).toInt(), 0,
            MaxIntervalMinutes);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (hasToken())
            m_task->start();
    });
    connect(m_task, &SyncTask::signedIn, this,
        [this](const SyncSession &session) { keepToken(session.token); });
    connect(m_task, &SyncTask::signInFailed, this, &SyncController::signInFailed);
    connect(m_task, &SyncTask::signOutIncomplete, this, &SyncController::notice);
    connect(m_task, &SyncTask::needsSignIn, this, [this](const QString &why) {
        Q_EMIT stateChanged();
        Q_EMIT signInNeeded(why);
    });
    connect(m_task, &SyncTask::changesArrived, this, [this](int pulled, int issues) {
        QStringList parts;
        if (pulled > 0)
            parts << tr("%n change(s) arrived from other offices.", nullptr, pulled);
        if (issues > 0)
            parts << tr("%n new conflict(s) or refusal(s) to review.", nullptr, issues);
        Q_EMIT notice(parts.join(u' '));
    });
    connect(m_task, &Task::finished, this, &SyncController::stateChanged);
    connect(m_task, &Task::started, this, &SyncController::stateChanged);
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        // A local edit or a resolved issue changes the counts the status bar shows.
        if (!m_task->isRunning() || table == SyncIssues::table())
            Q_EMIT stateChanged();
    });
    applyInterval();
    loadToken();
}

SyncController::~SyncController() = default;

SyncAccount SyncController::account() const
{
    return SyncAccount::of(m_store);
}

bool SyncController::hasToken() const
{
    return !m_task->token().isEmpty();
}

qint64 SyncController::pendingChanges() const
{
    return SyncEngine(m_store).pendingChanges();
}

qint64 SyncController::openIssues() const
{
    return SyncIssues::openCount(m_store);
}

void SyncController::loadToken()
{
    const SyncAccount a = account();
    if (!a.isKnown())
        return;
    const QString inFile = m_store.meta(tokenInFileKey).toString();
    if (!inFile.isEmpty()) {
        m_task->setToken(inFile);
        tokenReady();
        return;
    }
    m_vault->read(TokenVault::keyFor(a.server, a.user),
        [this](TokenVault::Outcome outcome, const QString &token, const QString &) {
            if (outcome == TokenVault::Outcome::Ok && !token.isEmpty()) {
                m_task->setToken(token);
                tokenReady();
            } else if (outcome == TokenVault::Outcome::NoBackend) {
                Q_EMIT notice(tr("This computer has no keychain service, so the sign-in was not "
                                 "kept: sign in to sync."));
            }
            Q_EMIT stateChanged();
        });
}

void SyncController::tokenReady()
{
    Q_EMIT stateChanged();
    QTimer::singleShot(FirstSyncDelayMs, this, [this] {
        if (hasToken())
            m_task->start();
    });
}

void SyncController::signIn(const QUrl &server, const QString &user, const QString &password)
{
    m_task->signIn(server, user, password, QSysInfo::machineHostName());
}

void SyncController::keepToken(const QString &token)
{
    const SyncAccount a = account();
    m_vault->write(TokenVault::keyFor(a.server, a.user), token,
        [this, token](TokenVault::Outcome outcome, const QString &message) {
            if (outcome == TokenVault::Outcome::Ok) {
                // The keychain keeps it now: no copy may stay in the file.
                forgetTokenInFile();
            } else {
                const QString why = outcome == TokenVault::Outcome::NoBackend
                    ? tr("This computer has no keychain service to keep the sign-in safely.")
                    : tr("The keychain refused to keep the sign-in (%1).").arg(message);
                const auto answer = Dialogs::ask(m_window, tr("Keep the sign-in?"),
                    tr("%1\n\nKeep it in the data file instead? Anyone who can read the file could "
                       "then sync as you. If not, you sign in again each time EduFusion Desk "
                       "starts.")
                        .arg(why),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
                if (answer == QMessageBox::Yes) {
                    if (auto r = m_store.setMeta(tokenInFileKey, token); !r)
                        Dialogs::warn(m_window, tr("Sign-in not kept"),
                            tr("The sign-in could not be kept in the data file (%1); you sign "
                               "in again when EduFusion Desk starts next time.")
                                .arg(r.error().message));
                }
            }
            Q_EMIT signedIn();
            Q_EMIT stateChanged();
            m_task->start();
        });
}

void SyncController::signOut()
{
    const SyncAccount a = account();
    m_task->signOut(); // revoked on the server too, so a copy of the token is worth nothing
    forgetTokenInFile();
    if (a.isKnown())
        m_vault->remove(TokenVault::keyFor(a.server, a.user));
    Q_EMIT signedOut();
    Q_EMIT stateChanged();
}

void SyncController::forgetTokenInFile()
{
    if (auto r = m_store.setMeta(tokenInFileKey, QVariant()); !r)
        Dialogs::warn(m_window, tr("Sign-in still in the data file"),
            tr("The sign-in kept in the data file could not be removed (%1): anyone who can "
               "read the file could still sync as you. Sign out again, or ask the coordinator "
               "to revoke this computer's sign-in.")
                .arg(r.error().message));
}

void SyncController::syncNow()
{
    m_task->start(); // without a sign-in: needsSignIn, which signInNeeded passes on
}

void SyncController::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = std::clamp(minutes, 0, MaxIntervalMinutes);
    AppStartup::settings().setValue(intervalKey, m_intervalMinutes);
    applyInterval();
}

void SyncController::applyInterval()
{
    if (m_intervalMinutes > 0)
        m_timer->start(m_intervalMinutes * 60'000);
    else
        m_timer->stop();
}

} // namespace ef
