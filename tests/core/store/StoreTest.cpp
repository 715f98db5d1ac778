#include "Samples.h"
#include "TempStore.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

TEST(Store, OpensInWalWithForeignKeysAndFullSync)
{
    test::TempStore s;
    EXPECT_EQ(
        s->db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(s->db().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(s->db().scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    EXPECT_GT(s->db().scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), 0);
}

TEST(Store, InsertThenGetReturnsTheSameValues)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    p.patronymic.clear();
    ASSERT_TRUE(s->insert(p));
    EXPECT_EQ(p.id.version(), 7);
    auto back = s->get<Person>(p.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->familyName, p.familyName);
    EXPECT_EQ(back->givenName, p.givenName);
    EXPECT_EQ(back->gender, Gender::Female);
    EXPECT_EQ(back->roleFlags(), PersonRole::Educator | PersonRole::Trainer);
    EXPECT_EQ(back->institutionId, p.institutionId);
    EXPECT_TRUE(back->patronymic.isEmpty());
}

TEST(Store, InvalidRecordIsRefusedWithItsFieldsAndNothingIsWritten)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    p.familyName.clear();
    p.email = QStringLiteral("not-an-email");
    const qint64 before = s->count(QStringLiteral("person"));
    auto r = s->insert(p);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, StoreError::Kind::Invalid);
    EXPECT_TRUE(hasProblem(r.error().problems, u"family_name"));
    EXPECT_TRUE(hasProblem(r.error().problems, u"email"));
    EXPECT_EQ(s->count(QStringLiteral("person")), before);
}

TEST(Store, ReferenceToAMissingRecordNamesTheField)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    p.institutionId = s->newId();
    auto r = s->insert(p);
    ASSERT_FALSE(r);
    EXPECT_TRUE(hasProblem(r.error().problems, u"institution_id"));
}

TEST(Store, InsertIsRecordedInTheChangeLogWithThisDevicesClock)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    ASSERT_TRUE(s->insert(p));
    Statement q = s->db().prepare(QStringLiteral(
        "SELECT field, hlc, device, base FROM change_log WHERE tbl = 'person' AND row_id = ?"));
    q.bind(1, p.id);
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.isNull(0));
    EXPECT_GT(q.int64(1), 0);
    EXPECT_EQ(q.integer(2), s->deviceRef());
    EXPECT_EQ(q.int64(3), 0);
    EXPECT_FALSE(q.next());
}

TEST(Store, UpdateRecordsOnlyChangedFieldsWithTheirBase)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    ASSERT_TRUE(s->insert(p));
    const qint64 created = s->db().scalar(QStringLiteral("SELECT hlc FROM person")).toLongLong();
    s.clock().advanceMs(1000);
    p.email = QStringLiteral("a.zhumabekova@example.kz");
    p.phone = QStringLiteral("+7 701 000 00 00");
    ASSERT_TRUE(s->update(p));
    s.clock().advanceMs(1000);
    p.email = QStringLiteral("third@example.kz");
    ASSERT_TRUE(s->update(p));

    struct Logged
    {
        QString field, value;
        qint64 hlc, base;
    };
    QList<Logged> log;
    Statement q = s->db().prepare(QStringLiteral(
        "SELECT field, value, hlc, base FROM change_log WHERE field IS NOT NULL ORDER BY seq"));
    while (q.next())
        log.append({q.text(0), q.text(1), q.int64(2), q.int64(3)});
    ASSERT_EQ(log.size(), 3); // email, phone, email: fields that did not change are not logged
    QList<Logged> emails;
    for (const Logged &l : log)
        if (l.field == u"email")
            emails.append(l);
    ASSERT_EQ(emails.size(), 2);
    EXPECT_EQ(emails[0].value, QStringLiteral("a.zhumabekova@example.kz"));
    EXPECT_EQ(emails[0].base, created);
    const qint64 firstEmailClock = emails[0].hlc;
    EXPECT_EQ(emails[1].base, firstEmailClock); // base: the clock of the value it overwrote
    EXPECT_GT(emails[1].hlc, firstEmailClock);

    Statement fc = s->db().prepare(
        QStringLiteral("SELECT hlc FROM field_clock WHERE tbl = 'person' AND field = 'email'"));
    ASSERT_TRUE(fc.next());
    EXPECT_GT(fc.int64(0), firstEmailClock);
}

TEST(Store, RawSqlWritesAreTrackedToo)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    ASSERT_TRUE(s->insert(p));
    Statement u = s->db().prepare(QStringLiteral("UPDATE person SET phone = '+7 777 123 45 67'"));
    ASSERT_TRUE(u.exec());
    EXPECT_EQ(s->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE field = 'phone'"))
                  .toInt(),
        1);
    Statement d = s->db().prepare(QStringLiteral("DELETE FROM person"));
    EXPECT_FALSE(d.exec());
    EXPECT_EQ(s->count(QStringLiteral("person")), 1);
}

