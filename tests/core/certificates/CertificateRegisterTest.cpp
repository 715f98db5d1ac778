#include "CertificateOffice.h"
#include "certificates/CertificateAction.h"
#include "certificates/CertificateEligibility.h"
#include "certificates/CertificateSeal.h"
#include "certificates/OpenBadge.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

QList<Uuid> eligible(CertificateOffice &o)
{
    const auto e = CertificateEligibility::of(*o.store, o.event.id);
    EXPECT_TRUE(e);
    QList<Uuid> out;
    for (const auto &r : e->rows)
        if (r.eligible)
            out << r.personId;
    return out;
}

CertificateVerifier::Verdict verdict(CertificateOffice &o, const QString &seal, bool withRegister)
{
    const TrustList trust = CertificateKeys(*o.store).trust();
    CertificateRegister reg(*o.store);
    CertificateVerifier::RegisterLookup lookup;
    if (withRegister)
        lookup = [&reg](const QString &n) { return reg.lookup(n); };
    return CertificateVerifier(trust, QDate(2026, 6, 1), lookup).verify(seal).verdict;
}

} // namespace

TEST(CertificateEligibility, SaysWhoIsEligibleAndWhyNot)
{
    CertificateOffice o;
    const auto e = CertificateEligibility::of(*o.store, o.event.id);
    ASSERT_TRUE(e) << e.error().toStdString();
    EXPECT_EQ(e->neededHours, 32);
    ASSERT_EQ(e->rows.size(), 5);
    EXPECT_EQ(e->eligibleCount(), 2);
    QHash<Uuid, CertificateEligibility::Row> byPerson;
    for (const auto &r : e->rows)
        byPerson.insert(r.personId, r);
    EXPECT_TRUE(byPerson[o.people[0].id].eligible);
    EXPECT_TRUE(byPerson[o.people[1].id].eligible);
    EXPECT_TRUE(byPerson[o.people[2].id].reasons.join(u' ').contains(u"24 of the 32 hours"));
    EXPECT_TRUE(byPerson[o.people[3].id].reasons.join(u' ').contains(u"No assessment"));
    EXPECT_TRUE(byPerson[o.people[4].id].reasons.join(u' ').contains(u"Did not pass"));

    // Once certified, a participant is not eligible again.
    ASSERT_TRUE(o.reg().issue(o.event.id, {o.people[0].id}, o.signer(), QDate(2026, 2, 27)));
    const auto again = CertificateEligibility::of(*o.store, o.event.id);
    EXPECT_EQ(again->eligibleCount(), 1);
}

