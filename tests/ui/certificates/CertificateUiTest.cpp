// The certificate screens on the demo data: the Verify page's verdicts for typed numbers, the
// QR code's text and a PDF; the batch issue's preview and its undo; revoke and reissue with a
// reason; PDF export as a Task; and every design's preview, its QR code read back.
#include "certificates/CertificateUi.h"

#include "GuiTestBase.h"
#include "certificates/Certificate.h"
#include "certificates/CertificateActionDialog.h"
#include "certificates/CertificateOutputDialog.h"
#include "certificates/CertificateRegister.h"
#include "certificates/CertificateSeal.h"
#include "certificates/CertificateTemplate.h"
#include "certificates/EligibilityModel.h"
#include "certificates/IssueCertificatesDialog.h"
#include "certificates/QrReader.h"
#include "certificates/TemplatePreviewDialog.h"
#include "certificates/VerifyPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

namespace ef::test {
namespace {

class CertificateUiTest : public GuiTestBase
{
protected:
    std::optional<Certificate> byNumber(const char *n)
    {
        return CertificateRegister(*store).findByNumber(QString::fromLatin1(n));
    }
    QString verdictOf(const QString &input)
    {
        VerifyPage *page = window->certificates().verifyPage();
        page->inputField()->setPlainText(input);
        page->verifyInput();
        return page->verdictLabel()->text();
    }
    QString shownValues()
    {
        VerifyPage *page = window->certificates().verifyPage();
        QStringList out;
        for (int i = 0; i < page->shownRows(); ++i)
            out << page->shown(i);
        return out.join(u'\n');
    }
};

TEST_F(CertificateUiTest, TheVerifyPageTellsEachVerdictWithTheHoldersData)
{
    window->showModule(QStringLiteral("verify"));
    EXPECT_EQ(window->currentModule(), QStringLiteral("verify"));
    // The demo's workshop: 000001 valid, 000003 revoked, 000004 replaced by a reissue.
    EXPECT_EQ(verdictOf(QStringLiteral("EF-EKTU-2026-000001")), QStringLiteral("Valid"));
    EXPECT_TRUE(shownValues().contains(u"EF-EKTU-2026-000001")) << shownValues().toStdString();
    EXPECT_TRUE(shownValues().contains(u"demo key")) << shownValues().toStdString();
    EXPECT_EQ(verdictOf(QStringLiteral("EF-EKTU-2026-000003")), QStringLiteral("Revoked"));
    EXPECT_EQ(verdictOf(QStringLiteral("ef-ektu-2026-000004")), QStringLiteral("Superseded"));
    EXPECT_TRUE(
        shownValues().contains(u"Replaced by") || shownValues().contains(u"EF-EKTU-2026-0000"));
    EXPECT_EQ(verdictOf(QStringLiteral("EF-EKTU-2026-009999")), QStringLiteral("Unknown number"));
    EXPECT_EQ(verdictOf(QStringLiteral("hello")), QStringLiteral("Not a certificate"));
    EXPECT_EQ(window->certificates().verifyPage()->shownRows(), 0) << "no data for no certificate";

    // The QR code's text pasted, and the same text with one character changed.
    const QString seal = byNumber("EF-EKTU-2026-000001")->seal;
    EXPECT_EQ(verdictOf(seal), QStringLiteral("Valid"));
    QString changed = seal;
    changed[20] = changed[20] == u'7' ? u'8' : u'7';
    EXPECT_EQ(verdictOf(changed), QStringLiteral("Tampered"));
}

TEST_F(CertificateUiTest, ExportsAPdfAsATaskThatTheVerifyPageReadsBack)
{
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(QStringLiteral("all.pdf"));
    const Certificate c = *byNumber("EF-EKTU-2026-000001");
    CertificateOutputDialog out(*store, {c.id}, window.get());
    out.setOutput(CertificateBatchTask::Output::Combined, pdf);
    EXPECT_EQ(out.run(), QDialog::Accepted) << out.failure().toStdString();
    ASSERT_TRUE(QFileInfo::exists(pdf));
    VerifyPage *page = window->certificates().verifyPage();
    page->verifyFile(pdf);
    EXPECT_EQ(page->verdictLabel()->text(), QStringLiteral("Valid"))
        << page->explanationLabel()->text().toStdString();
}

TEST_F(CertificateUiTest, IssuesToTheEligibleOfAnEventAsOneUndoableAction)
{
    const Uuid event = byNumber("EF-EKTU-2026-000001")->eventId;
    IssueCertificatesDialog dialog(window->editing(), window->certificates().signers(), event);
    QAbstractItemModelTester tester(dialog.model());
    EligibilityModel *m = dialog.model();
    ASSERT_GT(m->rowCount(), 3);
    // The demo left one eligible participant for the newcomer to certify, and the holder of the
    // revoked certificate may be certified again; the others hold certificates already or fell
    // short, and say why.
    EXPECT_EQ(m->eligibleCount(), 2);
    int explained = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        if (!m->data(m->index(r, EligibilityModel::Verdict)).toString().startsWith(u"Eligible"))
            ++explained;
    EXPECT_EQ(explained, m->rowCount() - 2);
    EXPECT_TRUE(dialog.passphraseField()->isHidden()) << "a demo key needs no passphrase";
    ASSERT_TRUE(dialog.issueButton()->isEnabled());

    // Everybody unticked: nobody to issue to.
    QModelIndexList checkable;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->flags(m->index(r, 0)) & Qt::ItemIsUserCheckable)
            checkable << m->index(r, 0);
    ASSERT_EQ(checkable.size(), 2);
    for (const QModelIndex &i : checkable)
        m->setData(i, Qt::Unchecked, Qt::CheckStateRole);
    EXPECT_FALSE(dialog.issueButton()->isEnabled());
    for (const QModelIndex &i : checkable)
        m->setData(i, Qt::Checked, Qt::CheckStateRole);

