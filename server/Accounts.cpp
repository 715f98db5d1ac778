#include "Accounts.h"

#include "ServerDb.h"

#include <QSqlQuery>
#include <sodium.h>

namespace ef {

namespace {

QByteArray tokenHash(const QString &token)
{
    return Accounts::sha256(token.toUtf8());
}

QVariant idValue(const Uuid &id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(id.toBytes());
}

} // namespace

QByteArray Accounts::sha256(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
        reinterpret_cast<const unsigned char *>(data.constData()),
        static_cast<unsigned long long>(data.size()));
    return out;
}

std::optional<Role> roleFromName(QStringView name)
{
    const Role r = SyncAccount::roleFromName(name);
    return r == Role::None ? std::nullopt : std::optional<Role>(r);
}

Accounts::Accounts(ServerDb &db, const Clock &clock, Limits limits)
    : m_db(db)
    , m_clock(clock)
    , m_limits(limits)
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
}

QString Accounts::hashPassword(const QString &password)
{
    const QByteArray p = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Argon2id with libsodium's interactive limits (64 MiB, 2 passes).
    if (crypto_pwhash_str_alg(out, p.constData(), static_cast<unsigned long long>(p.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        qFatal("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool Accounts::verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1(), p = password.toUtf8();
    return crypto_pwhash_str_verify(
               h.constData(), p.constData(), static_cast<unsigned long long>(p.size()))
        == 0;
}

QString Accounts::passwordProblem(const QString &password)
{
    if (password.size() < 10)
        return QStringLiteral("a password has at least 10 characters");
    if (password.toUtf8().size() > 1024)
        return QStringLiteral("a password has at most 1024 bytes");
    return {};
}

Result<void, QString> Accounts::addUser(
    const QString &name, Role role, const Uuid &institution, const QString &password)
{
    if (name.isEmpty() || name.size() > 64 || name.contains(u' '))
        return unexpected(QStringLiteral("a user name has 1 to 64 characters and no spaces"));
    if (role == Role::Officer && institution.isNull())
        return unexpected(QStringLiteral("an institution officer needs --institution"));
    if (const QString p = passwordProblem(password); !p.isEmpty())
        return unexpected(p);
    const auto known = m_db.scalar(QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {name});
    if (!known)
        return unexpected(known.error());
    if (known->isValid())
        return unexpected(QStringLiteral("there is already a user %1").arg(name));
    if (auto added = m_db.exec(QStringLiteral("INSERT INTO users (name, role, institution, "
                                              "pw_hash, created_ms) VALUES (?, ?, ?, ?, ?)"),
            {name, roleName(role), idValue(institution), hashPassword(password),
                qint64(m_clock.nowMs())});
        !added)
        return unexpected(added.error());
    return {};
}

Result<void, QString> Accounts::setPassword(const QString &name, const QString &password)
{
    if (const QString p = passwordProblem(password); !p.isEmpty())
        return unexpected(p);
    return m_db.transact(ServerDb::Work::Read, [&]() -> Result<void, QString> {
        const auto changed
            = m_db.exec(QStringLiteral("UPDATE users SET pw_hash = ? WHERE name = ?"),
                {hashPassword(password), name});
        if (!changed)
            return unexpected(changed.error());
        if (*changed == 0)
            return unexpected(QStringLiteral("there is no user %1").arg(name));
        // A new password signs every device out.
        if (auto r = m_db.exec(
                QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_name = ?"), {name});
            !r)
            return unexpected(r.error());
        if (auto r
            = m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE user_name = ?"), {name});
            !r)
            return unexpected(r.error());
        return {};
    });
}

Result<void, QString> Accounts::setDisabled(const QString &name, bool disabled)
{
    return m_db.transact(ServerDb::Work::Read, [&]() -> Result<void, QString> {
        const auto changed
            = m_db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"),
                {disabled ? 1 : 0, name});
        if (!changed)
            return unexpected(changed.error());
        if (*changed == 0)
            return unexpected(QStringLiteral("there is no user %1").arg(name));
        // Disabling signs every device out for good: enabling the account again later does not
        // bring back a token that was out there while it was disabled.
        if (disabled) {
            if (auto r = m_db.exec(
                    QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_name = ?"), {name});
                !r)
                return unexpected(r.error());
        }
        return {};
    });
}

Result<Accounts::Session, LoginError> Accounts::login(const QString &user, const QString &password,
    const Uuid &device, const QString &deviceLabel, const QString &address)
{
    if (user.isEmpty() || user.size() > 64 || password.toUtf8().size() > 1024 || device.isNull()
        || deviceLabel.size() > 200)
        return unexpected(LoginError {LoginError::Kind::Invalid,
            QStringLiteral("login needs a user (at most 64 characters), a password and a "
                           "device id"),
            0});
    const auto storage = [](const QString &message) {
        return unexpected(LoginError {LoginError::Kind::Storage, message, 0});
    };
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t since = now - m_limits.windowMs;
    // A device the user registered is a source of its own: sign-ins from it are not held up by
    // failures from its address (a shared office network, a proxy), only by its own.
    const auto known
        = m_db.scalar(QStringLiteral("SELECT 1 FROM devices WHERE id = ? AND user_name = ?"),
            {device.toBytes(), user});
    if (!known)
        return storage(known.error());
    const bool knownDevice = known->isValid();
    const QString source
        = knownDevice ? QStringLiteral("device %1").arg(device.toString()) : address;
    // Limits are checked before the password, so guessing costs the attacker time, not us. A
    // store that cannot count the failures lets nobody in.
    const auto wait = waitMs(user, source, address, knownDevice);
    if (!wait)
        return storage(wait.error());
    if (*wait > 0)
        return unexpected(LoginError {LoginError::Kind::TooManyAttempts,
            QStringLiteral("too many failed sign-ins; try again in %1 s").arg((*wait + 999) / 1000),
            int((*wait + 999) / 1000)});

    auto q = m_db.query(
        QStringLiteral("SELECT role, institution, pw_hash, disabled FROM users WHERE name = ?"),
        {user});
    if (!q)
        return storage(q.error());
    const bool found = q->next();
    // An unknown user costs the same as a wrong password, so names cannot be probed by time.
    static const QString dummy = hashPassword(QStringLiteral("not a password of anyone"));
    const bool ok = verifyPassword(found ? q->value(2).toString() : dummy, password) && found;
    if (!ok) {
        // Unrecorded, a failure would not count against the limits: refuse instead.
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO login_failures (user_name, address, "
                                              "at_ms) VALUES (?, ?, ?)"),
                {user, source, qint64(now)});
            !r)
            return storage(r.error());
        return unexpected(LoginError {
            LoginError::Kind::BadCredentials, QStringLiteral("wrong user name or password"), 0});
    }
    if (q->value(3).toInt() != 0)
        return unexpected(
            LoginError {LoginError::Kind::Disabled, QStringLiteral("this account is disabled"), 0});
    Session session;
    session.principal.user = user;
    session.principal.role = roleFromName(q->value(0).toString()).value_or(Role::Auditor);
    session.principal.institution = Uuid::fromBytes(q->value(1).toByteArray()).value_or(Uuid());
    session.principal.device = device;
    q->finish();

    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    session.token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    session.expiresMs = now + m_limits.tokenLifetimeMs;
    bool taken = false;
    auto stored = m_db.transact(ServerDb::Work::Read, [&]() -> Result<void, QString> {
        // A device belongs to the user who registered it: device ids travel in every pulled
        // change, so anyone could otherwise push under another office's id, move its push
        // number or make it read device-rewound. The server's own id is nobody's.
        const auto server = m_db.scalar(
            QStringLiteral("SELECT 1 FROM meta WHERE key = 'server_device' AND value = ?"),
            {device.toString()});
        if (!server)
            return unexpected(server.error());
        // The update happens only for the device's own user, in the same statement as the
        // check, so two sign-ins racing for a new id cannot both get it.
        const auto registered = server->isValid()
            ? Result<int, QString>(0)
            : m_db.exec(QStringLiteral("INSERT INTO devices (id, user_name, label, first_ms, "
                                       "last_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO "
                                       "UPDATE SET label = excluded.label, last_ms = "
                                       "excluded.last_ms WHERE devices.user_name = "
                                       "excluded.user_name"),
                {device.toBytes(), user, deviceLabel, qint64(now), qint64(now)});
        if (!registered)
            return unexpected(registered.error());
        if (*registered == 0) {
            taken = true;
            return unexpected(QString());
        }
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO tokens (hash, user_name, device, "
                                              "created_ms, expires_ms) VALUES (?, ?, ?, ?, ?)"),
                {tokenHash(session.token), user, device.toBytes(), qint64(now),
                    qint64(session.expiresMs)});
            !r)
            return unexpected(r.error());
        // Only this source's failures are forgiven: an attacker's elsewhere still count.
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE (user_name = ? "
                                              "AND address = ?) OR at_ms < ?"),
                {user, source, qint64(since)});
            !r)
            return unexpected(r.error());
        if (auto r
            = m_db.exec(QStringLiteral("DELETE FROM tokens WHERE expires_ms <= ?"), {qint64(now)});
            !r)
            return unexpected(r.error());
        return {};
    });
    if (taken)
        return unexpected(LoginError {LoginError::Kind::DeviceTaken,
            QStringLiteral("device %1 is registered to another user; a store signs in as the "
                           "user who registered it")
                .arg(device.toString()),
            0});
    if (!stored)
        return storage(stored.error());
    return session;
}