TEST(CertificateRegister, IssuesSignedNumberedCertificatesToTheEligible)
{
    CertificateOffice o;
    const auto receipt = o.reg().issue(o.event.id, eligible(o), o.signer(), QDate(2026, 2, 27));
    ASSERT_TRUE(receipt) << receipt.error().toStdString();
    EXPECT_EQ(receipt->numbers,
        (QStringList {
            QStringLiteral("EF-EKTU-2026-000001"), QStringLiteral("EF-EKTU-2026-000002")}));
    // In name order: Оспанов, then Серікқызы.
    const auto c = o.reg().findByNumber(QStringLiteral("EF-EKTU-2026-000002"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->personId, o.people[0].id);
    EXPECT_EQ(c->validUntil, QDate(2029, 2, 27));
    EXPECT_EQ(c->templateId, CertificateTemplate::defaultId());
    EXPECT_EQ(verdict(o, c->seal, true), CertificateVerifier::Verdict::Valid);
    const auto opened = CertificateSeal::open(c->seal);
    EXPECT_EQ(opened.payload.holderLatin,
        (QStringList {QStringLiteral("Serikkyzy"), QStringLiteral("Aigerim")}));
    EXPECT_EQ(opened.payload.ects, 1.5);
    // The Open Badges credential is signed by the same key.
    const auto badge = OpenBadge::verify(c->badge, o.office.publicKey());
    ASSERT_TRUE(badge) << badge.error().toStdString();
    EXPECT_EQ(badge->value(QStringLiteral("jti")).toString(),
        QStringLiteral("urn:edufusion:certificate:EF-EKTU-2026-000002"));
    // Who and when.
    EXPECT_EQ(
        o.count(
            "SELECT count(*) FROM certificate_action WHERE action = 'issued' AND by_user <> ''"),
        2);
}

TEST(CertificateRegister, ReissueSupersedesWithItsReasonAndRevokeIsListed)
{
    CertificateOffice o;
    ASSERT_TRUE(o.reg().issue(o.event.id, eligible(o), o.signer(), QDate(2026, 2, 27)));
    const Certificate first = *o.reg().findByNumber(QStringLiteral("EF-EKTU-2026-000001"));
    EXPECT_FALSE(o.reg().reissue(first.id, QStringLiteral("  "), o.signer(), QDate(2026, 3, 2)));
    const auto re = o.reg().reissue(
        first.id, QStringLiteral("The holder's name was misspelt."), o.signer(), QDate(2026, 3, 2));
    ASSERT_TRUE(re) << re.error().toStdString();
    const Certificate old = *o.store->get<Certificate>(first.id);
    EXPECT_EQ(old.status, CertificateStatus::Superseded);
    EXPECT_EQ(old.supersedeReason, QStringLiteral("The holder's name was misspelt."));
    const Certificate fresh = *o.reg().findByNumber(QStringLiteral("EF-EKTU-2026-000003"));
    EXPECT_EQ(fresh.replacesId, first.id);
    EXPECT_EQ(CertificateSeal::open(fresh.seal).payload.replaces, first.number);
    // Superseded by the signed list alone, without the register.
    EXPECT_EQ(verdict(o, old.seal, false), CertificateVerifier::Verdict::Superseded);
    EXPECT_EQ(verdict(o, fresh.seal, false), CertificateVerifier::Verdict::Valid);

    const Certificate second = *o.reg().findByNumber(QStringLiteral("EF-EKTU-2026-000002"));
    ASSERT_TRUE(o.reg().revoke(
        second.id, QStringLiteral("Issued in error."), o.signer(), QDate(2026, 4, 1)));
    EXPECT_EQ(verdict(o, second.seal, false), CertificateVerifier::Verdict::Revoked);
    EXPECT_EQ(verdict(o, second.seal, true), CertificateVerifier::Verdict::Revoked);
    EXPECT_EQ(o.count("SELECT sequence FROM revocation_list"), 2);
    EXPECT_EQ(
        o.count("SELECT count(*) FROM certificate_action WHERE reason = 'Issued in error.'"), 1);
}

TEST(CertificateRegister, UndoesUntilSyncedAndNeverGivesANumberTwice)
{
    CertificateOffice o;
    auto issued = o.reg().issue(o.event.id, {o.people[0].id}, o.signer(), QDate(2026, 2, 27));
    ASSERT_TRUE(issued);
    ASSERT_TRUE(o.reg().undo(*issued, o.signer()));
    EXPECT_EQ(o.count("SELECT count(*) FROM certificate WHERE deleted = 0"), 0);
    // The undone number stays used.
    auto again = o.reg().issue(o.event.id, {o.people[0].id}, o.signer(), QDate(2026, 2, 27));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->numbers, QStringList {QStringLiteral("EF-EKTU-2026-000002")});

    const Certificate c = *o.reg().findByNumber(QStringLiteral("EF-EKTU-2026-000002"));
    auto revoked
        = o.reg().revoke(c.id, QStringLiteral("Wrong holder."), o.signer(), QDate(2026, 3, 1));
    ASSERT_TRUE(revoked);
    ASSERT_TRUE(o.reg().undo(*revoked, o.signer()));
    EXPECT_EQ(o.store->get<Certificate>(c.id)->status, CertificateStatus::Valid);
    EXPECT_EQ(verdict(o, c.seal, false), CertificateVerifier::Verdict::Valid);
    ASSERT_TRUE(o.reg().redo(*revoked, o.signer()));
    EXPECT_EQ(verdict(o, c.seal, false), CertificateVerifier::Verdict::Revoked);

    // Once the server has it, it stays.
    ASSERT_TRUE(o.store->setMeta(SyncEngine::ackedKey(), revoked->lastSeq));
    EXPECT_TRUE(o.reg().isSynced(*revoked));
    EXPECT_FALSE(o.reg().undo(*revoked, o.signer()));
    EXPECT_EQ(o.store->get<Certificate>(c.id)->status, CertificateStatus::Revoked);
}

TEST(CertificateRegister, AKeyNumbersOnlyFromItsBlock)
{
    CertificateOffice o(500, 501);
    const auto r = o.reg().issue(o.event.id, eligible(o), o.signer(), QDate(2026, 2, 27));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->numbers.first(), QStringLiteral("EF-EKTU-2026-000500"));
    const Certificate c = *o.reg().findByNumber(QStringLiteral("EF-EKTU-2026-000500"));
    const auto full = o.reg().reissue(c.id, QStringLiteral("Name"), o.signer(), QDate(2026, 3, 1));
    ASSERT_FALSE(full);
    EXPECT_TRUE(full.error().contains(u"used up")) << full.error().toStdString();
    EXPECT_EQ(o.count("SELECT count(*) FROM certificate"), 2); // nothing half-written
    // A new year starts the block again.
    const auto next = o.reg().nextNumber(o.keyCertificate, 2027);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, QStringLiteral("EF-EKTU-2027-000500"));
}