    const QStringList numbers = dialog.issueChosen();
    ASSERT_EQ(numbers.size(), 2) << Dialogs::takeWarnings().join(u' ').toStdString();
    EXPECT_TRUE(byNumber(numbers.first().toLatin1().constData()));
    EXPECT_EQ(dialog.model()->eligibleCount(), 0) << "the preview is read again";
    window->undoStack().undo();
    EXPECT_FALSE(byNumber(numbers.first().toLatin1().constData()));
    window->undoStack().redo();
    EXPECT_TRUE(byNumber(numbers.first().toLatin1().constData()));
}

TEST_F(CertificateUiTest, RevokesAndReissuesWithAReasonAndUndoesThem)
{
    store.clock().setDateTime(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    const Certificate c = *byNumber("EF-EKTU-2026-000001");
    CertificateActionDialog revoke(window->editing(), window->certificates().signers(),
        CertificateActionDialog::Action::Revoke, c.id);
    EXPECT_FALSE(revoke.okButton()->isEnabled()) << "no reason yet";
    revoke.reasonField()->setPlainText(QStringLiteral("   "));
    EXPECT_FALSE(revoke.okButton()->isEnabled()) << "blanks are no reason";
    revoke.reasonField()->setPlainText(QString(2001, u'x'));
    EXPECT_FALSE(revoke.okButton()->isEnabled()) << "too long";
    revoke.reasonField()->setPlainText(QStringLiteral("Issued to the wrong participant."));
    ASSERT_TRUE(revoke.okButton()->isEnabled());
    ASSERT_EQ(revoke.act(), QStringList {c.number})
        << Dialogs::takeWarnings().join(u' ').toStdString();
    EXPECT_EQ(byNumber("EF-EKTU-2026-000001")->status, CertificateStatus::Revoked);
    EXPECT_EQ(verdictOf(c.number), QStringLiteral("Revoked"));
    window->undoStack().undo();
    EXPECT_EQ(byNumber("EF-EKTU-2026-000001")->status, CertificateStatus::Valid);
    EXPECT_EQ(verdictOf(c.seal), QStringLiteral("Valid")) << "the list was signed again";

    CertificateActionDialog reissue(window->editing(), window->certificates().signers(),
        CertificateActionDialog::Action::Reissue, c.id);
    reissue.reasonField()->setPlainText(QStringLiteral("The given name was misspelt."));
    const QStringList numbers = reissue.act();
    ASSERT_EQ(numbers.size(), 2) << Dialogs::takeWarnings().join(u' ').toStdString();
    EXPECT_EQ(numbers.last(), c.number);
    EXPECT_EQ(verdictOf(c.seal), QStringLiteral("Superseded"));
    EXPECT_EQ(verdictOf(numbers.first()), QStringLiteral("Valid"));

    // A revoked certificate cannot be reissued.
    const Certificate revoked = *byNumber("EF-EKTU-2026-000003");
    CertificateActionDialog again(window->editing(), window->certificates().signers(),
        CertificateActionDialog::Action::Reissue, revoked.id);
    again.reasonField()->setPlainText(QStringLiteral("Try"));
    EXPECT_FALSE(again.okButton()->isEnabled());
    EXPECT_FALSE(again.problemLabel()->text().isEmpty());
}

TEST_F(CertificateUiTest, EveryDesignPreviewsWithAReadableQrCode)
{
    TemplatePreviewDialog dialog;
    ASSERT_EQ(dialog.designBox()->count(), CertificateTemplate::availableIds().size());
    for (int d = 0; d < dialog.designBox()->count(); ++d) {
        dialog.designBox()->setCurrentIndex(d);
        for (int l = 0; l < dialog.languageBox()->count(); ++l) {
            dialog.languageBox()->setCurrentIndex(l);
            EXPECT_TRUE(dialog.error().isEmpty()) << dialog.error().toStdString();
            ASSERT_FALSE(dialog.page().isNull());
        }
        const QStringList codes = QrReader::read(dialog.page());
        ASSERT_FALSE(codes.isEmpty()) << dialog.designBox()->currentText().toStdString();
        EXPECT_TRUE(codes.first().startsWith(CertificateSeal::prefix()));
    }
}

} // namespace
} // namespace ef::test
