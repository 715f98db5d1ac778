#include "SyncAccount.h"

#include "SyncClient.h"
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

SyncAccount::Role SyncAccount::roleFromName(QStringView name)
{
    if (name == u"coordinator")
        return Role::Coordinator;
    if (name == u"officer")
        return Role::Officer;
    if (name == u"auditor")
        return Role::Auditor;
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
