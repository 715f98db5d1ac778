// The fixture of the attack tests: one server with two institutions, an officer of each and a
// coordinator, and what an attack test compares: the server's rows before and after.
#pragma once

#include "Samples.h"
#include "ServerSuite.h"
#include "SyncOffice.h"
#include "store/Migrations.h"

#include <gtest/gtest.h>

namespace ef::test {

class AttackSuite : public ServerSuite<>
{
protected:
    static void SetUpTestSuite() { startAttackServer(); }
    // The suite's server, started with more arguments when a suite needs them.
    static void startAttackServer(const QStringList &arguments = {})
    {
        startServer({QStringLiteral("Victim University"), QStringLiteral("Attacker University")},
            {{QStringLiteral("coord"), QStringLiteral("coordinator")},
                {QStringLiteral("victim"), QStringLiteral("officer"),
                    QStringLiteral("Victim University")},
                {QStringLiteral("attacker"), QStringLiteral("officer"),
                    QStringLiteral("Attacker University")}},
            arguments);
    }

    static Uuid victimInstitution()
    {
        return Uuid::fromString(institutionId(QStringLiteral("Victim University")))
            .value_or(Uuid());
    }
    static Uuid attackerInstitution()
    {
        return Uuid::fromString(institutionId(QStringLiteral("Attacker University")))
            .value_or(Uuid());
    }

    // A person of `owner` made in the office's store (synced with its next run).
    static Person addPerson(Office &o, const Uuid &owner, const QString &family)
    {
        Person p = sample::person(owner, family);
        auto r = o.store->insert(p);
        EXPECT_TRUE(r) << r.error().message.toStdString();
        return p;
    }

    // The server's rows of its synced data and devices: what no attack may change.
    static QStringList serverRows(const QStringList &tables = ServerProcess::dataTables())
    {
        const QStringList rows = server->rows(tables);
        EXPECT_FALSE(rows.isEmpty()) << server->error().toStdString();
        return rows;
    }

    // A pull of everything after `cursor` with the office's own token and device.
    static SyncRequest pullRequest(Office &o, std::int64_t cursor = 0)
    {
        SyncRequest r;
        r.schema = Migrations::latestVersion();
        r.device = o.store->deviceId();
        r.cursor = cursor;
        r.limit = SyncProtocol::MaxChangesPerPull;
        return r;
    }
};

#define EXPECT_SYNCS(office)                                                                       \
    do {                                                                                           \
        const auto outcome_ = (office).sync();                                                     \
        EXPECT_TRUE(outcome_) << outcome_.message().toStdString();                                 \
    } while (0)

} // namespace ef::test
