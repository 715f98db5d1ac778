// The command line's certificate work on a real data file: --verify's verdicts and exit codes
// (docs/certificates.md) for a PDF, the QR code's text, a typed number, a changed byte and a
// file that is not a certificate; --certificates-pdf for an event; --consortium-key's file
// verifying without the data file; and the key ceremony from root to a certified office key.
#include "certificates/CertificateCommand.h"

#include "CertificateOffice.h"
#include "certificates/Certificate.h"
#include "certificates/CertificateCheck.h"
#include "certificates/CertificateEligibility.h"
#include "certificates/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

struct CommandRun
{
    int code = -1;
    QString out;
    QString err;
};

// An office with two certificates: 000001 valid, 000002 revoked.
struct IssuedOffice : CertificateOffice
{
    IssuedOffice()
    {
        QList<Uuid> people;
        const auto eligibility = CertificateEligibility::of(*store, event.id);
        for (const auto &r : eligibility->rows)
            if (r.eligible)
                people << r.personId;
        EXPECT_TRUE(reg().issue(event.id, people, signer(), QDate(2026, 2, 27)));
        const auto second = reg().findByNumber(QStringLiteral("EF-EKTU-2026-000002"));
        EXPECT_TRUE(second);
        EXPECT_TRUE(reg().revoke(
            second->id, QStringLiteral("Issued in error."), signer(), QDate(2026, 3, 1)));
    }
    QString seal(const char *number)
    {
        return reg().findByNumber(QString::fromLatin1(number))->seal;
    }
    CertificateCommand::Args args()
    {
        CertificateCommand::Args a;
        a.store = store.path();
        a.today = QDate(2026, 6, 1);
        return a;
    }
};

template <class F> CommandRun run(F command, const CertificateCommand::Args &a)
{
    CommandRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = command(a, out, err);
    return r;
}

CommandRun verify(IssuedOffice &o, const QString &input)
{
    CertificateCommand::Args a = o.args();
    a.input = input;
    return run(&CertificateCommand::verify, a);
}

} // namespace

TEST(CertificateCommand, VerifyExitsWithTheVerdictsCode)
{
    IssuedOffice o;
    const CommandRun valid = verify(o, o.seal("EF-EKTU-2026-000001"));
    EXPECT_EQ(valid.code, 0) << valid.out.toStdString() << valid.err.toStdString();
    EXPECT_TRUE(valid.out.startsWith(u"valid\n"));
    EXPECT_TRUE(valid.out.contains(u"Оспанов Нұрлан")) << valid.out.toStdString();

    EXPECT_EQ(verify(o, o.seal("EF-EKTU-2026-000002")).code, 11); // revoked
    EXPECT_EQ(verify(o, QStringLiteral("ef-ektu-2026-000002")).code, 11); // typed, any case
    EXPECT_EQ(verify(o, QStringLiteral("EF-EKTU-2026-000001")).code, 0);
    const CommandRun unknown = verify(o, QStringLiteral("EF-EKTU-2026-000777"));
    EXPECT_EQ(unknown.code, CertificateCheck::UnknownNumberExit);
    EXPECT_TRUE(unknown.out.startsWith(u"unknown-number\n"));

    // One character of the QR code's text changed: it no longer verifies.
    QString changed = o.seal("EF-EKTU-2026-000001");
    const qsizetype at = changed.size() / 2;
    changed[at] = changed[at] == u'A' ? u'B' : u'A';
    const CommandRun tampered = verify(o, changed);
    EXPECT_EQ(tampered.code, 10) << tampered.out.toStdString();

    // A picture without a QR code is no certificate, and says so.
    QTemporaryDir tmp;
    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString png = tmp.filePath(QStringLiteral("blank.png"));
    ASSERT_TRUE(blank.save(png));
    const CommandRun none = verify(o, png);
    EXPECT_EQ(none.code, 15);
    EXPECT_TRUE(none.out.startsWith(u"not-a-certificate\n")) << none.out.toStdString();
    EXPECT_FALSE(none.err.isEmpty());
    EXPECT_EQ(verify(o, tmp.filePath(QStringLiteral("missing.pdf"))).code, 15);
    EXPECT_EQ(verify(o, QString()).code, CertificateCommand::Failed);
}

