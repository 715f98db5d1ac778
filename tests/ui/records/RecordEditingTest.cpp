// Create, edit, validate, undo and delete in every module, through the real windows.
#include "GuiTestBase.h"
#include "certificates/Certificate.h"
#include "partnerships/Partnership.h"
#include "people/Person.h"
#include "records/EditorExtension.h"
#include "records/RecordType.h"
#include "training/AddParticipantsDialog.h"
#include "training/Participation.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

namespace ef::test {
namespace {

class RecordEditingTest : public GuiTestBase
{
};

// A text field every kind has that the user can change freely.
QString editableTextField(const RecordType &type)
{
    for (const char *c : {"notes", "title", "place", "city", "role", "note", "short_name",
             "patronymic", "learning_outcomes", "programme"})
        if (const FieldInfo *f = type.field(QString::fromLatin1(c));
            f && (f->kind == FieldKind::Text || f->kind == FieldKind::LongText))
            return f->column;
    return {};
}

TEST_F(RecordEditingTest, EveryModuleOpensItsFirstRecordAndSavesAnEditThatUndoAndRedoReplay)
{
    for (const QString &key : ListCatalog::keys()) {
        if (key == u"renewals")
            continue; // the same records as partnerships
        SCOPED_TRACE(key.toStdString());
        RecordDialog *d = openRow(key);
        ASSERT_TRUE(d);
        const RecordType &type = d->type();
        QString column = editableTextField(type);
        const RecordValues before = d->form()->values();
        if (column.isEmpty()) {
            // Kinds with no free text (enrollments, certificates …): a number or a date moves on.
            for (const FieldInfo &f : type.fields()) {
                QWidget *w = d->form()->editor(f.column);
                if (auto *spin = qobject_cast<QAbstractSpinBox *>(w);
                    spin && !qobject_cast<QDateEdit *>(w) && !before.value(f.column).isNull()) {
                    column = f.column;
                    spin->setFocus();
                    QTest::keyClick(spin, Qt::Key_Up);
                    if (d->form()->values().value(column) == before.value(column))
                        QTest::keyClick(spin, Qt::Key_Down); // it was at its maximum
                    break;
                }
                if (auto *date = qobject_cast<QDateEdit *>(w);
                    date && before.value(f.column).isValid() && f.column != u"revoked_on") {
                    column = f.column;
                    date->setFocus();
                    date->setDate(date->date().addDays(1));
                    break;
                }
            }
            ASSERT_FALSE(column.isEmpty());
        } else {
            QWidget *editor = d->form()->editor(column);
            ASSERT_TRUE(editor) << column.toStdString();
            editor->setFocus();
            if (auto *line = qobject_cast<QLineEdit *>(editor)) {
                line->selectAll();
                typeText(line, QStringLiteral("Өзгеріс"));
            } else {
                typeText(editor, QStringLiteral(" Өзгеріс"));
            }
        }
        const QVariant edited = d->form()->values().value(column);
        ASSERT_NE(edited, before.value(column)) << column.toStdString();
        ASSERT_TRUE(d->save()) << type.validate(d->form()->values()).value(0).message.toStdString()
                               << Dialogs::takeWarnings().join(u' ').toStdString();
        const Uuid id = d->recordId();
        d->close();
        const auto stored = type.load(*store, id);
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->value(column), edited);

        window->undoStack().undo();
        EXPECT_EQ(type.load(*store, id)->value(column), before.value(column));
        window->undoStack().redo();
        EXPECT_EQ(type.load(*store, id)->value(column), edited);
    }
}

TEST_F(RecordEditingTest, AWrongValueIsMarkedInlineWithATranslatedMessageAndNothingIsSaved)
{
    RecordDialog *d = openRow(QStringLiteral("people"));
    ASSERT_TRUE(d);
    auto *email = qobject_cast<QLineEdit *>(d->form()->editor(QStringLiteral("email")));
    ASSERT_TRUE(email);
    email->setFocus();
    email->selectAll();
    typeText(email, QStringLiteral("not-an-address"));
    // Marked while typing, before any save.
    QLabel *problem = d->form()->problemLabel(QStringLiteral("email"));
    EXPECT_FALSE(problem->isHidden());
    EXPECT_FALSE(problem->text().isEmpty());
    EXPECT_TRUE(email->property("ef-invalid").toBool());

    const auto before = store->get<Person>(d->recordId());
    EXPECT_FALSE(d->save());
    EXPECT_EQ(store->get<Person>(d->recordId())->email, before->email);
    EXPECT_EQ(email->text(), QStringLiteral("not-an-address")) << "what was typed is kept";
    EXPECT_EQ(window->undoStack().count(), 0);

    email->selectAll();
    typeText(email, QStringLiteral("dana@ektu.kz"));
    EXPECT_TRUE(problem->isHidden());
    EXPECT_TRUE(d->save());
}

TEST_F(RecordEditingTest, ANewPersonIsCreatedWithALatinNameFromTheKazakhAlphabetAndUndoRemovesIt)
{
    const qint64 people = count(QStringLiteral("people"));
    list(QStringLiteral("people"))->createRecord();
    RecordDialog *d = opened;
    ASSERT_TRUE(d);
    EXPECT_FALSE(d->save()) << "a person needs a name";
    EXPECT_FALSE(d->form()->problemLabel(QStringLiteral("family_name"))->isHidden());
    typeText(d->form()->editor(QStringLiteral("family_name")), QStringLiteral("Құрманғали"));
    typeText(d->form()->editor(QStringLiteral("given_name")), QStringLiteral("Әсел"));
    EXPECT_EQ(
        qobject_cast<QLineEdit *>(d->form()->editor(QStringLiteral("family_name_latin")))->text(),
        QStringLiteral("Qūrmanğali"));
    EXPECT_EQ(
        qobject_cast<QLineEdit *>(d->form()->editor(QStringLiteral("given_name_latin")))->text(),
        QStringLiteral("Äsel"));
    ASSERT_TRUE(d->save());
    const Uuid id = d->recordId();
    EXPECT_EQ(count(QStringLiteral("people")), people + 1);
    EXPECT_TRUE(d->tabs()->count() > 1) << "a saved person shows their trainings, certificates …";
    d->close();

    window->undoStack().undo();
    EXPECT_FALSE(store->get<Person>(id));
    EXPECT_EQ(count(QStringLiteral("people")), people);
    window->undoStack().redo();
    EXPECT_TRUE(store->get<Person>(id));
}

TEST_F(RecordEditingTest, DeletingAsksNamesTheDependentsAndUndoBringsAllBack)
{
    const qint64 people = count(QStringLiteral("people"));
    const qint64 enrollments = store->count(QStringLiteral("enrollment"));
    ListPage *page = list(QStringLiteral("people"));
    // A student with enrollments.
    int row = -1;
    for (int r = 0; r < page->model()->rowCount() && row < 0; ++r) {
        Statement s = store->db().prepare(
            QStringLiteral("SELECT count(*) FROM enrollment WHERE person_id = ? AND deleted = 0"));
        s.bind(1, page->model()->idAt(r));
        if (s.next() && s.int64(0) > 0)
            row = r;
    }
    ASSERT_GE(row, 0);
    page->view()->setCurrentIndex(page->model()->index(row, 0));
    const Uuid id = page->currentId();

    Dialogs::setNextAnswer(QMessageBox::Cancel);
    page->deleteCurrent();
    EXPECT_TRUE(store->get<Person>(id)) << "Cancel deletes nothing";

    Dialogs::setNextAnswer(QMessageBox::Yes);
    page->deleteCurrent();
    EXPECT_FALSE(store->get<Person>(id));
    EXPECT_LT(store->count(QStringLiteral("enrollment")), enrollments);
    EXPECT_EQ(count(QStringLiteral("people")), people - 1);

    window->undoStack().undo();
    EXPECT_TRUE(store->get<Person>(id));
    EXPECT_EQ(store->count(QStringLiteral("enrollment")), enrollments);
    EXPECT_EQ(count(QStringLiteral("people")), people);
}

TEST_F(RecordEditingTest, APartnershipOffersOnlyTheLifecycleMovesFromItsStatus)
{
    ListPage *page = list(QStringLiteral("partnerships"));
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        page->view()->setCurrentIndex(page->model()->index(r, 0));
        const auto p = store->get<Partnership>(page->currentId());
        ASSERT_TRUE(p);
        opened = nullptr;
        page->openCurrent();
        ASSERT_TRUE(opened);
        auto *status = qobject_cast<QComboBox *>(opened->form()->editor(QStringLiteral("status")));
        ASSERT_TRUE(status);
        for (PartnershipStatus to : enumValues<PartnershipStatus>())
            EXPECT_EQ(
                status->findData(QString(enumText(to))) >= 0, Partnership::canMove(p->status, to))
                << p->title.toStdString() << " → " << enumText(to).data();
        opened->close();
    }
}

