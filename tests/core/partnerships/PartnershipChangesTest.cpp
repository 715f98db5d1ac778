// The lifecycle of an agreement told as stories: edited freely until signed, then changed only by
// dated amendments whose history shows every version, and the agreements coming up for renewal.
#include "partnerships/PartnershipChanges.h"

#include "Samples.h"
#include "SqlHelpers.h"
#include "TempStore.h"
#include "store/Attachments.h"
#include "store/SyncSchema.h"
#include "sync/Merge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

inline void PrintTo(const QDate &d, std::ostream *os)
{
    *os << d.toString(Qt::ISODate).toStdString();
}

namespace ef::test {
namespace {

using S = PartnershipStatus;

class PartnershipChangesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Institution company = sample::company(store.homeInstitution());
        ASSERT_TRUE(store->insert(company));
        partner = company.id;
    }

    // The sample internship agreement, signed on 20 Feb 2025 unless still negotiating, with 4
    // students placed.
    Partnership agreement(S status = S::Active, const QDate &endsOn = QDate(2028, 2, 28))
    {
        Partnership p = sample::partnership(store.homeInstitution(), partner);
        p.status = status;
        if (Partnership::lifecycleRank(status) < Partnership::lifecycleRank(S::Signed))
            p.signedOn = {};
        p.endsOn = endsOn;
        p.studentsPlaced = 4;
        EXPECT_TRUE(store->insert(p));
        return p;
    }

    Partnership stored(const Uuid &id)
    {
        return store->get<Partnership>(id).value_or(Partnership {});
    }
    qint64 count(const QString &sql) { return number(store->db(), sql); }
    qint64 changes() { return count(QStringLiteral("SELECT count(*) FROM change_log")); }
    qint64 amendmentRows()
    {
        return count(QStringLiteral("SELECT count(*) FROM partnership_amendment"));
    }
    qint64 attachmentRows() { return count(QStringLiteral("SELECT count(*) FROM attachment")); }

    TempStore store;
    Uuid partner;
};

QStringList fieldsOf(const StoreError &e)
{
    QStringList out;
    for (const Problem &p : e.problems)
        out << p.field;
    return out;
}

TEST_F(PartnershipChangesTest, AnUnsignedAgreementIsEditedFreely)
{
    const Partnership before = agreement(S::Negotiating);
    Partnership after = before;
    after.title = QStringLiteral("Договор о дуальном обучении");
    after.kind = PartnershipKind::DualEducation;
    after.endsOn = QDate(2029, 6, 30);
    after.internshipsOffered = 20;
    ASSERT_TRUE(PartnershipChanges::save(*store, before, after));
    EXPECT_EQ(stored(before.id).title, after.title);
    EXPECT_EQ(stored(before.id).endsOn, QDate(2029, 6, 30));
    EXPECT_EQ(stored(before.id).internshipsOffered, 20);

    // Signing is a move along the lifecycle, in the same plain save as its date.
    Partnership signedOne = after;
    signedOne.status = S::Signed;
    signedOne.signedOn = QDate(2025, 11, 20);
    ASSERT_TRUE(PartnershipChanges::save(*store, after, signedOne));
    EXPECT_EQ(stored(before.id).status, S::Signed);
    EXPECT_EQ(amendmentRows(), 0);
}

TEST_F(PartnershipChangesTest, TheStatusMovesOnlyAlongTheLifecycle)
{
    const Partnership before = agreement(S::Signed);
    Partnership back = before;
    back.status = S::Negotiating;
    const qint64 logged = changes();
    auto r = PartnershipChanges::save(*store, before, back);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, StoreError::Kind::Invalid);
    EXPECT_EQ(fieldsOf(r.error()), QStringList {QStringLiteral("status")});
    EXPECT_EQ(stored(before.id).status, S::Signed);
    EXPECT_EQ(changes(), logged);

    // Status moves of a signed agreement are no amendments: signed → active is a plain save.
    Partnership active = before;
    active.status = S::Active;
    ASSERT_TRUE(PartnershipChanges::save(*store, before, active));
    EXPECT_EQ(stored(before.id).status, S::Active);
    EXPECT_EQ(amendmentRows(), 0);
}

