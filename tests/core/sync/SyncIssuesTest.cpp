// Conflicts and rejections to review: a conflict's lost value restored as a new local edit that
// syncs, a value no longer valid refused with nothing changed, dismissing, and rejections kept
// with the local value.
#include "sync/SyncIssues.h"

#include "Samples.h"
#include "TempStore.h"
#include "sync/SyncEngine.h"

#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

const Uuid OtherDevice = *Uuid::fromString(u"01930000-0000-7000-8000-0000000000e1");

class SyncIssuesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        person = sample::person(store.homeInstitution(), QStringLiteral("Кенжебаева"));
        ASSERT_TRUE(store->insert(person));
    }

    // The server acknowledges everything pending and answers with `conflicts`, or rejects every
    // pushed change with `rejectReason`.
    void answer(const QList<WireConflict> &conflicts, const QString &rejectReason = {})
    {
        SyncEngine engine(*store);
        auto request = engine.nextRequest();
        ASSERT_TRUE(request);
        SyncResponse response;
        response.serverTimeMs = store->clock().nowMs();
        for (qsizetype i = 0; i < request->changes.size(); ++i) {
            PushResult r;
            if (!rejectReason.isEmpty()) {
                r.status = PushResult::Status::Rejected;
                r.reason = rejectReason;
                r.message = QStringLiteral("refused in the test");
            }
            response.results.append(r);
        }
        response.conflicts = conflicts;
        response.cursor = ++cursor;
        auto applied
            = engine.apply(*request, response, response.serverTimeMs, response.serverTimeMs);
        ASSERT_TRUE(applied) << applied.error().message.toStdString();
    }

    WireConflict lostFamilyName(const QVariant &lost)
    {
        WireConflict c;
        c.seq = ++cursor;
        c.table = QStringLiteral("person");
        c.row = person.id;
        c.field = QStringLiteral("family_name");
        c.lostValue = lost;
        c.lostHlc = store->hlc().tick();
        c.lostDevice = store->deviceId();
        c.keptValue = person.familyName;
        c.keptHlc = store->hlc().tick();
        c.keptDevice = OtherDevice;
        c.kind = QStringLiteral("concurrent");
        return c;
    }

    TempStore store;
    Person person;
    std::int64_t cursor = 0;
};

TEST_F(SyncIssuesTest, RestoringALostValueWritesItAsANewLocalEditThatSyncs)
{
    answer({lostFamilyName(QStringLiteral("Kenzhebayeva"))});
    const QList<SyncIssue> open = SyncIssues::open(*store);
    ASSERT_EQ(open.size(), 1);
    EXPECT_TRUE(open[0].canRestore());
    EXPECT_EQ(open[0].value.toString(), u"Kenzhebayeva");
    EXPECT_EQ(open[0].keptValue.toString(), u"Кенжебаева");
    EXPECT_EQ(open[0].keptDevice, OtherDevice);
    EXPECT_EQ(SyncEngine(*store).pendingChanges(), 0);

    QStringList notified;
    QObject::connect(
        store.operator->(), &Store::changed, [&](const QString &table) { notified << table; });
    ASSERT_TRUE(SyncIssues::restore(*store, open[0].id));
    EXPECT_EQ(store->get<Person>(person.id)->familyName, u"Kenzhebayeva");
    EXPECT_EQ(SyncIssues::openCount(*store), 0);
    EXPECT_TRUE(notified.contains(u"person"));
    EXPECT_TRUE(notified.contains(SyncIssues::table()));
    // The restored value goes to the server like any edit, made after seeing the standing value.
    SyncEngine engine(*store);
    EXPECT_EQ(engine.pendingChanges(), 1);
    auto request = engine.nextRequest();
    ASSERT_TRUE(request);
    ASSERT_EQ(request->changes.size(), 1);
    EXPECT_EQ(request->changes[0].field, u"family_name");
    EXPECT_EQ(request->changes[0].value.toString(), u"Kenzhebayeva");
    EXPECT_GT(request->changes[0].base, 0);
    EXPECT_FALSE(SyncIssues::restore(*store, open[0].id))
        << "a resolved issue is not restored again";
}

TEST_F(SyncIssuesTest, ALostValueThatIsNoLongerValidIsRefusedAndNothingChanges)
{
    answer({lostFamilyName(QString())}); // a family name is required
    const QList<SyncIssue> open = SyncIssues::open(*store);
    ASSERT_EQ(open.size(), 1);
    auto restored = SyncIssues::restore(*store, open[0].id);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().kind, StoreError::Kind::Invalid);
    EXPECT_FALSE(restored.error().problems.isEmpty());
    EXPECT_EQ(store->get<Person>(person.id)->familyName, u"Кенжебаева");
    EXPECT_EQ(SyncIssues::openCount(*store), 1);
    EXPECT_EQ(SyncEngine(*store).pendingChanges(), 0);
}

TEST_F(SyncIssuesTest, DismissingKeepsTheStandingValue)
{
    answer({lostFamilyName(QStringLiteral("Kenzhebayeva"))});
    const qint64 id = SyncIssues::open(*store).value(0).id;
    ASSERT_TRUE(SyncIssues::dismiss(*store, id));
    EXPECT_EQ(SyncIssues::openCount(*store), 0);
    EXPECT_EQ(store->get<Person>(person.id)->familyName, u"Кенжебаева");
    EXPECT_EQ(SyncEngine(*store).pendingChanges(), 0);
    EXPECT_FALSE(SyncIssues::dismiss(*store, id));
}

TEST_F(SyncIssuesTest, ARejectedChangeIsShownAndTheLocalValueStays)
{
    answer({}); // the creation is on the server
    person.familyName = QStringLiteral("Local");
    ASSERT_TRUE(store->update(person));
    answer({}, QStringLiteral("read-only"));
    const QList<SyncIssue> open = SyncIssues::open(*store);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0].kind, u"rejected");
    EXPECT_FALSE(open[0].canRestore());
    EXPECT_EQ(open[0].value.toString(), u"Local");
    EXPECT_EQ(SyncIssues::reasonText(open[0].reason), SyncIssues::tr("Your role is read only."));
    EXPECT_EQ(store->get<Person>(person.id)->familyName, u"Local");
    auto restored = SyncIssues::restore(*store, open[0].id);
    EXPECT_FALSE(restored) << "a rejection has nothing lost to restore";
}

TEST_F(SyncIssuesTest, AConflictOnAFieldTheStoreDoesNotHaveCannotBeRestored)
{
    WireConflict c = lostFamilyName(QStringLiteral("x"));
    c.field = QStringLiteral("family_name = 'x', given_name");
    answer({c});
    const QList<SyncIssue> open = SyncIssues::open(*store);
    ASSERT_EQ(open.size(), 1);
    EXPECT_FALSE(SyncIssues::restore(*store, open[0].id));
    EXPECT_EQ(store->get<Person>(person.id)->familyName, u"Кенжебаева");
}

} // namespace
