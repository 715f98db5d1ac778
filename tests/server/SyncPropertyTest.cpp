// The sync property: three offices make random creates, edits and deletes offline and sync in a
// random order, seed after seed. At the end every office and the server hold the same records
// field for field, and every value that was overwritten without being seen is a conflict record
// on every office.
#include "Samples.h"
#include "ServerSuite.h"
#include "SyncOffice.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

constexpr int Offices = 3;
constexpr int Rounds = 6;
constexpr int OpsPerRound = 6;

struct Write
{
    Uuid row;
    QString field;
    QVariant value;
    std::int64_t hlc;
    std::int64_t base;
    Uuid device;
};

class SyncProperty : public ServerSuite<::testing::TestWithParam<int>>
{
protected:
    static void SetUpTestSuite()
    {
        startServer({QStringLiteral("Property University")},
            {{QStringLiteral("coord"), QStringLiteral("coordinator")}});
        institution = institutionId(QStringLiteral("Property University"));
    }

    static inline QString institution;
};

// The records of one office as text, field for field, tombstones included.
QString snapshot(Office &o, const QString &family)
{
    QString out;
    Statement s = o.store->db().prepare(QStringLiteral(
        "SELECT hex(id), deleted, family_name, given_name, email, phone FROM person WHERE "
        "family_name LIKE ? ORDER BY id"));
    s.bind(1, family + u'%');
    while (s.next())
        out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5));
    return out;
}

TEST_P(SyncProperty, OfficesConvergeAndEveryLostValueIsAConflict)
{
    QRandomGenerator rng {quint32(GetParam())};
    const QString family = QStringLiteral("Seed%1-").arg(GetParam());
    const Uuid owner = Uuid::fromString(institution).value_or(Uuid());
    std::vector<std::unique_ptr<Office>> offices;
    for (int i = 0; i < Offices; ++i) {
        offices.push_back(std::make_unique<Office>(server->url(), QStringLiteral("coord")));
        offices.back()->store.clock().advanceMs(i * 7);
        ASSERT_TRUE(offices.back()->sync());
    }
    const QStringList fields {
        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("given_name")};
    int made = 0;
    for (int round = 0; round < Rounds; ++round) {
        for (auto &o : offices) {
            o->store.clock().advanceMs(rng.bounded(1, 5000));
            for (int op = 0; op < OpsPerRound; ++op) {
                QList<Uuid> live;
                Statement s = o->store->db().prepare(QStringLiteral(
                    "SELECT id FROM person WHERE deleted = 0 AND family_name LIKE ?"));
                s.bind(1, family + u'%');
                while (s.next())
                    live.append(s.uuid(0));
                s.reset();
                const int dice = int(rng.bounded(10));
                if (live.isEmpty() || dice < 3) {
                    Person p = sample::person(owner, family + QString::number(++made));
                    ASSERT_TRUE(o->store->insert(p));
                } else if (dice < 9) {
                    Person p = *o->store->get<Person>(live[rng.bounded(live.size())]);
                    const QString field = fields[rng.bounded(fields.size())];
                    const QString value = QStringLiteral("v%1").arg(rng.bounded(1000000));
                    if (field == u"email")
                        p.email = value + QStringLiteral("@example.kz");
                    else if (field == u"phone")
                        p.phone = QStringLiteral("+7 701 %1").arg(rng.bounded(1000000, 9999999));
                    else
                        p.givenName = value;
                    const auto updated = o->store->update(p);
                    ASSERT_TRUE(updated) << updated.error().message.toStdString();
                } else {
                    ASSERT_TRUE(o->store->remove<Person>(live[rng.bounded(live.size())]));
                }
            }
        }
        // Some offices sync this round, in a random order.
        for (int i = 0; i < Offices; ++i) {
            Office &o = *offices[rng.bounded(Offices)];
            if (rng.bounded(3) != 0) {
                const auto r = o.sync();
                ASSERT_TRUE(r) << r.message().toStdString();
            }
        }
    }
    // Two full rounds bring everyone level.
    for (int pass = 0; pass < 2; ++pass) {
        for (auto &o : offices) {
            const auto r = o->sync();
            ASSERT_TRUE(r) << r.message().toStdString();
        }
    }
    const QString expected = snapshot(*offices[0], family);
    ASSERT_FALSE(expected.isEmpty());
    for (auto &o : offices) {
        EXPECT_EQ(snapshot(*o, family), expected);
        EXPECT_EQ(o->issues(QStringLiteral("rejected")), 0) << o->dump();
        EXPECT_EQ(o->issues(QStringLiteral("unapplied")), 0) << o->dump();
    }
    Office fresh(server->url(), QStringLiteral("coord"));
    ASSERT_TRUE(fresh.sync());
    EXPECT_EQ(snapshot(fresh, family), expected) << "the server holds the same";

    // Every write of every office, from their change logs.
    QList<Write> writes;
    for (auto &o : offices) {
        Statement s = o->store->db().prepare(QStringLiteral(
            "SELECT c.row_id, c.field, c.value, c.hlc, c.base, d.uuid FROM change_log c JOIN "
            "device d ON d.id = c.device JOIN person p ON p.id = c.row_id WHERE c.tbl = 'person' "
            "AND c.field IS NOT NULL AND p.family_name LIKE ?"));
        s.bind(1, family + u'%');
        while (s.next())
            writes.append({s.uuid(0), s.text(1), s.value(2), s.int64(3), s.int64(4), s.uuid(5)});
    }
    int lost = 0;
    for (const Write &w : writes) {
        if (w.field == u"deleted")
            continue;
        Office &o = *offices[0];
        Statement cur = o.store->db().prepare(
            QStringLiteral("SELECT %1, deleted FROM person WHERE id = ?").arg(w.field));
        cur.bind(1, w.row);
        ASSERT_TRUE(cur.next());
        const bool deleted = cur.integer(1) == 1;
        const bool stands = cur.value(0) == w.value;
        cur.reset();
        const bool seenBySomeone = std::any_of(writes.cbegin(), writes.cend(), [&](const Write &x) {
            return x.row == w.row && x.field == w.field && x.base == w.hlc;
        });
        if (deleted || stands || seenBySomeone)
            continue; // a delete's races are covered by SyncServerTest
        ++lost;
        for (auto &office : offices) {
            Statement c = office->store->db().prepare(QStringLiteral(
                "SELECT count(*) FROM sync_issue WHERE kind = 'conflict' AND row_id = ? AND "
                "field = ? AND hlc = ? AND value = ?"));
            c.bindAll(w.row, w.field, w.hlc, w.value);
            ASSERT_TRUE(c.next());
            EXPECT_EQ(c.integer(0), 1) << "lost value " << w.value.toString().toStdString()
                                       << " of " << w.field.toStdString() << " is a conflict";
        }
    }
    RecordProperty("lost_values", lost);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SyncProperty, ::testing::Range(1, 13));

} // namespace
