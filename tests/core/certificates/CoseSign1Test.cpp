#include "certificates/CoseSign1.h"

#include "certificates/Cbor.h"
#include "certificates/Ed25519.h"
#include "certificates/SigningKey.h"

#include <QCborArray>
#include <QCborMap>
#include <gtest/gtest.h>

using namespace ef;

namespace {

SigningKey key(char fill)
{
    return SigningKey::fromSeed(QByteArray(32, fill));
}

} // namespace

// RFC 8032, section 7.1, test 1: the empty message.
TEST(Ed25519, SignsAsRfc8032)
{
    const SigningKey k = SigningKey::fromSeed(
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    EXPECT_EQ(k.publicKey().toHex(),
        QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    const QByteArray sig = k.sign({});
    EXPECT_EQ(sig.toHex(),
        QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                   "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    EXPECT_TRUE(Ed25519::verify(k.publicKey(), {}, sig));
    EXPECT_FALSE(Ed25519::verify(k.publicKey(), "x", sig));
}

TEST(CoseSign1, SignsAndVerifiesWithTheKeyNamedInItsHeader)
{
    const SigningKey k = key('a');
    const CoseSign1 m = CoseSign1::sign(Cbor::encode(QCborMap {{1, QStringLiteral("EKTU")}}), k);
    const auto back = CoseSign1::decode(m.encode());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->kid, k.keyId());
    EXPECT_TRUE(back->verify(k.publicKey()));
    EXPECT_FALSE(back->verify(key('b').publicKey()));
    // Tagged 18 and an array of four, as RFC 9052 writes it: D2 84 …
    EXPECT_EQ(m.encode().left(2).toHex(), QByteArray("d284"));
}

TEST(CoseSign1, EveryChangedByteFailsTheSignatureOrTheReading)
{
    const SigningKey k = key('a');
    const QByteArray good
        = CoseSign1::sign(Cbor::encode(QCborMap {{1, QStringLiteral("EF-EKTU-2026-000001")}}), k)
              .encode();
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x01);
        const auto m = CoseSign1::decode(bad);
        EXPECT_FALSE(m && m->verify(k.publicKey())) << "byte " << i;
    }
}

// What an attacker could hand a verifier instead of a COSE_Sign1.
TEST(CoseSign1, RefusesWhatIsNotAStrictSign1)
{
    const SigningKey k = key('a');
    const CoseSign1 m = CoseSign1::sign(QByteArray("\xa0", 1), k);
    QString why;
    // Bytes after the message.
    EXPECT_FALSE(CoseSign1::decode(m.encode() + QByteArray(1, 0), &why));
    // Another algorithm in the protected header (ES256 = -7).
    CoseSign1 other = m;
    other.protectedHeader = Cbor::encode(QCborMap {{1, -7}, {4, m.kid}});
    EXPECT_FALSE(CoseSign1::decode(other.encode(), &why));
    // A header repeated with another value.
    other.protectedHeader = QByteArray::fromHex("a3012704480102030405060708"
                                                "0127");
    EXPECT_FALSE(CoseSign1::decode(other.encode(), &why));
    // Headers in the unprotected map, which the signature does not cover.
    QCborArray a {m.protectedHeader, QCborMap {{4, QByteArray(8, 'x')}}, m.payload, m.signature};
    EXPECT_FALSE(CoseSign1::decode(Cbor::encode(QCborValue(QCborTag(18), a)), &why));
    // COSE_Mac0 (tag 17), a short signature, a bare map.
    a = QCborArray {m.protectedHeader, QCborMap {}, m.payload, m.signature};
    EXPECT_FALSE(CoseSign1::decode(Cbor::encode(QCborValue(QCborTag(17), a)), &why));
    a[3] = m.signature.left(63);
    EXPECT_FALSE(CoseSign1::decode(Cbor::encode(a), &why));
    EXPECT_FALSE(CoseSign1::decode(Cbor::encode(QCborMap {}), &why));
    EXPECT_FALSE(CoseSign1::decode(QByteArray(), &why));
}

TEST(Cbor, ReadsOneItemAndNothingElse)
{
    EXPECT_TRUE(Cbor::decode(QByteArray::fromHex("a10102")));
    EXPECT_FALSE(Cbor::decode(QByteArray::fromHex("a1010200"))); // trailing byte
    EXPECT_FALSE(Cbor::decode(QByteArray::fromHex("a2010201ff"))); // key 1 twice (and junk)
    EXPECT_FALSE(Cbor::decode(QByteArray::fromHex("a201020103"))); // key 1 twice
    EXPECT_FALSE(Cbor::decode(QByteArray::fromHex("a101"))); // cut short
    EXPECT_FALSE(Cbor::decode(QByteArray(20, '\x81') + '\x01')); // nested 20 deep
}

TEST(Cbor, WritesDatesAsDaysSince1970)
{
    EXPECT_EQ(Cbor::encode(Cbor::date(QDate(2026, 2, 27))).toHex(), QByteArray("d86419501f"));
    EXPECT_EQ(Cbor::toDate(Cbor::date(QDate(2026, 2, 27))), QDate(2026, 2, 27));
    EXPECT_FALSE(Cbor::toDate(QCborValue(20511)));
}
