// The language switched at run time: every open window changes at once (menus, lists and their
// headers, editors, Qt's own buttons, the undo history), dates and data follow, the choice is
// remembered, and the start order is command line > remembered > system > English.
#include "AppStartup.h"
#include "GuiTestBase.h"
#include "Language.h"
#include "WelcomeDialog.h"
#include "records/EnumLabels.h"
#include "text/DataLanguage.h"
#include "text/DateFormat.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>

namespace ef::test {
namespace {

class LanguageSwitchTest : public GuiTestBase
{
protected:
    void SetUp() override
    {
        Language::apply(QStringLiteral("en"));
        AppStartup::settings().remove(QStringLiteral("ui/language"));
        GuiTestBase::SetUp();
    }
    void TearDown() override
    {
        GuiTestBase::TearDown();
        Language::apply(QStringLiteral("en"));
        AppStartup::settings().remove(QStringLiteral("ui/language"));
    }

    QAction *languageAction(const QString &language)
    {
        return window->menuBar()->findChild<QAction *>(QStringLiteral("language_") + language);
    }
    QString menuTitle(int i) { return window->menuBar()->actions().at(i)->text(); }
    QString dashboardItem() { return window->findChild<QTreeWidget *>()->topLevelItem(0)->text(0); }
};

TEST_F(LanguageSwitchTest, TheMenuSwitchesEveryOpenWindowAtOnceAndIsRemembered)
{
    ListPage *people = list(QStringLiteral("people"));
    RecordDialog *editor = openRow(QStringLiteral("people"));
    ASSERT_TRUE(editor);
    QPushButton *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    EXPECT_EQ(menuTitle(0), QStringLiteral("&File"));
    EXPECT_EQ(dashboardItem(), QStringLiteral("Dashboard"));
    EXPECT_EQ(save->text(), QStringLiteral("Save"));
    const QString englishHeader
        = people->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString();

    ASSERT_TRUE(languageAction(QStringLiteral("kk")));
    languageAction(QStringLiteral("kk"))->trigger();
    settle(); // Qt posts the change to every window
    EXPECT_EQ(Language::current(), QStringLiteral("kk"));
    EXPECT_TRUE(languageAction(QStringLiteral("kk"))->isChecked());
    EXPECT_FALSE(languageAction(QStringLiteral("en"))->isChecked());
    EXPECT_EQ(menuTitle(0), QStringLiteral("&Файл"));
    EXPECT_EQ(dashboardItem(), QStringLiteral("Басты көрсеткіштер"));
    EXPECT_EQ(save->text(), QStringLiteral("Сақтау")) << "Qt's own button, from qtbase_kk";
    EXPECT_EQ(editor->tabs()->tabText(0), QStringLiteral("Мәліметтер"));
    EXPECT_NE(
        people->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), englishHeader);
    EXPECT_EQ(QLocale().name(), QStringLiteral("kk_KZ"));
    EXPECT_EQ(DataLanguage::current(), QStringLiteral("kk"));
    EXPECT_EQ(AppStartup::settings().value(QStringLiteral("ui/language")).toString(),
        QStringLiteral("kk"));

    languageAction(QStringLiteral("ru"))->trigger();
    settle();
    EXPECT_EQ(menuTitle(0), QStringLiteral("&Файл"));
    EXPECT_EQ(dashboardItem(), QStringLiteral("Сводка"));
    EXPECT_EQ(save->text(), QStringLiteral("Сохранить")) << "Qt's own Russian";
    EXPECT_EQ(editor->tabs()->tabText(0), QStringLiteral("Сведения"));
    EXPECT_EQ(QLocale().name(), QStringLiteral("ru_RU"));
    EXPECT_EQ(Language::atStart(), QStringLiteral("ru")) << "remembered";
    EXPECT_EQ(Language::atStart(QStringLiteral("kk")), QStringLiteral("kk"))
        << "the command line comes first";

    languageAction(QStringLiteral("en"))->trigger();
    settle();
    EXPECT_EQ(menuTitle(0), QStringLiteral("&File"));
    EXPECT_EQ(save->text(), QStringLiteral("Save"));
    EXPECT_EQ(
        people->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), englishHeader);
}

TEST_F(LanguageSwitchTest, DataInThreeLanguagesAndDatesFollowTheLanguage)
{
    ListPage *courses = list(QStringLiteral("courses"));
    settle();
    ASSERT_GT(courses->model()->rowCount(), 0);
    int titleColumn = -1;
    for (int c = 0; c < courses->model()->columnCount(); ++c)
        if (courses->model()->list().columns.at(c).title == QByteArrayView("Title"))
            titleColumn = c;
    ASSERT_GE(titleColumn, 0);
    auto titles = [&] {
        QStringList out;
        for (int r = 0; r < courses->model()->rowCount(); ++r)
            out << courses->model()->index(r, titleColumn).data().toString();
        return out;
    };
    const QStringList english = titles();
    Language::choose(QStringLiteral("kk"));
    settle();
    const QStringList kazakh = titles();
    EXPECT_NE(kazakh, english) << "course titles in Kazakh";
    EXPECT_TRUE(std::any_of(kazakh.begin(), kazakh.end(), [](const QString &t) {
        return std::any_of(
            t.begin(), t.end(), [](QChar c) { return QStringLiteral("әғқңөұүһі").contains(c); });
    }));
    EXPECT_EQ(DateFormat::shortDate(QDate(2025, 11, 20)), QStringLiteral("20.11.2025"));
    Language::choose(QStringLiteral("en"));
    settle();
    EXPECT_EQ(DateFormat::shortDate(QDate(2025, 11, 20)), QStringLiteral("20/11/2025"));
    EXPECT_EQ(titles(), english);
}