Result<std::int64_t, QString> Accounts::waitMs(
    const QString &user, const QString &source, const QString &address, bool knownDevice)
{
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t since = now - m_limits.windowMs;
    // After `free` failures, the next attempt waits firstDelay after the last one, then twice
    // that after each further failure, never more than maxDelay.
    const auto delay = [&](std::int64_t failures, std::int64_t last, int free) -> std::int64_t {
        if (failures < free)
            return 0;
        const std::int64_t over = std::min<std::int64_t>(failures - free, 30);
        const std::int64_t d = std::min(m_limits.maxDelayMs, m_limits.firstDelayMs << over);
        return std::max<std::int64_t>(0, last + d - now);
    };
    auto pair = m_db.query(QStringLiteral("SELECT count(*), max(at_ms) FROM login_failures WHERE "
                                          "user_name = ? AND address = ? AND at_ms > ?"),
        {user, source, qint64(since)});
    if (!pair)
        return unexpected(pair.error());
    if (!pair->next())
        return unexpected(QStringLiteral("the failed sign-ins cannot be counted"));
    std::int64_t wait
        = delay(pair->value(0).toLongLong(), pair->value(1).toLongLong(), m_limits.freePerSource);
    pair->finish();
    if (!knownDevice) {
        auto all = m_db.query(QStringLiteral("SELECT count(*), max(at_ms) FROM login_failures "
                                             "WHERE address = ? AND at_ms > ?"),
            {address, qint64(since)});
        if (!all)
            return unexpected(all.error());
        if (!all->next())
            return unexpected(QStringLiteral("the failed sign-ins cannot be counted"));
        wait = std::max(wait,
            delay(all->value(0).toLongLong(), all->value(1).toLongLong(), m_limits.freePerAddress));
    }
    return wait;
}

