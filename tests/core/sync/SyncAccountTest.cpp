// What each role may change in its store, and what a sign-in leaves in the store.
#include "sync/SyncAccount.h"

#include "TempStore.h"
#include "demo/DemoData.h"
#include "records/RecordType.h"
#include "sync/SyncClient.h"

#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

const Uuid Kaznu = *Uuid::fromString(u"01930000-0000-7000-8000-0000000000d1");
const Uuid Ektu = *Uuid::fromString(u"01930000-0000-7000-8000-0000000000d2");

SyncAccount account(SyncAccount::Role role)
{
    SyncAccount a;
    a.server = QUrl(QStringLiteral("https://sync.example.kz"));
    a.user = QStringLiteral("anna");
    a.role = role;
    a.institution = role == SyncAccount::Role::Officer ? Kaznu : Uuid();
    return a;
}

TEST(SyncAccountTest, AStoreNeverSignedInAndACoordinatorChangeEverything)
{
    for (auto role : {SyncAccount::Role::None, SyncAccount::Role::Coordinator}) {
        const SyncAccount a = account(role);
        EXPECT_TRUE(a.whyReadOnly(QStringLiteral("course"), Ektu).isEmpty());
        EXPECT_TRUE(a.whyReadOnly(QStringLiteral("partnership"), Ektu).isEmpty());
        EXPECT_TRUE(a.whyNoCreate(QStringLiteral("institution")).isEmpty());
        EXPECT_FALSE(a.isReadOnly());
    }
}

TEST(SyncAccountTest, AnAuditorChangesNothing)
{
    const SyncAccount a = account(SyncAccount::Role::Auditor);
    EXPECT_TRUE(a.isReadOnly());
    for (const QString &table :
        {QStringLiteral("person"), QStringLiteral("course"), QStringLiteral("partnership")}) {
        EXPECT_FALSE(a.whyReadOnly(table, Kaznu).isEmpty()) << table.toStdString();
        EXPECT_FALSE(a.whyNoCreate(table).isEmpty()) << table.toStdString();
    }
}

TEST(SyncAccountTest, AnOfficerChangesTheirInstitutionsRecordsAndReadsTheSharedCatalogue)
{
    const SyncAccount a = account(SyncAccount::Role::Officer);
    EXPECT_TRUE(a.whyReadOnly(QStringLiteral("partnership"), Kaznu).isEmpty());
    EXPECT_TRUE(a.whyNoCreate(QStringLiteral("partnership")).isEmpty());
    const QString other = a.whyReadOnly(QStringLiteral("partnership"), Ektu);
    EXPECT_FALSE(other.isEmpty());
    for (const QString &table : SyncAccount::sharedTables()) {
        EXPECT_FALSE(a.whyReadOnly(table, Kaznu).isEmpty()) << table.toStdString();
        EXPECT_FALSE(a.whyNoCreate(table).isEmpty()) << table.toStdString();
        EXPECT_NE(a.whyReadOnly(table, Kaznu), other) << "the reason names shared data";
    }
}

TEST(SyncAccountTest, ASignInIsRememberedAndAnOfficersInstitutionOwnsNewRecords)
{
    TempStore store;
    EXPECT_FALSE(SyncAccount::of(*store).isKnown());
    SyncSession session;
    session.user = QStringLiteral("anna");
    session.role = QStringLiteral("officer");
    session.institution = Kaznu.toString();
    session.token = QStringLiteral("never stored here");
    const QUrl server(QStringLiteral("https://sync.example.kz:8443"));
    ASSERT_TRUE(SyncAccount::remember(*store, server, session));
    store.reopen();
    const SyncAccount a = SyncAccount::of(*store);
    EXPECT_TRUE(a.isKnown());
    EXPECT_EQ(a.server, server);
    EXPECT_EQ(a.user, u"anna");
    EXPECT_EQ(a.role, SyncAccount::Role::Officer);
    EXPECT_EQ(a.institution, Kaznu);
    EXPECT_EQ(RecordType::homeInstitution(*store), Kaznu);
    Statement s = store->db().prepare(QStringLiteral("SELECT count(*) FROM meta WHERE value = ?"));
    s.bind(1, session.token);
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.integer(0), 0) << "the token is the keychain's business";
}

TEST(SyncAccountTest, RoleNamesAreTheServers)
{
    EXPECT_EQ(SyncAccount::roleFromName(u"coordinator"), SyncAccount::Role::Coordinator);
    EXPECT_EQ(SyncAccount::roleFromName(u"officer"), SyncAccount::Role::Officer);
    EXPECT_EQ(SyncAccount::roleFromName(u"auditor"), SyncAccount::Role::Auditor);
    EXPECT_EQ(SyncAccount::roleFromName(u"admin"), SyncAccount::Role::None);
}

} // namespace

namespace {

TEST(SyncAccountTest, TheDemoDataNeverSignsInAndAStoreStaysWithItsServer)
{
    const QUrl server(QStringLiteral("https://sync.example.kz"));
    TempStore fresh;
    EXPECT_TRUE(SyncAccount::whyNoSignIn(*fresh, server).isEmpty());

    TempStore demo;
    ASSERT_TRUE(DemoData::create(*demo));
    EXPECT_TRUE(DemoData::isDemo(*demo));
    EXPECT_FALSE(DemoData::isDemo(*fresh));
    EXPECT_TRUE(SyncAccount::whyNoSignIn(*demo, server).contains(QStringLiteral("demo data")));

    SyncSession session;
    session.user = QStringLiteral("anna");
    session.role = QStringLiteral("coordinator");
    ASSERT_TRUE(SyncAccount::remember(*fresh, server, session));
    EXPECT_TRUE(SyncAccount::whyNoSignIn(*fresh, QUrl(QStringLiteral("https://sync.example.kz/")))
                    .isEmpty());
    EXPECT_TRUE(SyncAccount::whyNoSignIn(*fresh, QUrl(QStringLiteral("https://other.example.kz")))
                    .contains(QStringLiteral("sync.example.kz")));
}

} // namespace
