// The field-level merge, one story at a time (as KeePassXC's TestMerge): every story is merged
// in both orders and twice, and must end in the same state.
#include "sync/Merge.h"

#include "QtPrinters.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace ef;

namespace {

const Uuid RowA = *Uuid::fromString(u"01930000-0000-7000-8000-00000000000a");
const Uuid Kaznu = *Uuid::fromString(u"01930000-0000-7000-8000-0000000000d1");
const Uuid Ektu = *Uuid::fromString(u"01930000-0000-7000-8000-0000000000d2");

Change change(const QString &table, const QString &field, const QVariant &value, std::int64_t hlc,
    const Uuid &device, std::int64_t base, const Uuid &row = RowA)
{
    return Change {FieldKey {table, row, field}, Stamped {value, hlc, device, base}};
}

Change person(const QString &field, const QVariant &value, std::int64_t hlc, const Uuid &device,
    std::int64_t base)
{
    return change(QStringLiteral("person"), field, value, hlc, device, base);
}

// Starting state: the record created at clock 10 by KazNU, seen by everyone.
ReplicaState created(const QString &table, const QList<std::pair<QString, QVariant>> &fields)
{
    ReplicaState s;
    Merge m;
    for (const auto &[f, v] : fields)
        m.apply(s, change(table, f, v, 10, Kaznu, 0));
    m.apply(s, change(table, QStringLiteral("deleted"), 0, 10, Kaznu, 0));
    return s;
}

// Merges the changes in the given order and in reverse, each twice; all four must agree.
ReplicaState mergeBothWays(const ReplicaState &start, const QList<Change> &changes)
{
    Merge m;
    ReplicaState forward = start;
    m.apply(forward, changes);
    ReplicaState again = forward;
    m.apply(again, changes);
    EXPECT_EQ(again, forward) << "merging twice changed the state";

    QList<Change> reversed(changes.rbegin(), changes.rend());
    ReplicaState backward = start;
    m.apply(backward, reversed);
    EXPECT_EQ(backward, forward) << "the order of arrival changed the result";
    m.apply(backward, changes);
    EXPECT_EQ(backward, forward);
    return forward;
}

} // namespace

TEST(Merge, AnEditMadeOnOneSideIsApplied)
{
    const ReplicaState start = created(
        QStringLiteral("person"), {{QStringLiteral("email"), QStringLiteral("old@kaznu.kz")}});
    const auto s = mergeBothWays(
        start, {person(QStringLiteral("email"), QStringLiteral("new@kaznu.kz"), 20, Ektu, 10)});
    EXPECT_EQ(Merge().value(s, QStringLiteral("person"), RowA, QStringLiteral("email")),
        QStringLiteral("new@kaznu.kz"));
    EXPECT_TRUE(Merge().conflicts(s).isEmpty());
}

TEST(Merge, SameFieldEditedOnBothSidesKeepsTheLaterAndRecordsTheOther)
{
    const ReplicaState start
        = created(QStringLiteral("person"), {{QStringLiteral("phone"), QStringLiteral("1")}});
    const Change here
        = person(QStringLiteral("phone"), QStringLiteral("+7 701 111 11 11"), 20, Kaznu, 10);
    const Change there
        = person(QStringLiteral("phone"), QStringLiteral("+7 702 222 22 22"), 30, Ektu, 10);
    const auto s = mergeBothWays(start, {here, there});
    EXPECT_EQ(Merge().value(s, QStringLiteral("person"), RowA, QStringLiteral("phone")),
        QStringLiteral("+7 702 222 22 22"));
    ASSERT_EQ(Merge().conflicts(s).size(), 1);
    const ConflictRecord c = Merge().conflicts(s).first();
    EXPECT_EQ(c.lost.value, QStringLiteral("+7 701 111 11 11"));
    EXPECT_EQ(c.lost.device, Kaznu);
    EXPECT_EQ(c.kind, ConflictKind::Concurrent);
    EXPECT_FALSE(c.needsReview);
}