TEST(CertificateCommand, WritesAnEventsPdfsThatVerifyWithTheConsortiumKeyFileAlone)
{
    IssuedOffice o;
    QTemporaryDir tmp;
    CertificateCommand::Args a = o.args();
    a.eventId = o.event.id.toString();
    a.outDir = tmp.filePath(QStringLiteral("out"));
    const CommandRun pdf = run(&CertificateCommand::certificatesPdf, a);
    ASSERT_EQ(pdf.code, 0) << pdf.err.toStdString();
    // The valid certificate only, with its Open Badges credential beside it.
    const QDir out(a.outDir);
    EXPECT_EQ(out.entryList({QStringLiteral("*.pdf")}),
        QStringList {QStringLiteral("EF-EKTU-2026-000001.pdf")});
    QFile jwt(out.filePath(QStringLiteral("EF-EKTU-2026-000001.jwt")));
    ASSERT_TRUE(jwt.open(QIODevice::ReadOnly));
    EXPECT_EQ(jwt.readAll().count('.'), 2); // header.payload.signature

    CertificateCommand::Args k = o.args();
    k.outDir = tmp.filePath(QStringLiteral("consortium.json"));
    const CommandRun key = run(&CertificateCommand::consortiumKey, k);
    ASSERT_EQ(key.code, 0) << key.err.toStdString();

    // A verifier without the data file: the PDF, and the revoked one by the signed list.
    CertificateCommand::Args v;
    v.trustFile = k.outDir;
    v.today = QDate(2026, 6, 1);
    v.input = out.filePath(QStringLiteral("EF-EKTU-2026-000001.pdf"));
    const CommandRun fromPdf = run(&CertificateCommand::verify, v);
    EXPECT_EQ(fromPdf.code, 0) << fromPdf.out.toStdString() << fromPdf.err.toStdString();
    v.input = o.seal("EF-EKTU-2026-000002");
    EXPECT_EQ(run(&CertificateCommand::verify, v).code, 11);
    // A typed number needs a register.
    v.input = QStringLiteral("EF-EKTU-2026-000001");
    EXPECT_EQ(run(&CertificateCommand::verify, v).code, 15);

    a.eventId = QStringLiteral("not-an-id");
    EXPECT_EQ(run(&CertificateCommand::certificatesPdf, a).code, CertificateCommand::Failed);
}

TEST(CertificateCommand, TheKeyCeremonyCertifiesAnOfficeKeyThatThenSigns)
{
    TempStore office;
    ASSERT_TRUE(RecordType::setHomeInstitution(*office, office.homeInstitution()));
    QTemporaryDir tmp;
    CertificateCommand::Args a;
    a.store = office.path();
    a.today = QDate(2026, 1, 10);
    a.passphrase = QStringLiteral("a long root passphrase");
    a.keyFile = tmp.filePath(QStringLiteral("root.json"));
    a.action = QStringLiteral("create-root");
    CommandRun r = run(&CertificateCommand::keyCeremony, a);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // A second root never overwrites the first.
    QFile root(a.keyFile);
    ASSERT_TRUE(root.open(QIODevice::ReadOnly));
    const auto rootInfo = KeyFile::info(QJsonDocument::fromJson(root.readAll()).object());
    ASSERT_TRUE(rootInfo);
    EXPECT_EQ(run(&CertificateCommand::keyCeremony, a).code, CertificateCommand::Failed);

    // The root must be trusted before a key it certifies is taken in.
    CertificateCommand::Args t = a;
    t.action = QStringLiteral("create-office");
    t.office = QStringLiteral("EKTU");
    t.passphrase = QStringLiteral("an office passphrase");
    t.request = tmp.filePath(QStringLiteral("ektu-request.json"));
    r = run(&CertificateCommand::keyCeremony, t);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    CertificateCommand::Args c = a;
    c.action = QStringLiteral("certify");
    c.request = t.request;
    c.certificate = tmp.filePath(QStringLiteral("ektu-certificate.json"));
    c.blockSize = 500;
    r = run(&CertificateCommand::keyCeremony, c);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"1 to 500")) << r.out.toStdString();
    // The same key is not certified twice; a wrong passphrase opens nothing.
    EXPECT_EQ(run(&CertificateCommand::keyCeremony, c).code, CertificateCommand::Failed);
    CertificateCommand::Args wrong = c;
    wrong.passphrase = QStringLiteral("not the passphrase");
    EXPECT_EQ(run(&CertificateCommand::keyCeremony, wrong).code, CertificateCommand::Failed);

    CertificateCommand::Args i = a;
    i.action = QStringLiteral("import");
    i.certificate = c.certificate;
    EXPECT_EQ(run(&CertificateCommand::keyCeremony, i).code, CertificateCommand::Failed)
        << "imported before its root is trusted";
    ASSERT_TRUE(CertificateKeys(*office).trustRoot(rootInfo->publicKey, false));
    r = run(&CertificateCommand::keyCeremony, i);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    CertificateCommand::Args l = a;
    l.action = QStringLiteral("list");
    r = run(&CertificateCommand::keyCeremony, l); // the root's ledger
    EXPECT_TRUE(r.out.contains(u"1–500")) << r.out.toStdString();
    l.keyFile.clear(); // the data file's keys
    r = run(&CertificateCommand::keyCeremony, l);
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(u"EKTU")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"on this computer")) << r.out.toStdString();
    const QList<CertificateKeys::Usable> usable
        = CertificateKeys(*office).usable(QStringLiteral("EKTU"), QDate(2026, 2, 1));
    ASSERT_EQ(usable.size(), 1);
    EXPECT_EQ(usable.first().certificate.lastSerial, 500);
    EXPECT_TRUE(CertificateKeys(*office).unlock(
        usable.first().secret.kid, QByteArrayLiteral("an office passphrase")));

    CertificateCommand::Args bad = a;
    bad.action = QStringLiteral("steal");
    EXPECT_EQ(run(&CertificateCommand::keyCeremony, bad).code, CertificateCommand::Failed);
}
