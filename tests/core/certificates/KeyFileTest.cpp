#include "certificates/KeyFile.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace ef;

namespace {

KeyFile::Info rootInfo()
{
    KeyFile::Info i;
    i.kind = KeyFile::Kind::Root;
    return i;
}

} // namespace

TEST(KeyFile, OpensWithTheRightPassphraseOnly)
{
    const SigningKey k = SigningKey::generate();
    const QJsonObject file = KeyFile::seal(k, rootInfo(), "correct horse", KeyFile::testCost());
    const auto opened = KeyFile::open(file, "correct horse");
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->publicKey(), k.publicKey());
    EXPECT_FALSE(KeyFile::open(file, "correct hors"));
    EXPECT_FALSE(KeyFile::open(file, ""));
}

// The secret seed is never in the file: neither raw nor in hex.
TEST(KeyFile, NeverHoldsTheSeedInTheClear)
{
    const SigningKey k = SigningKey::generate();
    const QByteArray text
        = QJsonDocument(KeyFile::seal(k, rootInfo(), "pass", KeyFile::testCost())).toJson();
    EXPECT_FALSE(text.contains(k.seed()));
    EXPECT_FALSE(text.contains(k.seed().toHex()));
}

// An attacker who edits the file: swaps the public key for theirs, raises the cost to exhaust
// the machine, or flips a byte of the ciphertext.
TEST(KeyFile, RefusesAnEditedFile)
{
    const SigningKey k = SigningKey::generate();
    const QJsonObject file = KeyFile::seal(k, rootInfo(), "pass", KeyFile::testCost());

    QJsonObject swapped = file;
    const SigningKey other = SigningKey::generate();
    swapped.insert(QStringLiteral("publicKey"), QString::fromLatin1(other.publicKey().toHex()));
    swapped.insert(QStringLiteral("kid"), QString::fromLatin1(other.keyId().toHex()));
    EXPECT_FALSE(KeyFile::open(swapped, "pass"));

    QJsonObject costly = file;
    QJsonObject kdf = costly.value(QStringLiteral("kdf")).toObject();
    kdf.insert(QStringLiteral("memLimit"), 1e15);
    costly.insert(QStringLiteral("kdf"), kdf);
    EXPECT_FALSE(KeyFile::open(costly, "pass"));

    QJsonObject flipped = file;
    QJsonObject cipher = flipped.value(QStringLiteral("cipher")).toObject();
    QString ct = cipher.value(QStringLiteral("ciphertext")).toString();
    ct[0] = ct[0] == u'0' ? u'1' : u'0';
    cipher.insert(QStringLiteral("ciphertext"), ct);
    flipped.insert(QStringLiteral("cipher"), cipher);
    EXPECT_FALSE(KeyFile::open(flipped, "pass"));

    EXPECT_FALSE(KeyFile::info(QJsonObject {{QStringLiteral("format"), QStringLiteral("x")}}));
}
