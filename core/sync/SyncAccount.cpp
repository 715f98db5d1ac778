#include "SyncAccount.h"

#include "SyncClient.h"
#include "demo/DemoData.h"
#include "records/RecordType.h"
#include "store/Store.h"

namespace ef {

namespace {

const QString serverKey = QStringLiteral("sync.server");
const QString userKey = QStringLiteral("sync.user");
const QString roleKey = QStringLiteral("sync.role");
const QString institutionKey = QStringLiteral("sync.institution");

} // namespace

const QStringList &SyncAccount::sharedTables()
{
    static const QStringList list {QStringLiteral("institution"), QStringLiteral("project"),
        QStringLiteral("project_partner"), QStringLiteral("indicator"), QStringLiteral("course"),
        QStringLiteral("training_programme")};
    return list;
}

QString SyncAccount::roleName(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::None:
        break;
    }
    return {};
}

SyncAccount::Role SyncAccount::roleFromName(QStringView name)
{
    for (Role r : {Role::Coordinator, Role::Officer, Role::Auditor}) {
        if (name == roleName(r))
            return r;
    }
    return Role::None;
}

SyncAccount SyncAccount::of(Store &store)
{
    SyncAccount a;
    a.server = QUrl(store.meta(serverKey).toString());
    a.user = store.meta(userKey).toString();
    a.role = roleFromName(store.meta(roleKey).toString());
    a.institution = Uuid::fromString(store.meta(institutionKey).toString()).value_or(Uuid());
    return a;
}

QString SyncAccount::whyNoSignIn(Store &store, const QUrl &server)
{
    if (DemoData::isDemo(store))
        return tr("This data file holds the demo data, whose invented people must not reach the "
                  "consortium's server. To sync, start a new data file.");
    // The cursor and the acknowledged changes are the remembered server's: another server
    // would see a store it never gave them to.
    const auto sameServer = [](QUrl a, QUrl b) {
        for (QUrl *u : {&a, &b}) {
            QString path = u->path();
            while (path.endsWith(u'/'))
                path.chop(1); // "https://host/" and "https://host" are one server
            u->setPath(path);
        }
        return a.matches(b, QUrl::NormalizePathSegments);
    };
    const SyncAccount account = of(store);
    if (account.isKnown() && !sameServer(account.server, server))
        return tr("This data file syncs with %1. To work with another server, start a new data "
                  "file.")
            .arg(account.server.toDisplayString());
    return {};
}

Result<void, StoreError> SyncAccount::remember(
    Store &store, const QUrl &server, const SyncSession &session)
{
    return store.transact([&]() -> Result<void, StoreError> {
        for (const auto &[key, value] : {std::pair {serverKey, server.toString()},
                 std::pair {userKey, session.user}, std::pair {roleKey, session.role},
                 std::pair {institutionKey, session.institution}}) {
            if (auto r = store.setMeta(key, value); !r)
                return r;
        }
        const auto institution = Uuid::fromString(session.institution);
        if (roleFromName(session.role) == Role::Officer && institution)
            return RecordType::setHomeInstitution(store, *institution);
        return {};
    });
}

QString SyncAccount::whyReadOnly(const QString &table, const Uuid &owner) const
{
    switch (role) {
    case Role::None:
    case Role::Coordinator:
        return {};
    case Role::Auditor:
        return tr("You are signed in as an auditor (%1): auditors read everything and change "
                  "nothing.")
            .arg(user);
    case Role::Officer:
        if (sharedTables().contains(table))
            return tr("Shared reference data (institutions, projects, indicators, the course "
                      "catalogue, training programmes) is changed by the consortium's "
                      "coordinators.");
        if (!owner.isNull() && owner != institution)
            return tr("This record belongs to another institution: only its own office and the "
                      "coordinators change it.");
        return {};
    }
    return {};
}

QString SyncAccount::whyNoCreate(const QString &table) const
{
    return whyReadOnly(table, institution);
}

QString SyncAccount::roleLabel() const
{
    switch (role) {
    case Role::None:
        return tr("not signed in");
    case Role::Coordinator:
        return tr("coordinator");
    case Role::Officer:
        return tr("institution officer");
    case Role::Auditor:
        return tr("auditor");
    }
    return {};
}

} // namespace ef