TEST_F(PartnershipChangesTest, ASignedAgreementRefusesAnInPlaceChangeOfItsTerms)
{
    const Partnership before = agreement(S::Active);
    Partnership after = before;
    after.endsOn = QDate(2030, 2, 28);
    after.internshipsOffered = 30;
    after.studentsPlaced = 9; // bookkeeping, but it goes nowhere with the refused terms
    const qint64 logged = changes();
    auto r = PartnershipChanges::save(*store, before, after);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, StoreError::Kind::Invalid);
    EXPECT_EQ(fieldsOf(r.error()),
        (QStringList {QStringLiteral("ends_on"), QStringLiteral("internships_offered")}));
    for (const Problem &p : r.error().problems)
        EXPECT_EQ(p.message,
            PartnershipChanges::tr("This agreement is signed: record the change as an amendment."));
    EXPECT_EQ(changes(), logged) << "nothing is written";
    EXPECT_EQ(stored(before.id).endsOn, before.endsOn);
    EXPECT_EQ(stored(before.id).studentsPlaced, 4);

    // Every term is guarded, whichever it is.
    for (const QString &term : Partnership::termColumns())
        EXPECT_TRUE(PartnershipChanges::isTerm(term));

    // What is not a term stays the office's to edit.
    Partnership bookkeeping = before;
    bookkeeping.studentsPlaced = 9;
    bookkeeping.notes = QStringLiteral("Практика в Усть-Каменогорске и Риддере.");
    ASSERT_TRUE(PartnershipChanges::save(*store, before, bookkeeping));
    EXPECT_EQ(stored(before.id).studentsPlaced, 9);
    EXPECT_EQ(stored(before.id).notes, bookkeeping.notes);
}

TEST_F(PartnershipChangesTest, ASaveWritesOnlyWhatTheUserChanged)
{
    const Partnership opened = agreement(S::Active);
    // Meanwhile sync brought a corrected start date (a remote office's amendment).
    Statement u = store->db().prepare(
        QStringLiteral("UPDATE partnership SET starts_on = '2025-03-03' WHERE id = ?"));
    u.bind(1, opened.id);
    ASSERT_TRUE(u.exec());
    u.reset();

    Partnership edited = opened;
    edited.studentsPlaced = 6;
    ASSERT_TRUE(PartnershipChanges::save(*store, opened, edited));
    EXPECT_EQ(stored(opened.id).studentsPlaced, 6);
    EXPECT_EQ(stored(opened.id).startsOn, QDate(2025, 3, 3)) << "not undone by a stale form";
}

