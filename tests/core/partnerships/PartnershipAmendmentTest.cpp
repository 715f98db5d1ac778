#include "partnerships/PartnershipAmendment.h"

#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

TEST(PartnershipAmendment, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::amendment(newId(), newId(), newId())));
}

TEST(PartnershipAmendment, EachRuleBrokenAloneNamesItsField)
{
    using T = PartnershipAmendment;
    expectEachAlone<T>(sample::amendment(newId(), newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no partnership", [](T &r) { r.partnershipId = {}; }, "partnership_id"},
            {"number 0", [](T &r) { r.number = 0; }, "number"},
            {"negative number", [](T &r) { r.number = -2; }, "number"},
            {"no date", [](T &r) { r.amendedOn = {}; }, "amended_on"},
            {"no summary", [](T &r) { r.summary = QStringLiteral("  \n"); }, "summary"},
            {"summary of 2001", [](T &r) { r.summary = text(2001); }, "summary"},
            {"no changes", [](T &r) { r.changes.clear(); }, "changes"},
            {"changes not JSON", [](T &r) { r.changes = QStringLiteral("{ends_on: 2029}"); },
                "changes"},
            {"changes an array", [](T &r) { r.changes = QStringLiteral(R"([["a", "b"]])"); },
                "changes"},
            {"changes an empty object", [](T &r) { r.changes = QStringLiteral("{}"); }, "changes"},
            {"a change without its old value",
                [](T &r) { r.changes = QStringLiteral(R"({"ends_on":["2029-02-28"]})"); },
                "changes"},
            {"a change that is not a pair",
                [](T &r) { r.changes = QStringLiteral(R"({"ends_on":"2029-02-28"})"); }, "changes"},
        });
}

TEST(PartnershipAmendment, LimitsAreInclusive)
{
    using T = PartnershipAmendment;
    expectEachAccepted<T>(sample::amendment(newId(), newId(), newId()),
        {
            {"summary of 2000", [](T &r) { r.summary = text(2000); }},
            {"no document", [](T &r) { r.attachmentId = {}; }},
            {"a term emptied",
                [](T &r) { r.changes = QStringLiteral(R"({"ends_on":["2028-02-28",null]})"); }},
            {"a high number", [](T &r) { r.number = 40; }},
        });
}
