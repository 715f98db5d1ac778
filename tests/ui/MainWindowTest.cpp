// The main window: modules, search that opens records, shortcuts, and what it remembers.
#include "GuiTestBase.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTreeWidget>

namespace ef::test {
namespace {

class MainWindowTest : public GuiTestBase
{
};

TEST_F(MainWindowTest, EveryModuleShowsItsListWithARowCount)
{
    for (const QString &key : ListCatalog::keys()) {
        ListPage *page = window->showModule(key);
        ASSERT_TRUE(page) << key.toStdString();
        EXPECT_EQ(window->currentModule(), key);
        EXPECT_TRUE(page->isVisible());
        if (key != u"renewals") {
            EXPECT_GT(page->model()->totalCount(), 0) << key.toStdString();
        }
    }
}

TEST_F(MainWindowTest, SearchFindsAPersonTypedInLatinAndEnterOpensTheRecord)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(window->searchField()->hasFocus()) << "Ctrl+K goes to the search field";
    window->searchField()->setText(QStringLiteral("akhmetova"));
    QTreeWidget *results = window->searchResults();
    ASSERT_GT(results->topLevelItemCount(), 0);
    EXPECT_EQ(results->topLevelItem(0)->text(0), QStringLiteral("People"));
    ASSERT_GT(results->topLevelItem(0)->childCount(), 0);
    EXPECT_TRUE(results->topLevelItem(0)->child(0)->text(0).startsWith(QStringLiteral("Ахметова")));
    opened = nullptr;
    QTest::keyClick(window->searchField(), Qt::Key_Return);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->type().table(), QStringLiteral("person"));
}

TEST_F(MainWindowTest, EveryMenuActionHasAShortcutOrIsReachedByItsMnemonic)
{
    QStringList withShortcut;
    for (QAction *menu : window->menuBar()->actions())
        for (QAction *a : menu->menu()->actions())
            if (!a->isSeparator() && !a->shortcut().isEmpty())
                withShortcut << a->shortcut().toString();
    for (const char *key :
        {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+K", "Ctrl+F", "Ctrl+N", "Del", "Ctrl+0", "Ctrl+1"})
        EXPECT_TRUE(withShortcut.contains(QString::fromLatin1(key))) << key;
}

TEST_F(MainWindowTest, TheLastModuleAndColumnLayoutAreRememberedAcrossRestarts)
{
    ListPage *page = window->showModule(QStringLiteral("certificates"));
    page->view()->horizontalHeader()->resizeSection(0, 233);
    window->close();
    window = std::make_unique<MainWindow>(*store);
    window->show();
    EXPECT_EQ(window->currentModule(), QStringLiteral("certificates"));
    EXPECT_EQ(window->currentList()->view()->horizontalHeader()->sectionSize(0), 233);
    QSettings(QStringLiteral("EduFusion"), QStringLiteral("EduFusion Desk")).clear();
}

} // namespace
} // namespace ef::test
