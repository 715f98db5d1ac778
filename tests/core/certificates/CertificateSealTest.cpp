#include "certificates/CertificateSeal.h"

#include "TestConsortium.h"
#include "certificates/Base45.h"
#include "certificates/CertificateVerifier.h"
#include "certificates/KeyCertificate.h"
#include "certificates/SigningKey.h"
#include "certificates/Zlib.h"

#include <gtest/gtest.h>

using namespace ef;

namespace {

using Consortium = ef::test::TestConsortium;

CertificatePayload sample()
{
    return Consortium::samplePayload();
}

} // namespace

TEST(CertificateSeal, RoundTripsThePayload)
{
    Consortium c;
    const QString text = CertificateSeal::seal(sample(), c.office);
    EXPECT_TRUE(text.startsWith(u"EF1:"));
    const CertificateSeal::Opened o = CertificateSeal::open(text);
    ASSERT_EQ(o.stage, CertificateSeal::Stage::Ok) << o.why.toStdString();
    EXPECT_EQ(o.payload, sample());
}

// The QR code must read at 30 mm: a long Kazakh name and title still fit 400 characters of the
// alphanumeric alphabet, leaving out what the printed page shows anyway; a name too long for
// any QR code is refused rather than cut.
TEST(CertificateSeal, StaysWithinTheQrBudget)
{
    Consortium c;
    CertificatePayload p = sample();
    p.holder = {QStringLiteral("Құрманғазықызы"), QStringLiteral("Гүлнұр-Әйгерім"),
        QStringLiteral("Төлеубайқызы")};
    p.holderLatin = {QStringLiteral("Kurmangazykyzy"), QStringLiteral("Gulnur-Aigerim")};
    p.programmeTitle = QStringLiteral("Инженерлік педагогика және педагогикалық психология");
    p.replaces = QStringLiteral("EF-EKTU-2026-000122");
    EXPECT_GT(CertificateSeal::seal(p, c.office).size(), CertificateSeal::MaxTextLength);
    CertificatePayload used;
    const QString text = CertificateSeal::sealWithinBudget(p, c.office, &used);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_LE(text.size(), CertificateSeal::MaxTextLength);
    EXPECT_EQ(used.holderLatin, p.holderLatin);
    EXPECT_EQ(CertificateSeal::open(text).payload, used);
    // The usual certificate keeps every field.
    EXPECT_LE(CertificateSeal::seal(sample(), c.office).size(), CertificateSeal::MaxTextLength)
        << CertificateSeal::seal(sample(), c.office).size();
    for (QChar ch : text)
        EXPECT_TRUE(ch == u':' || Base45::alphabet().contains(ch));

    QString longName;
    for (int i = 0; i < 70; ++i)
        longName += QChar(u'А' + (i * i * 7 + i / 3) % 31);
    p.holder = {longName, longName.left(20)};
    EXPECT_TRUE(CertificateSeal::sealWithinBudget(p, c.office).isEmpty());
}

TEST(CertificateVerifier, AValidCertificateReadsValid)
{
    Consortium c;
    const CertificateVerifier v(c.trust, QDate(2026, 6, 1));
    const auto o = v.verify(CertificateSeal::seal(sample(), c.office));
    EXPECT_EQ(o.verdict, CertificateVerifier::Verdict::Valid) << o.detail.toStdString();
    EXPECT_EQ(o.payload.holderName(true), QStringLiteral("Serikkyzy Aigerim"));
    EXPECT_FALSE(o.demo);
}

// A changed byte anywhere in what the QR code carries never reads as valid.
TEST(CertificateVerifier, AChangedByteInThePayloadFails)
{
    Consortium c;
    const CertificateVerifier v(c.trust, QDate(2026, 6, 1));
    const QString text = CertificateSeal::seal(sample(), c.office);
    const QByteArray packed = *Base45::decode(QStringView(text).mid(4));
    const QByteArray cose = *Zlib::decompress(packed, 4096);
    int tampered = 0;
    for (qsizetype i = 0; i < cose.size(); ++i) {
        QByteArray bad = cose;
        bad[i] = char(bad[i] ^ 0x20);
        const auto o = v.verify(QStringLiteral("EF1:") + Base45::encode(Zlib::compress(bad)));
        EXPECT_NE(o.verdict, CertificateVerifier::Verdict::Valid) << "byte " << i;
        tampered += o.verdict == CertificateVerifier::Verdict::Tampered;
    }
    EXPECT_GT(tampered, cose.size() / 2);
    // And in the text itself.
    QString bad = text;
    bad[40] = bad[40] == u'A' ? u'B' : u'A';
    EXPECT_EQ(v.verify(bad).verdict, CertificateVerifier::Verdict::Tampered);
}