TEST(Merge, DifferentFieldsEditedOnBothSidesAreBothKept)
{
    const ReplicaState start = created(QStringLiteral("person"),
        {{QStringLiteral("phone"), QStringLiteral("1")},
            {QStringLiteral("email"), QStringLiteral("a@b.kz")}});
    const auto s = mergeBothWays(start,
        {person(QStringLiteral("phone"), QStringLiteral("2"), 20, Kaznu, 10),
            person(QStringLiteral("email"), QStringLiteral("c@d.kz"), 15, Ektu, 10)});
    EXPECT_EQ(Merge().value(s, QStringLiteral("person"), RowA, QStringLiteral("phone")),
        QStringLiteral("2"));
    EXPECT_EQ(Merge().value(s, QStringLiteral("person"), RowA, QStringLiteral("email")),
        QStringLiteral("c@d.kz"));
    EXPECT_TRUE(Merge().conflicts(s).isEmpty());
}

TEST(Merge, AnEditMadeAfterSeeingTheOtherIsNoConflict)
{
    const ReplicaState start
        = created(QStringLiteral("person"), {{QStringLiteral("phone"), QStringLiteral("1")}});
    Merge m;
    ReplicaState s = start;
    m.apply(s, person(QStringLiteral("phone"), QStringLiteral("2"), 20, Kaznu, 10));
    m.apply(s, person(QStringLiteral("phone"), QStringLiteral("3"), 30, Ektu, 20)); // EKTU saw "2"
    EXPECT_EQ(Merge().value(s, QStringLiteral("person"), RowA, QStringLiteral("phone")),
        QStringLiteral("3"));
    EXPECT_TRUE(Merge().conflicts(s).isEmpty());
    // The older write delivered again late changes nothing.
    EXPECT_EQ(m.apply(s, person(QStringLiteral("phone"), QStringLiteral("2"), 20, Kaznu, 10)),
        Merge::Outcome::Duplicate);
    EXPECT_TRUE(Merge().conflicts(s).isEmpty());
}

TEST(Merge, EqualClocksAreDecidedByDeviceId)
{
    const ReplicaState start
        = created(QStringLiteral("person"), {{QStringLiteral("phone"), QStringLiteral("1")}});
    const auto s = mergeBothWays(start,
        {person(QStringLiteral("phone"), QStringLiteral("kaznu"), 20, Kaznu, 10),
            person(QStringLiteral("phone"), QStringLiteral("ektu"), 20, Ektu, 10)});
    EXPECT_EQ(Merge().value(s, QStringLiteral("person"), RowA, QStringLiteral("phone")),
        QStringLiteral("ektu")); // Ektu > Kaznu
    EXPECT_EQ(Merge().conflicts(s).size(), 1);
}

TEST(Merge, TheSameChangeTwiceIsADuplicate)
{
    ReplicaState s
        = created(QStringLiteral("person"), {{QStringLiteral("phone"), QStringLiteral("1")}});
    Merge m;
    const Change c = person(QStringLiteral("phone"), QStringLiteral("2"), 20, Kaznu, 10);
    EXPECT_EQ(m.apply(s, c), Merge::Outcome::Applied);
    const ReplicaState after = s;
    EXPECT_EQ(m.apply(s, c), Merge::Outcome::Duplicate);
    EXPECT_EQ(s, after);
}

TEST(Merge, ASignedAgreementDoesNotGoBackToNegotiatingBecauseAClockRanLater)
{
    const ReplicaState start = created(
        QStringLiteral("partnership"), {{QStringLiteral("status"), QStringLiteral("negotiating")}});
    const Change signedHere = change(QStringLiteral("partnership"), QStringLiteral("status"),
        QStringLiteral("signed"), 20, Kaznu, 10);
    // The offline office's clock runs a day ahead; it only edited the status back and forth.
    const Change lateThere = change(QStringLiteral("partnership"), QStringLiteral("status"),
        QStringLiteral("negotiating"), 90, Ektu, 10);
    const auto s = mergeBothWays(start, {signedHere, lateThere});
    EXPECT_EQ(Merge().value(s, QStringLiteral("partnership"), RowA, QStringLiteral("status")),
        QStringLiteral("signed"));
    ASSERT_EQ(Merge().conflicts(s).size(), 1);
    EXPECT_EQ(Merge().conflicts(s).first().lost.value, QStringLiteral("negotiating"));
    EXPECT_EQ(Merge().conflicts(s).first().kind, ConflictKind::Lifecycle);
}

