// What a store knows of its sign-in: the server it syncs with, the user, and the role and
// institution the server gave at sign-in, kept in the store's meta so a signed-in store
// remembers its server. Answers what that role may change here, with the reason when not.
#pragma once

#include "store/StoreError.h"
#include "util/Result.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QUrl>

namespace ef {

class Store;
struct SyncSession;

class SyncAccount
{
    Q_DECLARE_TR_FUNCTIONS(ef::SyncAccount)

public:
    enum class Role { None, Coordinator, Officer, Auditor };

    QUrl server;
    QString user;
    Role role = Role::None; // None: never signed in; everything may be edited here
    Uuid institution; // an officer's institution

    bool isKnown() const { return server.isValid() && !server.isEmpty() && !user.isEmpty(); }

    static SyncAccount of(Store &store);
    // Empty when this store may sign in to `server`; else why not, to show the user: the demo
    // data never goes to a server, and a store that syncs with one server stays with it.
    static QString whyNoSignIn(Store &store, const QUrl &server);
    // Remembers a sign-in. An officer's institution becomes the owner of new records.
    static Result<void, StoreError> remember(
        Store &store, const QUrl &server, const SyncSession &session);

    // Empty when this role may change the record; else why not, to show the user.
    QString whyReadOnly(const QString &table, const Uuid &owner) const;
    // Empty when this role may create records in `table`; else why not.
    QString whyNoCreate(const QString &table) const;
    bool isReadOnly() const { return role == Role::Auditor; }
    QString roleLabel() const;

    // Shared reference data: read by every office, changed only by coordinators.
    static const QStringList &sharedTables();
    static Role roleFromName(QStringView name);
    // The role's name on the wire and in the server's commands; empty for None.
    static QString roleName(Role role);
};

} // namespace ef
