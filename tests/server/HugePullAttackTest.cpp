// Attack: records as large as their fields allow, many of them, so that one pull page would
// outgrow what a client decodes (and the server's memory). A page stops at its byte budget,
// however many changes the client asked for, and paging on brings every record.
#include "AttackSuite.h"
#include "SyncService.h"
#include "courses/Course.h"
#include "sync/SyncEngine.h"

using namespace ef;
using namespace ef::test;

namespace {

class HugePull : public AttackSuite
{
};

TEST_F(HugePull, APullPageStaysWithinItsBytesHoweverLargeTheRecords)
{
    Office coord(server->url(), QStringLiteral("coord"));
    EXPECT_SYNCS(coord);
    constexpr int n = 1000; // 1,000 courses of 10,000 characters of learning outcomes: 10 MB
    auto made = coord.store->transact([&]() -> Result<void, StoreError> {
        for (int i = 0; i < n; ++i) {
            Course c = sample::course(victimInstitution(), attackerInstitution());
            c.code = QStringLiteral("BIG-%1").arg(i);
            c.learningOutcomes = QString(10'000, QChar(u'a' + i % 26));
            if (auto r = coord.store->insert(c); !r)
                return r;
        }
        return {};
    });
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_SYNCS(coord);

    Office reader(server->url(), QStringLiteral("victim"));
    EXPECT_SYNCS(reader);
    SyncRequest pull = pullRequest(reader);
    pull.limit = SyncProtocol::MaxChangesPerPull;
    const Http page = postSync(server->url(), reader.run.token(), pull);
    ASSERT_EQ(page.status, 200) << page.body.toStdString();
    EXPECT_LE(page.body.size(), SyncService::PullPageBytes + 512 * 1024)
        << "one page, uncompressed, within its budget";
    EXPECT_LT(page.body.size(), SyncProtocol::MaxDecodedBytes);
    const auto answer = SyncResponse::fromCbor(page.body);
    ASSERT_TRUE(answer);
    EXPECT_TRUE(answer->more);
    EXPECT_LT(answer->changes.size(), n);
    EXPECT_GT(answer->changes.size(), 0);
    EXPECT_EQ(reader.store->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM course WHERE code LIKE 'BIG-%'"))
                  .toInt(),
        n)
        << "the office's own sync paged through every one";
}

} // namespace