TEST(Merge, ARevokedCertificateStaysRevoked)
{
    const ReplicaState start = created(
        QStringLiteral("certificate"), {{QStringLiteral("status"), QStringLiteral("valid")}});
    const Change revoked = change(QStringLiteral("certificate"), QStringLiteral("status"),
        QStringLiteral("revoked"), 20, Kaznu, 10);
    // Even an office that saw the revocation cannot silently make it valid again.
    const Change validAgain = change(QStringLiteral("certificate"), QStringLiteral("status"),
        QStringLiteral("valid"), 30, Ektu, 20);
    Merge m;
    ReplicaState s = start;
    m.apply(s, revoked);
    m.apply(s, validAgain);
    EXPECT_EQ(Merge().value(s, QStringLiteral("certificate"), RowA, QStringLiteral("status")),
        QStringLiteral("revoked"));
    ASSERT_EQ(Merge().conflicts(s).size(), 1);
    EXPECT_EQ(Merge().conflicts(s).first().kind, ConflictKind::Lifecycle);
    const ReplicaState after = s;
    m.apply(s, {revoked, validAgain});
    EXPECT_EQ(s, after);
}

TEST(Merge, ConcurrentChangesToLegalTermsConvergeButAreFlaggedForReview)
{
    const ReplicaState start = created(
        QStringLiteral("partnership"), {{QStringLiteral("ends_on"), QStringLiteral("2027-06-30")}});
    const auto s = mergeBothWays(start,
        {
            change(QStringLiteral("partnership"), QStringLiteral("ends_on"),
                QStringLiteral("2028-06-30"), 20, Kaznu, 10),
            change(QStringLiteral("partnership"), QStringLiteral("ends_on"),
                QStringLiteral("2027-12-31"), 25, Ektu, 10),
        });
    EXPECT_EQ(Merge().value(s, QStringLiteral("partnership"), RowA, QStringLiteral("ends_on")),
        QStringLiteral("2027-12-31"));
    ASSERT_EQ(Merge().conflicts(s).size(), 1);
    EXPECT_TRUE(Merge().conflicts(s).first().needsReview);
}

TEST(Merge, AnEditRacingADeleteIsKeptForReview)
{
    const ReplicaState start
        = created(QStringLiteral("person"), {{QStringLiteral("phone"), QStringLiteral("1")}});
    // EKTU deletes having seen the record as created (newest clock 10); KazNU edits meanwhile.
    const Change del = person(QStringLiteral("deleted"), 1, 30, Ektu, 10);
    const Change edit
        = person(QStringLiteral("phone"), QStringLiteral("+7 705 555 55 55"), 20, Kaznu, 10);
    const auto s = mergeBothWays(start, {edit, del});
    EXPECT_EQ(Merge().value(s, QStringLiteral("person"), RowA, QStringLiteral("deleted")), 1);
    ASSERT_EQ(Merge().conflicts(s).size(), 1);
    EXPECT_EQ(Merge().conflicts(s).first().kind, ConflictKind::EditDeleteRace);
    EXPECT_EQ(Merge().conflicts(s).first().lost.value, QStringLiteral("+7 705 555 55 55"));
}

TEST(Merge, ADeleteAfterSeeingTheEditIsNoConflict)
{
    const ReplicaState start
        = created(QStringLiteral("person"), {{QStringLiteral("phone"), QStringLiteral("1")}});
    const auto s = mergeBothWays(start,
        {person(QStringLiteral("phone"), QStringLiteral("2"), 20, Kaznu, 10),
            person(QStringLiteral("deleted"), 1, 30, Ektu, 20)});
    EXPECT_TRUE(Merge().conflicts(s).isEmpty());
}

