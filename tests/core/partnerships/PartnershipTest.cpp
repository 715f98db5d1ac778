#include "partnerships/Partnership.h"

#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

TEST(Partnership, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::partnership(newId(), newId())));
}

TEST(Partnership, EachRuleBrokenAloneNamesItsField)
{
    using T = Partnership;
    expectEachAlone<T>(sample::partnership(newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no title", [](T &r) { r.title = QStringLiteral("\t"); }, "title"},
            {"title of 301", [](T &r) { r.title = text(301); }, "title"},
            {"notes of 10001", [](T &r) { r.notes = text(10001); }, "notes"},
            {"no university", [](T &r) { r.universityId = {}; }, "university_id"},
            {"no partner", [](T &r) { r.partnerId = {}; }, "partner_id"},
            {"partner is the university", [](T &r) { r.partnerId = r.universityId; }, "partner_id"},
            {"ends before it starts", [](T &r) { r.endsOn = QDate(2025, 2, 28); }, "ends_on"},
            {"negative internships", [](T &r) { r.internshipsOffered = -3; },
                "internships_offered"},
            {"negative students", [](T &r) { r.studentsPlaced = -1; }, "students_placed"},
        });
}

TEST(Partnership, SignedStatusesNeedTheSigningDate)
{
    using S = PartnershipStatus;
    for (S status : {S::Signed, S::Active, S::Completed, S::Expired}) {
        SCOPED_TRACE(enumText(status).toString().toStdString());
        Partnership p = sample::partnership(newId(), newId());
        p.status = status;
        EXPECT_TRUE(isValid(p));
        p.signedOn = {};
        const Problems problems = p.validate();
        ASSERT_EQ(problems.size(), 1) << describe(problems).toStdString();
        EXPECT_EQ(problems.first().field, QStringLiteral("signed_on"));
    }
    for (S status : {S::Proposed, S::Negotiating, S::Terminated}) {
        SCOPED_TRACE(enumText(status).toString().toStdString());
        Partnership p = sample::partnership(newId(), newId());
        p.status = status;
        p.signedOn = {};
        // Negotiations can be dropped before anything was signed: a terminated agreement
        // without a signing date is one that never got that far.
        EXPECT_TRUE(isValid(p));
    }
}

TEST(Partnership, LimitsAreInclusive)
{
    using T = Partnership;
    expectEachAccepted<T>(sample::partnership(newId(), newId()),
        {
            {"one-day agreement", [](T &r) { r.endsOn = r.startsOn; }},
            {"open-ended", [](T &r) { r.endsOn = {}; }},
            {"title of 300", [](T &r) { r.title = text(300); }},
            {"notes of 10000", [](T &r) { r.notes = text(10000); }},
            {"nothing offered yet", [](T &r) { r.internshipsOffered = r.studentsPlaced = 0; }},
        });
}

TEST(Partnership, LifecycleMovesOnlyForward)
{
    using S = PartnershipStatus;
    const QList<std::pair<S, S>> allowed {
        {S::Proposed, S::Negotiating},
        {S::Proposed, S::Terminated},
        {S::Negotiating, S::Signed},
        {S::Negotiating, S::Terminated},
        {S::Signed, S::Active},
        {S::Signed, S::Terminated},
        {S::Signed, S::Expired},
        {S::Active, S::Completed},
        {S::Active, S::Terminated},
        {S::Active, S::Expired},
    };
    // Every pair of statuses, so a move added or lost by mistake shows up here.
    for (S from : enumValues<S>()) {
        for (S to : enumValues<S>()) {
            const bool expected = from == to || allowed.contains(std::pair {from, to});
            EXPECT_EQ(Partnership::canMove(from, to), expected)
                << enumText(from).toString().toStdString() << " -> "
                << enumText(to).toString().toStdString();
        }
    }
}

TEST(Partnership, LifecycleRankOrdersTheMerge)
{
    using S = PartnershipStatus;
    const auto rank = &Partnership::lifecycleRank;
    EXPECT_LT(rank(S::Proposed), rank(S::Negotiating));
    EXPECT_LT(rank(S::Negotiating), rank(S::Signed));
    EXPECT_LT(rank(S::Signed), rank(S::Active));
    for (S end : {S::Completed, S::Terminated, S::Expired})
        EXPECT_LT(rank(S::Active), rank(end));
    // A permitted move never lowers the rank, so merging by rank never undoes a move.
    for (S from : enumValues<S>()) {
        for (S to : enumValues<S>()) {
            if (Partnership::canMove(from, to)) {
                EXPECT_LE(rank(from), rank(to)) << enumText(from).toString().toStdString() << " -> "
                                                << enumText(to).toString().toStdString();
            }
        }
    }
}

TEST(PartnershipContact, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::partnershipContact(newId(), newId(), newId())));
}

TEST(PartnershipContact, EachRuleBrokenAloneNamesItsField)
{
    using T = PartnershipContact;
    expectEachAlone<T>(sample::partnershipContact(newId(), newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no partnership", [](T &r) { r.partnershipId = {}; }, "partnership_id"},
            {"no person", [](T &r) { r.personId = {}; }, "person_id"},
            {"role of 101", [](T &r) { r.role = text(101); }, "role"},
        });
    expectEachAccepted<T>(sample::partnershipContact(newId(), newId(), newId()),
        {{"no role", [](T &r) { r.role.clear(); }}});
}

TEST(Attachment, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::attachment(newId(), newId())));
}

TEST(Attachment, EachRuleBrokenAloneNamesItsField)
{
    using T = Attachment;
    expectEachAlone<T>(sample::attachment(newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no partnership", [](T &r) { r.partnershipId = {}; }, "partnership_id"},
            {"no date", [](T &r) { r.addedOn = {}; }, "added_on"},
            {"no file name", [](T &r) { r.fileName.clear(); }, "file_name"},
            {"path with /", [](T &r) { r.fileName = QStringLiteral("../etc/passwd"); },
                "file_name"},
            {"path with \\", [](T &r) { r.fileName = QStringLiteral("C:\\Users\\a.pdf"); },
                "file_name"},
            {"file name of 256", [](T &r) { r.fileName = text(252) + QStringLiteral(".pdf"); },
                "file_name"},
            {"negative size", [](T &r) { r.size = -1; }, "size"},
            {"no checksum", [](T &r) { r.sha256.clear(); }, "sha256"},
            {"SHA-1 sized checksum", [](T &r) { r.sha256 = QByteArray(20, 'x'); }, "sha256"},
            {"hex text instead of bytes", [](T &r) { r.sha256 = QByteArray(64, 'a'); }, "sha256"},
            {"no type", [](T &r) { r.mimeType.clear(); }, "mime_type"},
            {"type without subtype", [](T &r) { r.mimeType = QStringLiteral("pdf"); }, "mime_type"},
            {"type with a space", [](T &r) { r.mimeType = QStringLiteral("application/ pdf"); },
                "mime_type"},
            {"type with two slashes",
                [](T &r) { r.mimeType = QStringLiteral("application/pdf/x"); }, "mime_type"},
            {"type of 256",
                [](T &r) { r.mimeType = QStringLiteral("application/") + QString(244, u'x'); },
                "mime_type"},
        });
}

TEST(Attachment, LimitsAreInclusive)
{
    using T = Attachment;
    expectEachAccepted<T>(sample::attachment(newId(), newId()),
        {
            {"empty file", [](T &r) { r.size = 0; }},
            {"file name of 255", [](T &r) { r.fileName = text(251) + QStringLiteral(".pdf"); }},
            {"office document",
                [](T &r) {
                    r.mimeType = QStringLiteral(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }},
        });
}
