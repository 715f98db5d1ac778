#include "store/Attachments.h"

#include "Samples.h"
#include "TempStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <gtest/gtest.h>

using namespace ef;

namespace {

Uuid makePartnership(test::TempStore &s)
{
    Institution company = test::sample::company(s.homeInstitution());
    EXPECT_TRUE(s->insert(company));
    Partnership p = test::sample::partnership(s.homeInstitution(), company.id);
    EXPECT_TRUE(s->insert(p));
    return p.id;
}

} // namespace

TEST(Attachments, StoredBytesComeBackVerified)
{
    test::TempStore s;
    const Uuid pid = makePartnership(s);
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(5000, 'x');
    auto a = Attachments::add(*s, pid, QStringLiteral("/home/user/Меморандум.pdf"), pdf);
    ASSERT_TRUE(a) << a.error().message.toStdString();
    EXPECT_EQ(a->fileName, QStringLiteral("Меморандум.pdf"));
    EXPECT_EQ(a->mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(a->size, pdf.size());
    EXPECT_EQ(a->sha256, QCryptographicHash::hash(pdf, QCryptographicHash::Sha256));
    auto back = Attachments::content(*s, *a);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, pdf);
    const auto list = Attachments::ofPartnership(*s, pid);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().id, a->id);
}

TEST(Attachments, SameContentIsKeptOnce)
{
    test::TempStore s;
    const Uuid pid = makePartnership(s);
    const QByteArray bytes("the same signed scan");
    ASSERT_TRUE(Attachments::add(*s, pid, QStringLiteral("a.pdf"), bytes));
    ASSERT_TRUE(Attachments::add(*s, pid, QStringLiteral("copy of a.pdf"), bytes));
    EXPECT_EQ(s->db().scalar(QStringLiteral("SELECT count(*) FROM blob_store")).toInt(), 1);
    EXPECT_EQ(Attachments::ofPartnership(*s, pid).size(), 2);
}

TEST(Attachments, DamagedContentIsNotReturned)
{
    test::TempStore s;
    const Uuid pid = makePartnership(s);
    auto a = Attachments::add(*s, pid, QStringLiteral("a.txt"), QByteArray("original"));
    ASSERT_TRUE(a);
    Statement u = s->db().prepare(QStringLiteral("UPDATE blob_store SET data = 'tampered'"));
    ASSERT_TRUE(u.exec());
    EXPECT_FALSE(Attachments::content(*s, *a));
}

TEST(Attachments, UnreadableFileIsAnErrorNamingTheFile)
{
    test::TempStore s;
    const Uuid pid = makePartnership(s);
    auto a = Attachments::addFile(*s, pid, s.dir() + QStringLiteral("/missing.pdf"));
    ASSERT_FALSE(a);
    EXPECT_TRUE(a.error().message.contains(QStringLiteral("missing.pdf")));
    EXPECT_EQ(s->count(QStringLiteral("attachment")), 0);
}

TEST(Attachments, UnknownPartnershipIsRefused)
{
    test::TempStore s;
    s.homeInstitution();
    auto a = Attachments::add(*s, s->newId(), QStringLiteral("a.txt"), QByteArray("x"));
    ASSERT_FALSE(a);
    EXPECT_EQ(a.error().kind, StoreError::Kind::NotFound);
    EXPECT_EQ(s->db().scalar(QStringLiteral("SELECT count(*) FROM blob_store")).toInt(), 0);
}

TEST(Attachments, FileFromDiskIsAdded)
{
    test::TempStore s;
    const Uuid pid = makePartnership(s);
    const QString path = s.dir() + QStringLiteral("/Договор №5.docx");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1000, 'd'));
    f.close();
    auto a = Attachments::addFile(*s, pid, path);
    ASSERT_TRUE(a) << a.error().message.toStdString();
    EXPECT_EQ(a->fileName, QStringLiteral("Договор №5.docx"));
    EXPECT_EQ(a->size, 1000);
}
