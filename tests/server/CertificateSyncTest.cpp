// Certificates between offices through a real edufusion-server: a certificate revoked at one
// office reads as revoked at another after a sync (through the register and through the signed
// revocation list alone), and two computers of an office that issue offline, each from its own
// certified block, never give one number twice, before or after they sync.
#include "Samples.h"
#include "ServerSuite.h"
#include "SyncOffice.h"
#include "certificates/Certificate.h"
#include "certificates/CertificateKeys.h"
#include "certificates/CertificateRegister.h"
#include "certificates/CertificateVerifier.h"
#include "institutions/Institution.h"
#include "records/RecordType.h"

#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

const QString University = QStringLiteral("Certificate Test University");

class CertificateSync : public ServerSuite<>
{
protected:
    static void SetUpTestSuite()
    {
        startServer({University}, {{QStringLiteral("coord"), QStringLiteral("coordinator")}});
    }

    // The consortium's root, and a key of the office certified for a block of numbers.
    SigningKey root = SigningKey::fromSeed(QByteArray(32, 'R'));
    struct Computer
    {
        std::unique_ptr<Office> office;
        SigningKey key;
        KeyCertificate certificate;
        CertificateRegister::Signer signer() const { return {&key, certificate}; }
        CertificateRegister reg() { return CertificateRegister(*office->store); }
    };

    std::unique_ptr<Computer> computer(int firstSerial, int lastSerial, char seed)
    {
        auto c = std::make_unique<Computer>();
        c->office = std::make_unique<Office>(server->url(), QStringLiteral("coord"));
        c->office->store.clock().setDateTime(QDateTime(QDate(2026, 2, 27), QTime(9, 0), Qt::UTC));
        const auto first = c->office->sync();
        EXPECT_TRUE(first) << first.message().toStdString();
        Store &s = *c->office->store;
        const Uuid home = Uuid::fromString(server->institutionId(University)).value_or(Uuid());
        EXPECT_TRUE(RecordType::setHomeInstitution(s, home));
        c->key = SigningKey::fromSeed(QByteArray(32, seed));
        KeyCertificate f;
        f.office = QStringLiteral("CTU");
        f.officeName = University;
        f.publicKey = c->key.publicKey();
        f.validFrom = QDate(2026, 1, 1);
        f.validUntil = QDate(2027, 12, 31);
        f.firstSerial = firstSerial;
        f.lastSerial = lastSerial;
        f.certifiedAt = 1'767'225'600;
        CertificateKeys keys(s);
        EXPECT_TRUE(keys.trustRoot(root.publicKey(), false)); // each computer, by hand
        const auto imported = keys.importKeyCertificate(KeyCertificate::certify(f, root).encoded);
        EXPECT_TRUE(imported) << imported.error().toStdString();
        if (imported)
            c->certificate = *imported;
        return c;
    }

    // The office's short name, a programme, its workshop and `n` participants who passed: made
    // at `a`, synced to the server.
    struct Course
    {
        Uuid event;
        QList<Uuid> people;
    };
    Course prepare(Computer &a, int n)
    {
        Store &s = *a.office->store;
        const Uuid home = RecordType::homeInstitution(s);
        Institution i = *s.get<Institution>(home);
        i.shortName = QStringLiteral("CTU");
        EXPECT_TRUE(s.update(i));
        TrainingProgramme p = sample::programme(home);
        p.minHours = 30;
        EXPECT_TRUE(s.insert(p));
        TrainingEvent e = sample::event(home, p.id);
        e.hostId = home;
        EXPECT_TRUE(s.insert(e));
        Course c {e.id, {}};
        const QStringList names {QStringLiteral("Жұмабекова"), QStringLiteral("Серікбаев"),
            QStringLiteral("Оспанова"), QStringLiteral("Ким")};
        for (int k = 0; k < n; ++k) {
            Person person = sample::person(home, names.value(k));
            EXPECT_TRUE(s.insert(person));
            Participation pa = sample::participation(home, e.id, person.id);
            EXPECT_TRUE(s.insert(pa));
            c.people << person.id;
        }
        const auto synced = a.office->sync();
        EXPECT_TRUE(synced) << synced.message().toStdString();
        return c;
    }

    static CertificateVerifier::Verdict verdict(Computer &c, const QString &seal, bool withRegister)
    {
        const TrustList trust = CertificateKeys(*c.office->store).trust();
        CertificateRegister reg(*c.office->store);
        CertificateVerifier::RegisterLookup lookup;
        if (withRegister)
            lookup = [&reg](const QString &n) { return reg.lookup(n); };
        return CertificateVerifier(trust, QDate(2026, 6, 1), lookup).verify(seal).verdict;
    }
};

