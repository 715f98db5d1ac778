// Every screen in Kazakh and in Russian, at 1280×800: the main window with each module, every
// record editor with each of its tabs, the welcome page, the amendment and participants
// dialogs, the conflicts page and the sign-in and sync settings dialogs. Nothing visible may still
// be the English source, and nothing may be clipped.
#include "GuiTestBase.h"
#include "Language.h"
#include "ScreenCheck.h"
#include "WelcomeDialog.h"
#include "partnerships/AmendmentDialog.h"
#include "sync/SignInDialog.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncUi.h"
#include "training/AddParticipantsDialog.h"

#include <QDateEdit>
#include <QTabWidget>

namespace ef::test {
namespace {

class TranslatedScreensTest : public GuiTestBase, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override
    {
        language = QString::fromLatin1(GetParam());
        Language::apply(QStringLiteral("en")); // the windows open in English, then switch
        GuiTestBase::SetUp();
        window->resize(1280, 800);
        Language::apply(language);
        settle();
    }
    void TearDown() override
    {
        GuiTestBase::TearDown();
        Language::apply(QStringLiteral("en"));
    }

    void show(QWidget *w)
    {
        w->show();
        settle();
    }

    QString language;
};

TEST_P(TranslatedScreensTest, EveryModuleOfTheMainWindow)
{
    ScreenCheck check(language);
    window->showModule(QStringLiteral("dashboard"));
    settle();
    check.check(window.get(), QStringLiteral("dashboard"));
    for (const QString &key : ListCatalog::keys()) {
        window->showModule(key);
        settle();
        check.check(window.get(), key);
    }
    EXPECT_TRUE(check.problems().isEmpty())
        << language.toStdString() << ":\n  "
        << check.problems().join(QStringLiteral("\n  ")).toStdString();
}

TEST_P(TranslatedScreensTest, EveryRecordEditorAndItsTabs)
{
    ScreenCheck check(language);
    QSet<QString> seen;
    for (const QString &key : ListCatalog::keys()) {
        ListPage *page = list(key);
        settle();
        const QString table = page->model()->list().recordTable;
        if (seen.contains(table) || page->model()->rowCount() == 0)
            continue;
        seen.insert(table);
        RecordDialog *editor = openRow(key);
        ASSERT_TRUE(editor) << key.toStdString();
        // The screen is 1280×800 (offscreen's own is 800×600, which the editor may not exceed).
        editor->resize(std::max(editor->width(), 1280), 800);
        settle();
        for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
            editor->tabs()->setCurrentIndex(tab);
            settle();
            check.check(editor, QStringLiteral("%1 editor, tab %2").arg(table).arg(tab));
        }
        editor->close();
        settle();
    }
    EXPECT_GE(seen.size(), 10);
    // A new record: the blank form.
    RecordDialog *created = window->editing().create(QStringLiteral("person"), {}, window.get());
    ASSERT_TRUE(created);
    settle();
    check.check(created, QStringLiteral("new person"));
    created->close();
    EXPECT_TRUE(check.problems().isEmpty())
        << language.toStdString() << ":\n  "
        << check.problems().join(QStringLiteral("\n  ")).toStdString();
}

TEST_P(TranslatedScreensTest, TheWelcomePageAndTheDialogs)
{
    ScreenCheck check(language);
    WelcomeDialog welcome;
    show(&welcome);
    check.check(&welcome, QStringLiteral("welcome"));
    welcome.chooseEmpty();
    settle();
    check.check(&welcome, QStringLiteral("welcome, institution"));
    welcome.confirmEmpty(); // the problem shown
    settle();
    check.check(&welcome, QStringLiteral("welcome, institution with a problem"));

    AmendmentDialog amendment({QStringLiteral("x")}, QDate(2026, 2, 16), window.get());
    show(&amendment);
    check.check(&amendment, QStringLiteral("amendment"));

    ListPage *events = list(QStringLiteral("events"));
    settle();
    ASSERT_GT(events->model()->rowCount(), 0);
    AddParticipantsDialog participants(window->editing(), events->model()->idAt(0), window.get());
    show(&participants);
    check.check(&participants, QStringLiteral("add participants"));
    EXPECT_TRUE(check.problems().isEmpty())
        << language.toStdString() << ":\n  "
        << check.problems().join(QStringLiteral("\n  ")).toStdString();
}

TEST_P(TranslatedScreensTest, TheSyncScreens)
{
    ScreenCheck check(language);
    window->showModule(QStringLiteral("conflicts"));
    settle();
    check.check(window.get(), QStringLiteral("conflicts to review"));

    SignInDialog *signIn = window->sync().showSignIn();
    ASSERT_TRUE(signIn);
    settle();
    check.check(signIn, QStringLiteral("sign-in"));
    signIn->close();

    SyncSettingsDialog *settings = window->sync().showSettings();
    ASSERT_TRUE(settings);
    settle();
    check.check(settings, QStringLiteral("sync settings"));
    settings->close();
    EXPECT_TRUE(check.problems().isEmpty())
        << language.toStdString() << ":\n  "
        << check.problems().join(QStringLiteral("\n  ")).toStdString();
}

TEST_P(TranslatedScreensTest, TheCheckFindsEnglishLeftOverAndClippedText)
{
    // The check itself must be able to fail.
    ScreenCheck check(language);
    QWidget screen;
    auto *english = new QLabel(QStringLiteral("Partnerships"), &screen);
    english->setObjectName(QStringLiteral("english"));
    auto *clipped = new QPushButton(QStringLiteral("Серіктестіктер мен келісімдер"), &screen);
    clipped->setObjectName(QStringLiteral("clipped"));
    clipped->setGeometry(0, 40, 30, 24);
    english->setGeometry(0, 0, 200, 24);
    auto *date = new QDateEdit(QDate(2026, 2, 16), &screen);
    date->setObjectName(QStringLiteral("date"));
    date->setGeometry(0, 80, 40, 24);
    show(&screen);
    check.check(&screen, QStringLiteral("sample"));
    const QString all = check.problems().join(u'\n');
    EXPECT_TRUE(all.contains(u"english: “Partnerships” is still English")) << all.toStdString();
    EXPECT_TRUE(all.contains(u"clipped: “Серіктестіктер мен келісімдер” is clipped"))
        << all.toStdString();
    EXPECT_TRUE(all.contains(u"QDateEdit date: “") && all.contains(u"” is clipped"))
        << all.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslatedScreensTest, ::testing::Values("kk", "ru"));

} // namespace
} // namespace ef::test