TEST_F(PartnershipChangesTest, AmendmentsKeepEveryVersionAndTheirDocuments)
{
    const Partnership signedAs = agreement(S::Active);

    Partnership first = signedAs;
    first.endsOn = QDate(2029, 2, 28);
    first.internshipsOffered = 15;
    const QByteArray scan1 = QByteArray("%PDF-1.7\n") + QByteArray(3000, '1');
    auto a1 = PartnershipChanges::amend(*store, first, QDate(2026, 1, 15),
        QStringLiteral("Продление на год, 15 мест."),
        PartnershipChanges::Document {QStringLiteral("Дополнительное соглашение №1.pdf"), scan1});
    ASSERT_TRUE(a1) << a1.error().message.toStdString();
    EXPECT_EQ(a1->number, 1);
    EXPECT_FALSE(a1->attachmentId.isNull());
    EXPECT_EQ(QJsonDocument::fromJson(a1->changes.toUtf8()).object(),
        QJsonDocument::fromJson(
            R"({"ends_on":["2028-02-28","2029-02-28"],"internships_offered":[12,15]})")
            .object());

    Partnership second = stored(signedAs.id);
    second.title = QStringLiteral("Договор о практике и стажировке студентов");
    second.studentsPlaced = 7; // bookkeeping may ride along
    const QByteArray scan2 = QByteArray("%PDF-1.7\n") + QByteArray(2000, '2');
    auto a2 = PartnershipChanges::amend(*store, second, QDate(2026, 6, 1),
        QStringLiteral("Новое название договора."),
        PartnershipChanges::Document {QStringLiteral("Дополнительное соглашение №2.pdf"), scan2});
    ASSERT_TRUE(a2) << a2.error().message.toStdString();
    EXPECT_EQ(a2->number, 2);
    EXPECT_EQ(stored(signedAs.id).title, second.title);
    EXPECT_EQ(stored(signedAs.id).endsOn, QDate(2029, 2, 28));
    EXPECT_EQ(stored(signedAs.id).studentsPlaced, 7);

    store.reopen(); // the history is in the file, not in memory
    auto history = PartnershipChanges::history(*store, signedAs.id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 3);

    const auto &v0 = history->at(0);
    EXPECT_EQ(v0.number, 0);
    EXPECT_EQ(v0.date, QDate(2025, 2, 20));
    EXPECT_TRUE(v0.amendmentId.isNull());
    EXPECT_TRUE(v0.changed.isEmpty());
    EXPECT_EQ(v0.terms.title, signedAs.title);
    EXPECT_EQ(v0.terms.endsOn, QDate(2028, 2, 28));
    EXPECT_EQ(v0.terms.internshipsOffered, 12);
    EXPECT_TRUE(PartnershipChanges::changedTerms(v0.terms, signedAs).isEmpty());

    const auto &v1 = history->at(1);
    EXPECT_EQ(v1.number, 1);
    EXPECT_EQ(v1.date, QDate(2026, 1, 15));
    EXPECT_EQ(v1.summary, QStringLiteral("Продление на год, 15 мест."));
    EXPECT_EQ(v1.amendmentId, a1->id);
    EXPECT_EQ(v1.changed,
        (QStringList {QStringLiteral("ends_on"), QStringLiteral("internships_offered")}));
    EXPECT_EQ(v1.terms.title, signedAs.title);
    EXPECT_EQ(v1.terms.endsOn, QDate(2029, 2, 28));
    EXPECT_EQ(v1.terms.internshipsOffered, 15);

    const auto &v2 = history->at(2);
    EXPECT_EQ(v2.number, 2);
    EXPECT_EQ(v2.date, QDate(2026, 6, 1));
    EXPECT_EQ(v2.changed, QStringList {QStringLiteral("title")});
    EXPECT_TRUE(PartnershipChanges::changedTerms(v2.terms, stored(signedAs.id)).isEmpty());

    // The signed documents come back byte for byte.
    for (const auto &[version, bytes] : {std::pair {v1, scan1}, std::pair {v2, scan2}}) {
        const auto document = store->get<Attachment>(version.attachmentId);
        ASSERT_TRUE(document);
        EXPECT_EQ(document->partnershipId, signedAs.id);
        EXPECT_EQ(Attachments::content(*store, *document), bytes);
    }
    EXPECT_EQ(Attachments::content(*store, *store->get<Attachment>(v1.attachmentId))->size(), 3009);
}