#define EXPECT_SYNCS(c)                                                                            \
    do {                                                                                           \
        const auto outcome_ = (c).office->sync();                                                  \
        EXPECT_TRUE(outcome_) << outcome_.message().toStdString();                                 \
    } while (0)

} // namespace

TEST_F(CertificateSync, ARevocationAtOneOfficeReadsRevokedAtAnotherAfterASync)
{
    auto a = computer(1, 4999, 'a');
    auto b = computer(5000, 9999, 'b');
    const Course course = prepare(*a, 2);
    const auto issued
        = a->reg().issue(course.event, course.people, a->signer(), QDate(2026, 2, 27));
    ASSERT_TRUE(issued) << issued.error().toStdString();
    EXPECT_SYNCS(*a);
    EXPECT_SYNCS(*b);
    const auto atB = b->reg().findByNumber(issued->numbers.first());
    ASSERT_TRUE(atB) << "the certificate reached the other office";
    EXPECT_EQ(verdict(*b, atB->seal, true), CertificateVerifier::Verdict::Valid);

    const auto revoked = a->reg().revoke(
        atB->id, QStringLiteral("Issued to the wrong person."), a->signer(), QDate(2026, 3, 2));
    ASSERT_TRUE(revoked) << revoked.error().toStdString();
    EXPECT_SYNCS(*a);
    EXPECT_SYNCS(*b);
    EXPECT_EQ(b->reg().findByNumber(issued->numbers.first())->status, CertificateStatus::Revoked);
    EXPECT_EQ(verdict(*b, atB->seal, true), CertificateVerifier::Verdict::Revoked);
    // The signed list that came with the sync says so by itself, as in a verifier's file.
    EXPECT_EQ(verdict(*b, atB->seal, false), CertificateVerifier::Verdict::Revoked);
    EXPECT_EQ(b->office->store->db()
                  .scalar(QStringLiteral(
                      "SELECT count(*) FROM certificate_action WHERE action = 'revoked'"))
                  .toInt(),
        1);
    // The other certificate is untouched.
    const auto other = b->reg().findByNumber(issued->numbers.last());
    EXPECT_EQ(verdict(*b, other->seal, false), CertificateVerifier::Verdict::Valid);
}

TEST_F(CertificateSync, TwoComputersIssuingOfflineNeverGiveOneNumberTwice)
{
    // Blocks of their own: the suite's server still holds the other test's certificates.
    auto a = computer(10000, 14999, 'c');
    auto b = computer(15000, 19999, 'd');
    const Course course = prepare(*a, 4);
    EXPECT_SYNCS(*b);
    // Offline: each issues to half of the participants.
    const auto ra
        = a->reg().issue(course.event, course.people.mid(0, 2), a->signer(), QDate(2026, 2, 27));
    const auto rb
        = b->reg().issue(course.event, course.people.mid(2, 2), b->signer(), QDate(2026, 2, 27));
    ASSERT_TRUE(ra) << ra.error().toStdString();
    ASSERT_TRUE(rb) << rb.error().toStdString();
    EXPECT_SYNCS(*a);
    EXPECT_SYNCS(*b);
    EXPECT_SYNCS(*a);
    for (Computer *c : {a.get(), b.get()}) {
        Store &s = *c->office->store;
        Statement all = s.db().prepare(QStringLiteral(
            "SELECT count(*), count(DISTINCT number) FROM certificate WHERE event_id = ? "
            "AND deleted = 0"));
        all.bind(1, course.event);
        ASSERT_TRUE(all.next());
        EXPECT_EQ(all.integer(0), 4) << "both computers' certificates are everywhere";
        EXPECT_EQ(all.integer(1), 4) << "and no number is given twice";
    }
    // After the sync each goes on in its own block.
    const auto next = b->reg().nextNumber(b->certificate, 2026);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, QStringLiteral("EF-CTU-2026-015002"));
    EXPECT_EQ(*a->reg().nextNumber(a->certificate, 2026), QStringLiteral("EF-CTU-2026-010002"));
    for (const QString &n : ra->numbers + rb->numbers)
        EXPECT_EQ(
            verdict(*a, a->reg().findByNumber(n)->seal, true), CertificateVerifier::Verdict::Valid)
            << n.toStdString();
}
