// The optional `head` of a sync answer: sent when the server knows it, absent otherwise, and an
// answer without it still decodes (servers that do not send it yet).
#include "sync/SyncMessage.h"

#include <gtest/gtest.h>

using namespace ef;

namespace {

TEST(SyncResponseTest, TheHeadTravelsWhenGivenAndIsZeroWhenAbsent)
{
    SyncResponse r;
    r.serverTimeMs = 1'795'595'172'667;
    r.cursor = 40;
    r.more = true;
    r.head = 5000;
    auto decoded = SyncResponse::fromCbor(r.toCbor());
    ASSERT_TRUE(decoded) << decoded.error().toStdString();
    EXPECT_EQ(decoded->head, 5000);
    EXPECT_EQ(decoded->cursor, 40);
    EXPECT_TRUE(decoded->more);

    r.head = 0;
    const QByteArray withoutHead = r.toCbor();
    EXPECT_FALSE(withoutHead.contains("head"));
    decoded = SyncResponse::fromCbor(withoutHead);
    ASSERT_TRUE(decoded) << decoded.error().toStdString();
    EXPECT_EQ(decoded->head, 0);
}

} // namespace