TEST_F(RecordEditingTest, ManyParticipantsAreAddedToAnEventAtOnceAndUndoneAtOnce)
{
    RecordDialog *d = openRow(QStringLiteral("events"));
    ASSERT_TRUE(d);
    ListPage *participants = d->relatedList(QStringLiteral("participations"));
    ASSERT_TRUE(participants);
    settle();
    const qint64 before = participants->model()->totalCount();
    AddParticipantsDialog add(window->editing(), d->recordId(), d);
    QListWidget *people = add.candidates();
    int ticked = 0;
    for (int i = 0; i < people->count() && ticked < 3; ++i)
        if (people->item(i)->flags() & Qt::ItemIsEnabled) {
            people->item(i)->setCheckState(Qt::Checked);
            ++ticked;
        }
    ASSERT_EQ(ticked, 3);
    EXPECT_EQ(add.addChecked(), 3);
    settle();
    EXPECT_EQ(participants->model()->totalCount(), before + 3);
    window->undoStack().undo();
    settle();
    EXPECT_EQ(participants->model()->totalCount(), before);
}

// What a kind adds to its editor comes from the extension its UI registers: the generic editor
// shows it for that kind only, and a kind can save a change its own way.
class NotesOnlyCourses final : public EditorExtension
{
public:
    void addTabs(RecordDialog &dialog) override
    {
        auto *tab = new QLabel(QStringLiteral("extra"));
        tab->setObjectName(QStringLiteral("extraTab"));
        dialog.addTab(tab, [] { return QStringLiteral("Extra"); });
    }
    void relatedListAdded(RecordDialog &dialog, ListPage &list) override
    {
        dialog.addListButton(
            &list, [] { return QStringLiteral("Extra button"); }, true);
    }
    std::optional<Saved> saveChange(
        RecordDialog &, const RecordValues &saved, const RecordValues &) override
    {
        ++saves;
        return Saved {true, saved}; // the change is dropped: the record stays as it was
    }
    inline static int saves = 0;
};

