// The sync message reader returns what is wrong, and where, instead of a half-read message:
// a malformed change names its index and field, a damaged stored value is an error, not null.
#include "sync/SyncMessage.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

WireChange change(qint64 hlc)
{
    WireChange c;
    c.table = QStringLiteral("person");
    c.row = Uuid::fromString(QStringLiteral("01a23ea6-a964-7644-a981-362c0a16df54")).value();
    c.field = QStringLiteral("email");
    c.value = QStringLiteral("a@example.kz");
    c.hlc = hlc;
    c.device = c.row;
    return c;
}

TEST(SyncMessageTest, ARequestWithAMalformedChangeNamesItsIndexAndField)
{
    SyncRequest q;
    q.device = change(1).device;
    q.push = 2;
    q.changes = {change(5), change(6)};
    ASSERT_TRUE(SyncRequest::fromCbor(q.toCbor()));

    QCborMap m = QCborValue::fromCbor(q.toCbor()).toMap();
    QCborArray changes = m.value(QStringLiteral("changes")).toArray();
    QCborMap second = changes.at(1).toMap();
    second.insert(QStringLiteral("r"), QByteArray("short"));
    changes[1] = second;
    m.insert(QStringLiteral("changes"), changes);
    const auto parsed = SyncRequest::fromCbor(m.toCborValue().toCbor());
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error(), u"changes[1].r: not a 16-byte id");
}

TEST(SyncMessageTest, TheFirstProblemOfAnAnswerIsTheOneReported)
{
    SyncResponse r;
    r.results = {PushResult {}, PushResult {}};
    QCborMap m = QCborValue::fromCbor(r.toCbor()).toMap();
    QCborArray results = m.value(QStringLiteral("results")).toArray();
    QCborMap first = results.at(0).toMap();
    first.insert(QStringLiteral("status"), QStringLiteral("maybe"));
    results[0] = first;
    m.insert(QStringLiteral("results"), results);
    m.insert(QStringLiteral("cursor"), QStringLiteral("not a number"));
    const auto parsed = SyncResponse::fromCbor(m.toCborValue().toCbor());
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error(), u"cursor: not an integer") << "the answer's own fields first";
    m.insert(QStringLiteral("cursor"), 7);
    const auto again = SyncResponse::fromCbor(m.toCborValue().toCbor());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error(), u"results[0].status: unknown: maybe");
}

TEST(SyncMessageTest, StoredValuesComeBackExactlyAndDamagedOnesAreErrors)
{
    for (const QVariant &v : {QVariant(), QVariant(qint64(42)), QVariant(2.5),
             QVariant(QStringLiteral("Өскемен")), QVariant(QByteArray("\x01\x02", 2))}) {
        const auto back = SyncValue::decode(SyncValue::encode(v));
        ASSERT_TRUE(back) << back.error().toStdString();
        EXPECT_EQ(*back, v);
    }
    EXPECT_FALSE(SyncValue::decode(QByteArray("\xff")));
    EXPECT_FALSE(SyncValue::decode(QCborValue(QCborArray {1, 2}).toCbor())) << "not a scalar";

    const QVariantMap record {{QStringLiteral("name_en"), QStringLiteral("KazNU")},
        {QStringLiteral("deleted"), qint64(0)}};
    const auto decoded = SyncValue::decodeRecord(SyncValue::encodeRecord(record));
    ASSERT_TRUE(decoded);
    EXPECT_EQ(*decoded, record);
    QCborMap numericKey;
    numericKey.insert(1, QStringLiteral("x"));
    EXPECT_FALSE(SyncValue::decodeRecord(numericKey.toCborValue().toCbor()));
    EXPECT_FALSE(SyncValue::decodeRecord(QCborValue(7).toCbor())) << "not a map";
}

} // namespace
} // namespace ef::test