// Replicas that edit, delete and restore offline and sync in random orders must all end with the
// same values and the same conflicts, and every value that was overwritten without being seen
// must be in a conflict record.
TEST(Merge, RandomReplicasConverge)
{
    const QStringList fields {
        QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("deleted")};
    QList<Uuid> rows;
    for (int i = 0; i < 3; ++i)
        rows << *Uuid::fromString(QStringLiteral("01930000-0000-7000-8000-00000000010%1").arg(i));

    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator rng(seed);
        const int n = 3 + int(rng.bounded(3));
        struct Replica
        {
            Uuid device;
            std::int64_t clock = 100;
            ReplicaState state;
            QList<Change> log; // everything applied here, in order: forwarded as a whole
        };
        QList<Replica> replicas(n);
        Merge merge;
        for (int r = 0; r < n; ++r)
            replicas[r].device
                = *Uuid::fromString(QStringLiteral("01930000-0000-7000-8000-0000000002%1")
                                        .arg(r, 2, 10, QLatin1Char('0')));
        // Every row exists everywhere first.
        QList<Change> genesis;
        for (const Uuid &row : rows)
            for (const QString &f : fields)
                genesis << change(QStringLiteral("person"), f,
                    f == u"deleted" ? QVariant(0) : QVariant(QStringLiteral("v0")), 10,
                    replicas[0].device, 0, row);
        for (Replica &r : replicas) {
            merge.apply(r.state, genesis);
            r.log = genesis;
        }
        QList<Change> everyWrite = genesis;
        auto receive = [&](Replica &to, const Replica &from) {
            for (const Change &c : from.log) {
                if (merge.apply(to.state, c) != Merge::Outcome::Duplicate)
                    to.log << c;
                to.clock = std::max(to.clock, c.write.hlc);
            }
        };
        for (int step = 0; step < 60; ++step) {
            Replica &r = replicas[int(rng.bounded(n))];
            const int op = int(rng.bounded(10));
            if (op < 6) { // a local write
                const Uuid row = rows[int(rng.bounded(int(rows.size())))];
                const QString field = fields[int(rng.bounded(int(fields.size())))];
                const FieldKey key {QStringLiteral("person"), row, field};
                QVariant value;
                std::int64_t base = merge.current(r.state, key).hlc;
                if (field == u"deleted") {
                    value = merge.current(r.state, key).value.toInt() ? 0 : 1;
                    base = 0; // a tombstone's base: the newest clock of the record seen here
                    for (auto it = r.state.fields.cbegin(); it != r.state.fields.cend(); ++it)
                        if (it.key().row == row)
                            base = std::max(base, merge.current(r.state, it.key()).hlc);
                } else {
                    value = QStringLiteral("s%1-%2").arg(seed).arg(step);
                }
                r.clock += 1 + rng.bounded(5);
                const Change c {key, Stamped {value, r.clock, r.device, base}};
                merge.apply(r.state, c);
                r.log << c;
                everyWrite << c;
            } else { // a sync from a random other replica
                receive(r, replicas[int(rng.bounded(n))]);
            }
        }
        // Everyone hears from everyone, twice round.
        for (int round = 0; round < 2; ++round)
            for (Replica &to : replicas)
                for (const Replica &from : replicas)
                    receive(to, from);
        for (int i = 1; i < n; ++i) {
            ASSERT_EQ(replicas[i].state, replicas[0].state) << "seed " << seed;
            ASSERT_EQ(merge.conflicts(replicas[i].state), merge.conflicts(replicas[0].state))
                << "seed " << seed;
        }

        // Nothing is silently lost: every write is the current value, in a conflict record, or was
        // overwritten by a write that had seen it.
        const ReplicaState &final = replicas[0].state;
        const QList<ConflictRecord> conflicts = merge.conflicts(final);
        for (const Change &w : std::as_const(everyWrite)) {
            if (merge.current(final, w.key) == w.write)
                continue;
            bool kept = false;
            for (const ConflictRecord &c : conflicts)
                kept |= c.key == w.key && c.lost == w.write;
            if (kept)
                continue;
            bool seen = false;
            for (const Change &o : std::as_const(everyWrite))
                if (o.key == w.key
                    && (w.key.field == u"deleted" ? o.write.base >= w.write.hlc
                                                  : o.write.base == w.write.hlc))
                    seen = true;
            EXPECT_TRUE(seen) << "seed " << seed << ": a write was dropped silently";
        }
    }
}