// Two computers of one office issuing offline: their keys' blocks keep the numbers apart.
TEST(CertificateRegister, TwoComputersOfAnOfficeNeverGiveTheSameNumber)
{
    CertificateOffice a(1, 4999, 'a');
    CertificateOffice b(5000, 9999, 'b');
    const auto ra = a.reg().issue(a.event.id, eligible(a), a.signer(), QDate(2026, 2, 27));
    const auto rb = b.reg().issue(b.event.id, eligible(b), b.signer(), QDate(2026, 2, 27));
    ASSERT_TRUE(ra && rb);
    for (const QString &n : ra->numbers)
        EXPECT_FALSE(rb->numbers.contains(n));
    EXPECT_EQ(rb->numbers.first(), QStringLiteral("EF-EKTU-2026-005000"));
}

TEST(CertificateRegister, ABrokenDesignIssuesNothing)
{
    CertificateOffice o;
    QTemporaryDir designs;
    QFile bad(designs.filePath(QStringLiteral("our-design.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "edufusion-certificate-template", "version": 1,
        "name": {"kk": "Біздің", "ru": "Наш", "en": "Ours"},
        "page": {"size": "A4", "orientation": "landscape"},
        "elements": [{"type": "qr", "x": 10, "y": 10, "size": 30},
                     {"type": "text", "x": 10, "y": 50, "w": 100, "h": 10, "text": "{rector}"}]})");
    bad.close();
    CertificateTemplate::setUserFolder(designs.path());
    o.programme.certificateTemplate = QStringLiteral("our-design");
    ASSERT_TRUE(o.store->update(o.programme));
    const auto r = o.reg().issue(o.event.id, eligible(o), o.signer(), QDate(2026, 2, 27));
    CertificateTemplate::setUserFolder({});
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().contains(u"our-design.json")) << r.error().toStdString();
    EXPECT_TRUE(r.error().contains(u"elements[1].text")) << r.error().toStdString();
    EXPECT_EQ(o.count("SELECT count(*) FROM certificate"), 0);
}

TEST(CertificateRegister, RefusesToSignForAnotherOfficeOrOutsideTheKeysDays)
{
    CertificateOffice o;
    EXPECT_FALSE(o.reg().issue(o.event.id, eligible(o), o.signer(), QDate(2028, 1, 10)));
    CertificateRegister::Signer other = o.signer();
    other.certificate.office = QStringLiteral("KAZNU");
    EXPECT_FALSE(o.reg().issue(o.event.id, eligible(o), other, QDate(2026, 2, 27)));
    EXPECT_EQ(o.count("SELECT count(*) FROM certificate"), 0);
}

TEST(CertificateKeys, TakesOnlyKeyCertificatesOfATrustedRoot)
{
    CertificateOffice o;
    CertificateKeys keys(*o.store);
    KeyCertificate f = o.consortium.cert;
    const SigningKey stranger = SigningKey::fromSeed(QByteArray(32, 's'));
    EXPECT_FALSE(keys.importKeyCertificate(KeyCertificate::certify(f, stranger).encoded));
    EXPECT_FALSE(keys.importKeyCertificate(QByteArray("not a certificate")));
    // The same certificate twice is kept once.
    EXPECT_TRUE(keys.importKeyCertificate(o.keyCertificate.encoded));
    EXPECT_EQ(o.count("SELECT count(*) FROM office_key"), 1);
}

TEST(CertificateKeys, SealsTheOfficeKeyWithAPassphrase)
{
    CertificateOffice o;
    CertificateKeys keys(*o.store);
    ASSERT_TRUE(keys.addSecret(o.office, QStringLiteral("EKTU"),
        CertificateKeys::Protection::Passphrase, "a long passphrase", KeyFile::testCost()));
    EXPECT_FALSE(keys.addSecret(o.office, QStringLiteral("EKTU"),
        CertificateKeys::Protection::Passphrase, "short", KeyFile::testCost()));
    EXPECT_FALSE(keys.unlock(o.office.keyId(), "wrong passphrase"));
    const auto k = keys.unlock(o.office.keyId(), "a long passphrase");
    ASSERT_TRUE(k);
    EXPECT_EQ(k->publicKey(), o.office.publicKey());
    EXPECT_EQ(keys.usable(QStringLiteral("EKTU"), QDate(2026, 2, 27)).size(), 1);
    EXPECT_EQ(keys.usable(QStringLiteral("EKTU"), QDate(2030, 1, 1)).size(), 0);
    // The seed is nowhere in the file in the clear.
    o.store.close();
    QFile f(o.store.path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_FALSE(bytes.contains(o.office.seed()));
    EXPECT_FALSE(bytes.contains(o.office.seed().toHex()));
}