TEST_F(LanguageSwitchTest, TheUndoHistoryIsNamedInTheNewLanguage)
{
    RecordDialog *editor = openRow(QStringLiteral("institutions"));
    ASSERT_TRUE(editor);
    auto *shortName
        = qobject_cast<QLineEdit *>(editor->form()->editor(QStringLiteral("short_name")));
    ASSERT_TRUE(shortName);
    shortName->setText(shortName->text() + QStringLiteral("X"));
    ASSERT_TRUE(editor->save());
    const QString english = window->undoStack().undoText();
    EXPECT_TRUE(english.startsWith(QStringLiteral("edit "))) << english.toStdString();
    Language::choose(QStringLiteral("ru"));
    settle();
    const QString russian = window->undoStack().undoText();
    EXPECT_TRUE(russian.startsWith(QStringLiteral("правка"))) << russian.toStdString();
    QAction *undo = nullptr;
    for (QAction *a : window->menuBar()->actions().at(1)->menu()->actions())
        if (a->text().contains(russian))
            undo = a;
    EXPECT_TRUE(undo) << "the Undo action names the action in Russian";
}

// The language at start, before any window opens.
class LanguageStart : public GuiTestBase
{
protected:
    LanguageStart()
        : GuiTestBase(Opens::Nothing)
    { }
};

TEST_F(LanguageStart, TheSystemLocaleDecidesWhenNothingElseDoes)
{
    EXPECT_EQ(
        Language::fromLocale(QLocale(QLocale::Kazakh, QLocale::Kazakhstan)), QStringLiteral("kk"));
    EXPECT_EQ(
        Language::fromLocale(QLocale(QLocale::Russian, QLocale::Kazakhstan)), QStringLiteral("ru"));
    EXPECT_EQ(Language::fromLocale(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("en"));
    EXPECT_EQ(Language::fromLocale(QLocale(QLocale::German, QLocale::Germany)), QString());
    AppStartup::settings().remove(QStringLiteral("ui/language"));
    const QString system = Language::fromLocale(QLocale::system());
    EXPECT_EQ(Language::atStart(), system.isEmpty() ? QStringLiteral("en") : system);
    EXPECT_EQ(Language::atStart(QStringLiteral("xx")), Language::atStart()) << "unknown: ignored";
}

} // namespace
} // namespace ef::test

namespace ef::test {
namespace {

TEST_F(LanguageSwitchTest, AnIndicatorsMeasureAndACoursesLanguagesAreNamedNotCoded)
{
    Language::apply(QStringLiteral("ru"));
    settle();
    RecordDialog *editor = openRow(QStringLiteral("indicators"));
    ASSERT_TRUE(editor);
    auto *measure = qobject_cast<QComboBox *>(editor->form()->editor(QStringLiteral("measure")));
    ASSERT_TRUE(measure);
    EXPECT_FALSE(measure->currentText().contains(u'_')) << measure->currentText().toStdString();
    EXPECT_EQ(measure->currentText(),
        EnumLabels::label(u"indicator_measure", measure->currentData().toString()));
    EXPECT_NE(measure->currentText(), measure->currentData().toString());

    ListPage *courses = list(QStringLiteral("courses"));
    settle();
    int checked = 0;
    for (int c = 0; c < courses->model()->columnCount(); ++c) {
        if (courses->model()->list().columns.at(c).format != ColumnFormat::Language)
            continue;
        for (int r = 0; r < courses->model()->rowCount(); ++r) {
            const QString shown = courses->model()->index(r, c).data().toString();
            EXPECT_TRUE(shown.contains(u"кий") || shown.contains(u"Русский"))
                << shown.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 0) << "the course list shows its languages";
}

} // namespace
} // namespace ef::test

namespace ef::test {
namespace {

TEST_F(LanguageSwitchTest, QtsOwnMenusAndButtonsAreInKazakh)
{
    Language::apply(QStringLiteral("kk"));
    settle();
    QLineEdit edit;
    edit.setText(QStringLiteral("Сәуле"));
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text().section(u'\t', 0, 0);
    EXPECT_TRUE(texts.contains(QStringLiteral("Кө&шіру"))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Барлығын таңдау")))
        << texts.join(u'|').toStdString();

    QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
        QMessageBox::Yes | QMessageBox::Cancel | QMessageBox::Discard);
    EXPECT_EQ(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Иә"));
    EXPECT_EQ(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Болдырмау"));
    EXPECT_EQ(box.button(QMessageBox::Discard)->text(), QStringLiteral("Сақтамау"));
}

} // namespace
} // namespace ef::test

namespace ef::test {
namespace {

TEST_F(LanguageSwitchTest, TheWelcomePageOffersTheLanguageFirstAndRemembersIt)
{
    WelcomeDialog welcome;
    welcome.show();
    QComboBox *choice = welcome.languageChoice();
    ASSERT_EQ(choice->count(), 3);
    EXPECT_EQ(choice->currentData().toString(), QStringLiteral("en"));
    const QString english = welcome.windowTitle();
    const int kk = choice->findData(QStringLiteral("kk"));
    ASSERT_GE(kk, 0);
    EXPECT_EQ(choice->itemText(kk), QStringLiteral("Қазақша"));
    choice->setCurrentIndex(kk);
    Q_EMIT choice->activated(kk);
    settle();
    EXPECT_EQ(Language::current(), QStringLiteral("kk"));
    EXPECT_NE(welcome.windowTitle(), english);
    EXPECT_EQ(AppStartup::settings().value(QStringLiteral("ui/language")).toString(),
        QStringLiteral("kk"));
    EXPECT_EQ(menuTitle(0), QStringLiteral("&Файл")) << "the main window follows too";
}

} // namespace
} // namespace ef::test