Result<int, QString> Accounts::purgeTokens()
{
    return m_db.exec(QStringLiteral("DELETE FROM tokens WHERE expires_ms <= ? OR revoked = 1"),
        {qint64(m_clock.nowMs())});
}

Result<std::optional<Principal>, QString> Accounts::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 100)
        return std::optional<Principal>();
    auto q = m_db.query(
        QStringLiteral("SELECT t.user_name, t.device, u.role, u.institution FROM tokens t "
                       "JOIN users u ON u.name = t.user_name WHERE t.hash = ? AND t.revoked = 0 "
                       "AND t.expires_ms > ? AND u.disabled = 0"),
        {tokenHash(token), qint64(m_clock.nowMs())});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<Principal>();
    Principal p;
    p.user = q->value(0).toString();
    p.device = Uuid::fromBytes(q->value(1).toByteArray()).value_or(Uuid());
    p.role = roleFromName(q->value(2).toString()).value_or(Role::Auditor);
    p.institution = Uuid::fromBytes(q->value(3).toByteArray()).value_or(Uuid());
    return std::optional<Principal>(p);
}

Result<bool, QString> Accounts::revoke(const QString &token)
{
    const auto revoked = m_db.exec(
        QStringLiteral("UPDATE tokens SET revoked = 1 WHERE hash = ?"), {tokenHash(token)});
    if (!revoked)
        return unexpected(revoked.error());
    return *revoked > 0;
}

Result<QList<DeviceInfo>, QString> Accounts::devices()
{
    auto q = m_db.query(QStringLiteral(
        "SELECT id, user_name, label, first_ms, last_ms, push FROM devices ORDER BY last_ms DESC"));
    if (!q)
        return unexpected(q.error());
    QList<DeviceInfo> out;
    while (q->next()) {
        out.append({Uuid::fromBytes(q->value(0).toByteArray()).value_or(Uuid()),
            q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong(),
            q->value(4).toLongLong(), q->value(5).toLongLong()});
    }
    return out;
}

} // namespace ef