TEST_F(PartnershipChangesTest, AnAmendmentMustChangeATermOfASignedAgreementAfterItsSigning)
{
    const Partnership signedAs = agreement(S::Signed);
    const qint64 logged = changes();

    Partnership onlyNotes = signedAs;
    onlyNotes.notes = QStringLiteral("Ничего не изменилось.");
    auto nothing = PartnershipChanges::amend(*store, onlyNotes, QDate(2026, 1, 15),
        QStringLiteral("Без изменений."),
        PartnershipChanges::Document {QStringLiteral("scan.pdf"), QByteArray("%PDF")});
    ASSERT_FALSE(nothing);
    EXPECT_EQ(fieldsOf(nothing.error()), QStringList {QStringLiteral("changes")});

    Partnership longer = signedAs;
    longer.endsOn = QDate(2029, 2, 28);
    auto early = PartnershipChanges::amend(
        *store, longer, QDate(2025, 2, 19), QStringLiteral("Продление."));
    ASSERT_FALSE(early);
    EXPECT_EQ(fieldsOf(early.error()), QStringList {QStringLiteral("amended_on")});

    auto undated = PartnershipChanges::amend(*store, longer, QDate(), QStringLiteral(" "));
    ASSERT_FALSE(undated);
    EXPECT_EQ(fieldsOf(undated.error()),
        (QStringList {QStringLiteral("amended_on"), QStringLiteral("summary")}));

    Partnership backwards = longer;
    backwards.status = S::Negotiating;
    auto back = PartnershipChanges::amend(
        *store, backwards, QDate(2026, 1, 15), QStringLiteral("Продление."));
    ASSERT_FALSE(back);
    EXPECT_EQ(fieldsOf(back.error()), QStringList {QStringLiteral("status")});

    const Partnership unsignedOne = agreement(S::Negotiating);
    Partnership changed = unsignedOne;
    changed.endsOn = QDate(2029, 2, 28);
    const qint64 loggedWithSecond = changes();
    auto notSigned = PartnershipChanges::amend(
        *store, changed, QDate(2026, 1, 15), QStringLiteral("Продление."));
    ASSERT_FALSE(notSigned);
    EXPECT_EQ(fieldsOf(notSigned.error()), QStringList {QStringLiteral("status")});

    EXPECT_EQ(changes(), loggedWithSecond);
    EXPECT_GT(loggedWithSecond, logged);
    EXPECT_EQ(amendmentRows(), 0);
    EXPECT_EQ(attachmentRows(), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM blob_store")), 0);
    EXPECT_EQ(stored(signedAs.id).endsOn, signedAs.endsOn);

    // Dated on the signing day itself is fine.
    ASSERT_TRUE(PartnershipChanges::amend(
        *store, longer, signedAs.signedOn, QStringLiteral("Продление в день подписания.")));
}

TEST_F(PartnershipChangesTest, AnAmendmentIsOneTransaction)
{
    const Partnership signedAs = agreement(S::Active);
    Partnership longer = signedAs;
    longer.endsOn = QDate(2029, 2, 28);
    const PartnershipChanges::Document scan {
        QStringLiteral("Дополнение.pdf"), QByteArray("%PDF-1.7 scan")};
    const qint64 logged = changes();

    // Each step in turn fails: nothing of the amendment is left, the agreement is unchanged.
    for (const char *failing :
        {"BEFORE INSERT ON main.partnership_amendment", "BEFORE UPDATE ON main.partnership"}) {
        SCOPED_TRACE(failing);
        ASSERT_TRUE(store->db().exec(QStringLiteral("CREATE TEMP TRIGGER fail %1 BEGIN "
                                                    "SELECT RAISE(ABORT, 'disk on fire'); END")
                                         .arg(QLatin1String(failing))));
        auto r = PartnershipChanges::amend(
            *store, longer, QDate(2026, 1, 15), QStringLiteral("Продление."), scan);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, StoreError::Kind::Database);
        ASSERT_TRUE(store->db().exec(QStringLiteral("DROP TRIGGER temp.fail")));

        EXPECT_EQ(stored(signedAs.id).endsOn, signedAs.endsOn);
        EXPECT_EQ(amendmentRows(), 0);
        EXPECT_EQ(attachmentRows(), 0);
        EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM blob_store")), 0);
        EXPECT_EQ(changes(), logged);
    }

    ASSERT_TRUE(PartnershipChanges::amend(
        *store, longer, QDate(2026, 1, 15), QStringLiteral("Продление."), scan));
    EXPECT_EQ(stored(signedAs.id).endsOn, QDate(2029, 2, 28));
}

