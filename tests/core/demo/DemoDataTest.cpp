#include "demo/DemoData.h"

#include "SqlHelpers.h"
#include "TempStore.h"
#include "certificates/Certificate.h"
#include "certificates/CertificateKeys.h"
#include "certificates/CertificateRegister.h"
#include "certificates/CertificateVerifier.h"
#include "reports/Dashboard.h"

#include <gtest/gtest.h>

using namespace ef;

TEST(DemoData, HoldsTheRealConsortiumAndEvents)
{
    test::TempStore s;
    auto r = DemoData::create(*s);
    ASSERT_TRUE(r) << r.error().message.toStdString() << " "
                   << (r.error().problems.isEmpty()
                              ? ""
                              : r.error().problems.first().field.toStdString());
    Database &db = s->db();
    EXPECT_EQ(test::number(db,
                  QStringLiteral("SELECT count(*) FROM institution WHERE short_name IN "
                                 "('IPP', 'UVigo', 'ENTER', 'KazNU', 'SU', 'KATRU', 'EKTU', 'BKU', "
                                 "'KazNARU', 'CAAEE', 'MSHE')")),
        11);
    EXPECT_EQ(
        test::column(db, QStringLiteral("SELECT code FROM project WHERE acronym = 'EduFusion'")),
        QStringList {QStringLiteral("101179805")});
    EXPECT_EQ(
        test::number(db, QStringLiteral("SELECT target FROM indicator WHERE code = 'TDSS-1'")),
        200);
    EXPECT_EQ(test::column(db,
                  QStringLiteral(
                      "SELECT starts_on FROM training_event WHERE kind = 'train_the_trainer'")),
        QStringList {QStringLiteral("2026-02-16")});
    EXPECT_EQ(test::number(db,
                  QStringLiteral("SELECT count(*) FROM training_event WHERE kind = 'study_tour'")),
        5);
    EXPECT_EQ(test::number(db,
                  QStringLiteral("SELECT count(*) FROM certificate WHERE status = 'revoked' "
                                 "AND revocation_reason IS NOT NULL")),
        1);
    EXPECT_EQ(test::number(db,
                  QStringLiteral("SELECT count(*) FROM certificate WHERE replaces_id IS NOT NULL")),
        1);
    EXPECT_EQ(test::column(db, QStringLiteral("PRAGMA foreign_key_check")).size(), 0);
    // Kazakh and Latin spellings find the same university.
    for (const char *typed : {"Серікбаев", "Serikbayev", "Шығыс Қазақстан"}) {
        bool found = false;
        for (const SearchHit &h : s->search(QString::fromUtf8(typed)))
            found |= h.table == u"institution" && h.title.contains(QStringLiteral("Serikbayev"));
        EXPECT_TRUE(found) << typed;
    }
}

TEST(DemoData, EveryRowIsValidAndTheDashboardHasFigures)
{
    test::TempStore s;
    ASSERT_TRUE(DemoData::create(*s));
    const DashboardCounts c = Dashboard::compute(*s, QDate(2026, 11, 25));
    EXPECT_GE(c.partnershipsActive, 4);
    EXPECT_GE(c.partnershipsRenewalsDue, 1);
    EXPECT_GE(c.educatorsCertified, 10);
    EXPECT_GE(c.coursesAccredited, 7);
    EXPECT_GT(c.enrollmentsThisSemester, c.enrollmentsPreviousSemester / 2);
    EXPECT_GT(c.enrollmentsThisSemesterFemale, 0);
}

TEST(DemoData, IsAllOrNothing)
{
    test::TempStore s;
    ASSERT_TRUE(DemoData::create(*s));
    const qint64 people = s->count(QStringLiteral("person"));
    // A second run is refused and leaves the first untouched.
    EXPECT_FALSE(DemoData::create(*s));
    EXPECT_EQ(s->count(QStringLiteral("person")), people);
}

// A newcomer can issue, print and verify at once: the demo file holds its own demo consortium
// (made when the file was, trusted by it alone, the office keys sealed) and certificates that
// verify as valid, revoked and superseded.
TEST(DemoData, ComesWithItsOwnDemoKeysAndCertificatesThatVerify)
{
    test::TempStore s, other;
    ASSERT_TRUE(DemoData::create(*s));
    ASSERT_TRUE(DemoData::create(*other));
    CertificateKeys keys(*s);
    ASSERT_EQ(keys.roots().size(), 1);
    EXPECT_TRUE(keys.roots().first().demo);
    EXPECT_NE(keys.roots().first().publicKey, CertificateKeys(*other).roots().first().publicKey)
        << "every demo file makes keys of its own";
    const auto secrets = keys.secrets();
    ASSERT_EQ(secrets.size(), 2);
    for (const CertificateKeys::Secret &k : secrets) {
        EXPECT_EQ(k.protection, CertificateKeys::Protection::Demo);
        EXPECT_FALSE(k.sealed.isEmpty()) << "sealed, not kept in the clear";
        EXPECT_TRUE(keys.unlock(k.kid, {}));
    }
    EXPECT_EQ(keys.usable(QStringLiteral("EKTU"), QDate(2026, 11, 25)).size(), 1);

    const TrustList trust = keys.trust();
    CertificateRegister reg(*s);
    auto verdict = [&](const char *number) {
        const auto c = reg.findByNumber(QString::fromLatin1(number));
        EXPECT_TRUE(c) << number;
        return c ? CertificateVerifier(trust, QDate(2026, 11, 25),
                   [&reg](const QString &n) {
                       return reg.lookup(n);
                   }).verify(c->seal)
                 : CertificateVerifier::Outcome();
    };
    const auto valid = verdict("EF-EKTU-2026-000001");
    EXPECT_EQ(valid.verdict, CertificateVerifier::Verdict::Valid);
    EXPECT_TRUE(valid.demo);
    EXPECT_EQ(verdict("EF-EKTU-2026-000003").verdict, CertificateVerifier::Verdict::Revoked);
    EXPECT_EQ(verdict("EF-EKTU-2026-000004").verdict, CertificateVerifier::Verdict::Superseded);
    EXPECT_EQ(verdict("EF-IPP-2017-000001").verdict, CertificateVerifier::Verdict::Valid);
    // Another demo file's certificate is of an unknown issuer here.
    const auto foreign
        = CertificateRegister(*other).findByNumber(QStringLiteral("EF-EKTU-2026-000001"));
    ASSERT_TRUE(foreign);
    EXPECT_EQ(CertificateVerifier(trust, QDate(2026, 11, 25)).verify(foreign->seal).verdict,
        CertificateVerifier::Verdict::UnknownIssuer);
}