TEST(CertificateVerifier, SaysRevokedSupersededExpiredAndUnknown)
{
    Consortium c;
    const QString text = CertificateSeal::seal(sample(), c.office);
    using V = CertificateVerifier::Verdict;
    EXPECT_EQ(CertificateVerifier(c.trust, QDate(2029, 2, 28)).verify(text).verdict, V::Expired);

    CertificateVerifier::RegisterLookup revoked = [](const QString &n) {
        return n == u"EF-EKTU-2026-000123" ? std::optional(CertificateVerifier::RegisterState {
                   CertificateVerifier::RegisterState::Status::Revoked, QDate(2026, 4, 2), {}})
                                           : std::nullopt;
    };
    const auto r = CertificateVerifier(c.trust, QDate(2026, 6, 1), revoked).verify(text);
    EXPECT_EQ(r.verdict, V::Revoked);
    EXPECT_EQ(r.revokedOn, QDate(2026, 4, 2));

    RevocationList list;
    list.office = QStringLiteral("EKTU");
    list.sequence = 1;
    list.entries.append({QStringLiteral("EF-EKTU-2026-000123"), RevocationList::State::Superseded,
        QDate(2026, 3, 1), QStringLiteral("EF-EKTU-2026-000200")});
    TrustList withList = c.trust;
    ASSERT_TRUE(withList.addRevocationList(RevocationList::sign(list, c.office).encoded));
    const auto s = CertificateVerifier(withList, QDate(2026, 6, 1)).verify(text);
    EXPECT_EQ(s.verdict, V::Superseded);
    EXPECT_EQ(s.replacedBy, QStringLiteral("EF-EKTU-2026-000200"));

    // A list signed by a key no root certified is not taken.
    TrustList forged = c.trust;
    EXPECT_FALSE(forged.addRevocationList(
        RevocationList::sign(list, SigningKey::fromSeed(QByteArray(32, 'x'))).encoded));

    TrustList nobody;
    EXPECT_EQ(
        CertificateVerifier(nobody, QDate(2026, 6, 1)).verify(text).verdict, V::UnknownIssuer);
    EXPECT_EQ(CertificateVerifier(c.trust, QDate(2026, 6, 1)).verify(u"https://example.kz").verdict,
        V::NotCertificate);
}

// A certified key signs only its own office's numbers, in its block, within its validity.
TEST(CertificateVerifier, AKeyMayNotSignOutsideItsCertificate)
{
    Consortium c;
    const CertificateVerifier v(c.trust, QDate(2026, 6, 1));
    using V = CertificateVerifier::Verdict;
    CertificatePayload p = sample();
    p.number = QStringLiteral("EF-KAZNU-2026-000123");
    p.issuer = QStringLiteral("KAZNU");
    EXPECT_EQ(v.verify(CertificateSeal::seal(p, c.office)).verdict, V::UnknownIssuer);
    p = sample();
    p.number = QStringLiteral("EF-EKTU-2026-010000");
    EXPECT_EQ(v.verify(CertificateSeal::seal(p, c.office)).verdict, V::UnknownIssuer);
    p = sample();
    p.issuedOn = QDate(2028, 1, 5);
    p.number = QStringLiteral("EF-EKTU-2028-000123");
    p.validUntil = {};
    EXPECT_EQ(v.verify(CertificateSeal::seal(p, c.office)).verdict, V::UnknownIssuer);

    // Retired: certified again to end on 1 March 2026; certificates signed before stay valid.
    KeyCertificate retire = c.cert;
    retire.validUntil = QDate(2026, 3, 1);
    retire.certifiedAt += 1000;
    TrustList t = c.trust;
    ASSERT_TRUE(t.addKeyCertificate(KeyCertificate::certify(retire, c.root).encoded));
    EXPECT_EQ(CertificateVerifier(t, QDate(2026, 6, 1))
                  .verify(CertificateSeal::seal(sample(), c.office))
                  .verdict,
        V::Valid);
    p = sample();
    p.issuedOn = QDate(2026, 3, 2);
    EXPECT_EQ(CertificateVerifier(t, QDate(2026, 6, 1))
                  .verify(CertificateSeal::seal(p, c.office))
                  .verdict,
        V::UnknownIssuer);
}

TEST(KeyCertificate, OnlyTheRootsSignatureIsTaken)
{
    Consortium c;
    KeyCertificate f = c.cert;
    const KeyCertificate bySomeoneElse
        = KeyCertificate::certify(f, SigningKey::fromSeed(QByteArray(32, 'e')));
    TrustList t;
    t.addRoot(c.root.publicKey(), false);
    QString why;
    EXPECT_FALSE(t.addKeyCertificate(bySomeoneElse.encoded, &why));
    QByteArray bad = c.cert.encoded;
    bad[bad.size() - 70] = char(bad[bad.size() - 70] ^ 1);
    EXPECT_FALSE(t.addKeyCertificate(bad, &why));
    EXPECT_TRUE(t.addKeyCertificate(c.cert.encoded, &why));
}

TEST(TrustList, TheConsortiumKeyFileRoundTrips)
{
    Consortium c;
    const auto back = TrustList::fromJson(c.trust.toJson());
    ASSERT_TRUE(back);
    ASSERT_EQ(back->keys().size(), 1);
    EXPECT_EQ(back->keys().first().office, QStringLiteral("EKTU"));
    EXPECT_FALSE(TrustList::fromJson("{\"format\": \"edufusion-trust\"}"));
    EXPECT_FALSE(TrustList::fromJson("not json"));
}
