// Many people added to a training event at once: each once, owned by the event's office, and
// all of them or none.
#include "training/EventParticipants.h"

#include "TempStore.h"
#include "demo/DemoData.h"
#include "training/Participation.h"
#include "training/TrainingEvent.h"

#include <gtest/gtest.h>

namespace ef::test {
namespace {

class EventParticipantsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoData::create(*store));
        Statement e = store->db().prepare(
            QStringLiteral("SELECT id FROM training_event WHERE deleted = 0 ORDER BY id LIMIT 1"));
        ASSERT_TRUE(e.next());
        event = e.uuid(0);
        // People who do not take part in it yet.
        Statement p = store->db().prepare(QStringLiteral(
            "SELECT id FROM person WHERE deleted = 0 AND id NOT IN (SELECT person_id FROM "
            "participation WHERE event_id = ?) ORDER BY id LIMIT 3"));
        p.bind(1, event);
        while (p.next())
            newcomers << p.uuid(0);
        ASSERT_EQ(newcomers.size(), 3);
    }
    qint64 participations() { return store->count(QStringLiteral("participation")); }

    TempStore store;
    Uuid event;
    QList<Uuid> newcomers;
};

TEST_F(EventParticipantsTest, AddsEachPersonOnceWithTheHoursOwnedByTheEventsOffice)
{
    const QSet<Uuid> before = EventParticipants::people(*store, event);
    const qint64 count = participations();
    auto added
        = EventParticipants::add(*store, event, {newcomers[0], newcomers[1], newcomers[0]}, 12.5);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    ASSERT_EQ(added->size(), 2) << "listed twice, added once";
    EXPECT_EQ(participations(), count + 2);
    const QSet<Uuid> after = EventParticipants::people(*store, event);
    const QSet<Uuid> expected = before + QSet<Uuid> {newcomers[0], newcomers[1]};
    EXPECT_EQ(after, expected);
    const auto owner = store->get<TrainingEvent>(event)->ownerId;
    for (const Uuid &id : *added) {
        const auto p = store->get<Participation>(id);
        ASSERT_TRUE(p);
        EXPECT_EQ(p->eventId, event);
        EXPECT_EQ(p->ownerId, owner);
        EXPECT_DOUBLE_EQ(p->attendedHours, 12.5);
    }
}

TEST_F(EventParticipantsTest, SomeoneAlreadyTakingPartIsNotAddedAgain)
{
    ASSERT_TRUE(EventParticipants::add(*store, event, {newcomers[0]}, 4));
    const qint64 count = participations();
    auto again = EventParticipants::add(*store, event, {newcomers[0], newcomers[2]}, 4);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->size(), 1);
    EXPECT_EQ(participations(), count + 1);
}

TEST_F(EventParticipantsTest, APersonWhoseParticipationWasDeletedCanBeAddedAgain)
{
    auto first = EventParticipants::add(*store, event, {newcomers[0]}, 4);
    ASSERT_TRUE(first);
    ASSERT_TRUE(store->remove<Participation>(first->first()));
    EXPECT_FALSE(EventParticipants::people(*store, event).contains(newcomers[0]));
    auto again = EventParticipants::add(*store, event, {newcomers[0]}, 4);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->size(), 1);
}

TEST_F(EventParticipantsTest, OneRefusedPersonAddsNobody)
{
    // An id that is no one (a stale pick, or a forged one): the store refuses the reference,
    // and the people before it in the list are not added either.
    const qint64 count = participations();
    const Uuid nobody = store->newId();
    auto added = EventParticipants::add(*store, event, {newcomers[0], newcomers[1], nobody}, 8);
    ASSERT_FALSE(added);
    EXPECT_FALSE(added.error().message.isEmpty());
    EXPECT_EQ(participations(), count);
    EXPECT_FALSE(EventParticipants::people(*store, event).contains(newcomers[0]));
}

TEST_F(EventParticipantsTest, NegativeHoursAreRefused)
{
    const qint64 count = participations();
    auto added = EventParticipants::add(*store, event, {newcomers[0]}, -3);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().kind, StoreError::Kind::Invalid);
    EXPECT_EQ(participations(), count);
}

} // namespace
} // namespace ef::test