TEST_F(RecordEditingTest, AKindsEditorExtensionAddsItsTabsButtonsAndSaving)
{
    window->editing().setEditorExtension(
        QStringLiteral("course"), [] { return std::make_unique<NotesOnlyCourses>(); });
    RecordDialog *course = openRow(QStringLiteral("courses"));
    ASSERT_TRUE(course);
    ASSERT_TRUE(course->findChild<QLabel *>(QStringLiteral("extraTab")));
    EXPECT_EQ(course->tabs()->tabText(1), QStringLiteral("Extra")) << "before the related lists";
    QPushButton *extra = nullptr;
    for (QPushButton *b : course->findChildren<QPushButton *>())
        if (b->text() == u"Extra button")
            extra = b;
    ASSERT_TRUE(extra) << "under the course's offerings";
    course->setReadOnly(QStringLiteral("not yours"));
    EXPECT_FALSE(extra->isEnabled()) << "it changes the record";

    course->setReadOnly(QString());
    const Uuid id = course->recordId();
    const QString column = editableTextField(course->type());
    ASSERT_FALSE(column.isEmpty());
    const QVariant before = course->type().load(*store, id)->value(column);
    NotesOnlyCourses::saves = 0;
    course->form()->setValues([&] {
        RecordValues v = course->form()->values();
        v.fields.insert(column, QStringLiteral("changed by the test"));
        return v;
    }());
    ASSERT_TRUE(course->save());
    EXPECT_EQ(NotesOnlyCourses::saves, 1);
    EXPECT_EQ(course->type().load(*store, id)->value(column), before) << "saved its own way";
    course->close();

    // Another kind's editor has none of it.
    RecordDialog *person = openRow(QStringLiteral("people"));
    ASSERT_TRUE(person);
    EXPECT_FALSE(person->findChild<QLabel *>(QStringLiteral("extraTab")));
}

TEST_F(RecordEditingTest, ClosingWithUnsavedChangesAsksAndCancelKeepsTheEditorOpen)
{
    RecordDialog *d = openRow(QStringLiteral("institutions"));
    ASSERT_TRUE(d);
    typeText(d->form()->editor(QStringLiteral("city")), QStringLiteral("x"));
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    d->reject();
    EXPECT_TRUE(d->isVisible());
    Dialogs::setNextAnswer(QMessageBox::Discard);
    d->reject();
    EXPECT_EQ(window->undoStack().count(), 0);
}

} // namespace
} // namespace ef::test