TEST_F(PartnershipChangesTest, TheAmendmentTableSyncs)
{
    EXPECT_TRUE(SyncSchema::tables().contains(QStringLiteral("partnership_amendment")));
    EXPECT_LT(SyncSchema::tables().indexOf(QStringLiteral("attachment")),
        SyncSchema::tables().indexOf(QStringLiteral("partnership_amendment")));
    // Concurrent changes to any term are flagged for review by the merge.
    for (const QString &term : Partnership::termColumns())
        EXPECT_TRUE(MergeRules::standard().legal.contains(QStringLiteral("partnership.") + term))
            << term.toStdString();

    const Partnership signedAs = agreement(S::Active);
    Partnership longer = signedAs;
    longer.endsOn = QDate(2029, 2, 28);
    auto a = PartnershipChanges::amend(*store, longer, QDate(2026, 1, 15),
        QStringLiteral("Продление."),
        PartnershipChanges::Document {QStringLiteral("scan.pdf"), QByteArray("%PDF")});
    ASSERT_TRUE(a);

    Statement inserted = store->db().prepare(QStringLiteral(
        "SELECT count(*) FROM change_log WHERE tbl = 'partnership_amendment' AND row_id = ? "
        "AND field IS NULL AND device = ?"));
    inserted.bindAll(a->id, store->deviceRef());
    ASSERT_TRUE(inserted.next());
    EXPECT_EQ(inserted.int64(0), 1);
    inserted.reset();
    Statement updated = store->db().prepare(QStringLiteral(
        "SELECT value FROM change_log WHERE tbl = 'partnership' AND row_id = ? AND field = ?"));
    updated.bindAll(signedAs.id, QStringLiteral("ends_on"));
    ASSERT_TRUE(updated.next());
    EXPECT_EQ(updated.text(0), QStringLiteral("2029-02-28"));
    updated.reset();

    // A synced row is never deleted, only tombstoned.
    Statement del
        = store->db().prepare(QStringLiteral("DELETE FROM partnership_amendment WHERE id = ?"));
    del.bind(1, a->id);
    EXPECT_FALSE(del.exec());
    del.reset();
    ASSERT_TRUE(store->remove<PartnershipAmendment>(a->id));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = "
                                   "'partnership_amendment' AND field = 'deleted'")),
        1);
}

TEST_F(PartnershipChangesTest, RenewalsDueAreTheLiveSignedAgreementsEndingInTheWindow)
{
    const QDate today = store->clock().today();
    ASSERT_EQ(today, QDate(2025, 11, 24));
    const Partnership endsToday = agreement(S::Active, today);
    const Partnership lastDay = agreement(S::Signed, today.addDays(90));
    const Partnership inside = agreement(S::Active, today.addDays(30));
    agreement(S::Active, today.addDays(91));
    agreement(S::Active, today.addDays(-1));
    agreement(S::Completed, today.addDays(5));
    agreement(S::Expired, today.addDays(6));
    agreement(S::Negotiating, today.addDays(7));
    agreement(S::Active, QDate()); // open-ended
    const Partnership deleted = agreement(S::Active, today.addDays(10));
    ASSERT_TRUE(store->remove<Partnership>(deleted.id));

    auto due = PartnershipChanges::renewalsDue(*store, today);
    ASSERT_TRUE(due);
    QList<Uuid> ids;
    for (const Partnership &p : *due)
        ids << p.id;
    EXPECT_EQ(ids, (QList<Uuid> {endsToday.id, inside.id, lastDay.id}));

    auto shorter = PartnershipChanges::renewalsDue(*store, today, 30);
    ASSERT_TRUE(shorter);
    EXPECT_EQ(shorter->size(), 2);
}

TEST_F(PartnershipChangesTest, RenewalsDueWalksTheEndDateIndexWithoutSorting)
{
    QStringList plan;
    Statement s = store->db().prepare(
        QStringLiteral("EXPLAIN QUERY PLAN ") + PartnershipChanges::renewalsDueSql());
    while (s.next())
        plan << s.text(3); // id, parent, notused, detail
    ASSERT_FALSE(plan.isEmpty());
    const QString all = plan.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("USING INDEX partnership_ends"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("TEMP B-TREE"))) << all.toStdString();
}

} // namespace
} // namespace ef::test
