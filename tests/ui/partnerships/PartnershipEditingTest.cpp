// A signed agreement in the editor: its terms change only by an amendment, which the history
// shows and undo withdraws.
#include "GuiTestBase.h"
#include "partnerships/AmendmentDialog.h"
#include "partnerships/Partnership.h"
#include "partnerships/PartnershipChanges.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

namespace ef::test {
namespace {

class PartnershipEditingTest : public GuiTestBase
{
protected:
    // The editor of the first signed or active agreement.
    RecordDialog *openSigned()
    {
        ListPage *page = list(QStringLiteral("partnerships"));
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            page->view()->setCurrentIndex(page->model()->index(r, 0));
            const auto p = store->get<Partnership>(page->currentId());
            if (p && p->isSigned() && p->status != PartnershipStatus::Completed) {
                opened = nullptr;
                page->openCurrent();
                return opened;
            }
        }
        return nullptr;
    }
    QTreeWidget *history(RecordDialog *d)
    {
        return d->findChild<QTreeWidget *>(QStringLiteral("history"));
    }
};

TEST_F(PartnershipEditingTest, ChangingASignedAgreementsTermsRecordsAnAmendmentThatUndoWithdraws)
{
    RecordDialog *d = openSigned();
    ASSERT_TRUE(d);
    const Uuid id = d->recordId();
    const QString title = store->get<Partnership>(id)->title;
    ASSERT_TRUE(history(d));
    EXPECT_EQ(history(d)->topLevelItemCount(), 1) << "as signed";

    auto *titleField = qobject_cast<QLineEdit *>(d->form()->editor(QStringLiteral("title")));
    titleField->setText(title + QStringLiteral(" (2027 annex)"));
    AmendmentDialog::setNextAnswer(std::nullopt); // the user cancels
    EXPECT_FALSE(d->save());
    EXPECT_EQ(store->get<Partnership>(id)->title, title);

    AmendmentDialog::setNextAnswer(AmendmentDialog::Answer {
        store.clock().today(), QStringLiteral("Қосымша келісім: атауы өзгерді"), {}});
    ASSERT_TRUE(d->save());
    EXPECT_EQ(store->get<Partnership>(id)->title, title + QStringLiteral(" (2027 annex)"));
    EXPECT_EQ(PartnershipChanges::amendments(*store, id).size(), 1);
    settle();
    ASSERT_EQ(history(d)->topLevelItemCount(), 2);
    EXPECT_EQ(
        history(d)->topLevelItem(1)->text(2), QStringLiteral("Қосымша келісім: атауы өзгерді"));
    ASSERT_EQ(history(d)->topLevelItem(1)->childCount(), 1);
    EXPECT_TRUE(history(d)->topLevelItem(1)->child(0)->text(2).contains(title));

    window->undoStack().undo();
    EXPECT_EQ(store->get<Partnership>(id)->title, title);
    EXPECT_TRUE(PartnershipChanges::amendments(*store, id).isEmpty());
    settle();
    EXPECT_EQ(history(d)->topLevelItemCount(), 1);
    window->undoStack().redo();
    EXPECT_EQ(PartnershipChanges::amendments(*store, id).size(), 1);
}

TEST_F(PartnershipEditingTest, ASignedAgreementsNotesAndPlacementsAreEditedWithoutAnAmendment)
{
    RecordDialog *d = openSigned();
    ASSERT_TRUE(d);
    const Uuid id = d->recordId();
    typeText(d->form()->editor(QStringLiteral("notes")), QStringLiteral(" Тексерілді."));
    ASSERT_TRUE(d->save()) << "notes are not a term: no amendment asked";
    EXPECT_TRUE(store->get<Partnership>(id)->notes.endsWith(QStringLiteral("Тексерілді.")));
    EXPECT_TRUE(PartnershipChanges::amendments(*store, id).isEmpty());
}

} // namespace
} // namespace ef::test

namespace ef::test {
namespace {

TEST_F(PartnershipEditingTest, ADocumentIsAttachedFromAFileSavedAsACopyAndTheAttachingUndone)
{
    RecordDialog *d = openSigned();
    ASSERT_TRUE(d);
    ListPage *documents = d->relatedList(QStringLiteral("documents"));
    ASSERT_TRUE(documents);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("Меморандум 2026.pdf"));
    QFile f(source);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4 signed memorandum");
    f.close();

    auto button = [&](const QString &text) {
        for (auto *b : documents->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return static_cast<QPushButton *>(nullptr);
    };
    Dialogs::setNextFileName(source);
    ASSERT_TRUE(button(QStringLiteral("&Add file…")));
    button(QStringLiteral("&Add file…"))->click();
    settle();
    ASSERT_EQ(documents->model()->totalCount(), 1)
        << Dialogs::takeWarnings().join(u' ').toStdString();
    EXPECT_EQ(
        documents->model()->index(0, 0).data().toString(), QStringLiteral("Меморандум 2026.pdf"));

    documents->view()->setCurrentIndex(documents->model()->index(0, 0));
    const QString copy = dir.filePath(QStringLiteral("copy.pdf"));
    Dialogs::setNextFileName(copy);
    button(QStringLiteral("Save &as…"))->click();
    QFile saved(copy);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), QByteArray("%PDF-1.4 signed memorandum"));

    window->undoStack().undo();
    settle();
    EXPECT_EQ(documents->model()->totalCount(), 0);
}

} // namespace
} // namespace ef::test
