// Users, their roles and passwords (Argon2id through libsodium), bearer tokens (random, stored
// only as their SHA-256), login rate limits and the devices that sync. Used by the HTTP API and
// by the administration commands.
#pragma once

#include "sync/SyncAccount.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "util/Uuid.h"

#include <QList>
#include <QString>

namespace ef {

class ServerDb;

// The roles are the client's (sync/SyncAccount.h); a server account always has one of the three.
using Role = SyncAccount::Role;
inline QString roleName(Role role)
{
    return SyncAccount::roleName(role);
}
std::optional<Role> roleFromName(QStringView name);

// Who a request comes from, once its token is checked.
struct Principal
{
    QString user;
    Role role = Role::Auditor;
    Uuid institution; // an officer's own institution
    Uuid device;
};

struct LoginError
{
    enum class Kind { BadCredentials, TooManyAttempts, Disabled, DeviceTaken, Invalid, Storage };
    Kind kind;
    QString message;
    int retryAfterSeconds = 0;
};

struct DeviceInfo
{
    Uuid id;
    QString user;
    QString label;
    std::int64_t firstMs = 0;
    std::int64_t lastMs = 0;
    std::int64_t push = 0;
};

class Accounts
{
public:
    // Failed sign-ins are counted per user and source (the address, or the device when it is
    // one the user registered), never per user alone: an attacker elsewhere cannot lock anyone
    // out. Past the free failures each attempt waits twice as long after the last failure, up to
    // maxDelayMs; failures older than windowMs are forgotten.
    struct Limits
    {
        int freePerSource = 5; // within window, for one user from one source
        int freePerAddress = 20; // within window, for all users from one address
        std::int64_t firstDelayMs = 2000;
        std::int64_t maxDelayMs = 5 * 60 * 1000;
        std::int64_t windowMs = 15 * 60 * 1000;
        std::int64_t tokenLifetimeMs = std::int64_t(30) * 24 * 3600 * 1000;
    };

    Accounts(ServerDb &db, const Clock &clock, Limits limits);
    Accounts(ServerDb &db, const Clock &clock)
        : Accounts(db, clock, Limits {})
    { }

    static QByteArray sha256(const QByteArray &data);
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
    // Checks a password against the rules every new password follows; empty when it is fine.
    static QString passwordProblem(const QString &password);

    Result<void, QString> addUser(
        const QString &name, Role role, const Uuid &institution, const QString &password);
    Result<void, QString> setPassword(const QString &name, const QString &password);
    Result<void, QString> setDisabled(const QString &name, bool disabled);

    struct Session
    {
        QString token;
        std::int64_t expiresMs = 0;
        Principal principal;
    };
    // Signs a device in; the token is shown once and only its hash is kept.
    Result<Session, LoginError> login(const QString &user, const QString &password,
        const Uuid &device, const QString &deviceLabel, const QString &address);
    // The principal of a valid, unexpired, unrevoked token of an enabled user; nothing for any
    // other token; an error when the store cannot say.
    Result<std::optional<Principal>, QString> authenticate(const QString &token);
    // Whether the token was one to revoke.
    Result<bool, QString> revoke(const QString &token);
    // Removes the tokens that expired or were revoked; how many.
    Result<int, QString> purgeTokens();

    Result<QList<DeviceInfo>, QString> devices();

private:
    // How long the source must still wait before its next attempt, in ms (0: it may try now).
    Result<std::int64_t, QString> waitMs(
        const QString &user, const QString &source, const QString &address, bool knownDevice);

    ServerDb &m_db;
    const Clock &m_clock;
    Limits m_limits;
};

} // namespace ef