TEST(Store, RemoveIsATombstoneThatRestoreUndoes)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    ASSERT_TRUE(s->insert(p));
    ASSERT_TRUE(s->remove<Person>(p.id));
    EXPECT_FALSE(s->get<Person>(p.id));
    EXPECT_EQ(s->db().scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 1);
    EXPECT_FALSE(s->update(p)); // a deleted record is not edited
    ASSERT_TRUE(s->restore<Person>(p.id));
    EXPECT_TRUE(s->get<Person>(p.id));
    EXPECT_EQ(s->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE field = 'deleted'"))
                  .toInt(),
        2);
}

TEST(Store, TransactionIsAllOrNothing)
{
    test::TempStore s;
    const Uuid home = s.homeInstitution();
    auto r = s->transact([&]() -> Result<void, StoreError> {
        Person a = sample::person(s.homeInstitution());
        if (auto w = s->insert(a); !w)
            return w;
        Person b = sample::person(s.homeInstitution());
        b.givenName.clear();
        return s->insert(b);
    });
    EXPECT_FALSE(r);
    EXPECT_EQ(s->count(QStringLiteral("person")), 0);
    Q_UNUSED(home);
}

TEST(Store, ChangedIsSignalledAfterCommitOnly)
{
    test::TempStore s;
    s.homeInstitution();
    QSignalSpy spy(&s.store(), &Store::changed);
    auto r = s->transact([&]() -> Result<void, StoreError> {
        Person a = sample::person(s.homeInstitution());
        auto w = s->insert(a);
        EXPECT_EQ(spy.count(), 0);
        return w;
    });
    ASSERT_TRUE(r);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("person"));
}

TEST(Store, ClockNeverGoesBackAfterReopen)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    ASSERT_TRUE(s->insert(p));
    const qint64 last
        = s->db().scalar(QStringLiteral("SELECT max(hlc) FROM change_log")).toLongLong();
    s.clock().advanceMs(-3'600'000); // the PC clock was set back an hour
    s.reopen();
    EXPECT_GT(s->hlc().tick(), last);
}

TEST(Store, SearchFindsCyrillicNamesTypedInLatinAndBack)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    p.familyNameLatin.clear();
    p.givenNameLatin.clear();
    ASSERT_TRUE(s->insert(p));
    for (const char *typed :
        {"zhumabek", "ZHUMABEKOVA", "Жұмабек", "жумабекова", "Aigerim", "Äigerım"}) {
        const auto hits = s->search(QString::fromUtf8(typed));
        ASSERT_FALSE(hits.isEmpty()) << typed;
        EXPECT_EQ(hits.first().id, p.id) << typed;
    }
    EXPECT_TRUE(s->search(QStringLiteral("Serikbayev")).size() >= 1); // the home institution
    EXPECT_TRUE(s->search(QStringLiteral("nobody-like-this")).isEmpty());
    ASSERT_TRUE(s->remove<Person>(p.id));
    EXPECT_TRUE(s->search(QStringLiteral("zhumabek")).isEmpty());
}

TEST(Store, ATombstonesBaseIsTheNewestClockOfTheRecordSeenHere)
{
    test::TempStore s;
    Person p = sample::person(s.homeInstitution());
    ASSERT_TRUE(s->insert(p));
    s.clock().advanceMs(1000);
    p.phone = QStringLiteral("+7 701 000 00 01");
    ASSERT_TRUE(s->update(p));
    const qint64 phoneClock
        = s->db()
              .scalar(QStringLiteral("SELECT hlc FROM field_clock WHERE field = 'phone'"))
              .toLongLong();
    s.clock().advanceMs(1000);
    ASSERT_TRUE(s->remove<Person>(p.id));
    Statement q = s->db().prepare(
        QStringLiteral("SELECT base, hlc FROM change_log WHERE field = 'deleted'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.int64(0), phoneClock);
    EXPECT_GT(q.int64(1), phoneClock);
}

TEST(Store, AReferenceToADeletedRecordNamesTheField)
{
    test::TempStore s;
    Institution other = sample::company(s.homeInstitution());
    ASSERT_TRUE(s->insert(other));
    ASSERT_TRUE(s->remove<Institution>(other.id));
    Person p = sample::person(s.homeInstitution());
    p.institutionId = other.id;
    auto r = s->insert(p);
    ASSERT_FALSE(r);
    EXPECT_TRUE(hasProblem(r.error().problems, u"institution_id"));
    EXPECT_EQ(s->count(QStringLiteral("person")), 0);

    p.institutionId = s.homeInstitution();
    ASSERT_TRUE(s->insert(p));
    p.institutionId = other.id; // an edit may not point at it either
    auto u = s->update(p);
    ASSERT_FALSE(u);
    EXPECT_TRUE(hasProblem(u.error().problems, u"institution_id"));
}
