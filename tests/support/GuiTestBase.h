// One fixture for every GUI test: a real main window on a temporary store holding the demo data,
// offscreen, with dialogs answered by the test (ui/Dialogs) and settings in a test folder.
#pragma once

#include "Dialogs.h"
#include "MainWindow.h"
#include "TempStore.h"
#include "demo/DemoData.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "records/RecordDialog.h"
#include "records/RecordEditing.h"
#include "records/RecordForm.h"

#include <QApplication>
#include <QPointer>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace ef::test {

class GuiTestBase : public ::testing::Test
{
protected:
    // What is open when a test starts: the main window on the demo data (most tests), only the
    // demo store (the list models), or nothing (tests that open their own windows and stores).
    enum class Opens { DemoWindow, DemoStore, Nothing };

    explicit GuiTestBase(Opens opens = Opens::DemoWindow)
        : m_opens(opens)
    { }

    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setRecordWarnings(true);
        RecordListModel::setReloadDelay(0);
        if (m_opens == Opens::Nothing)
            return;
        auto demo = DemoData::create(*store);
        ASSERT_TRUE(demo) << demo.error().message.toStdString();
        if (m_opens == Opens::DemoStore)
            return;
        window = std::make_unique<MainWindow>(*store);
        window->show();
        opened = nullptr;
        QObject::connect(&window->editing(), &RecordEditing::dialogOpened, window.get(),
            [this](RecordDialog *d) { opened = d; });
    }
    void TearDown() override
    {
        // A dialog may own other top-level windows (a dialog opened from it), which its
        // deletion deletes too: hold every one by a guarded pointer.
        QList<QPointer<QWidget>> dialogs;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<RecordDialog *>(w))
                dialogs.append(w);
        for (const QPointer<QWidget> &w : dialogs)
            delete w.data();
        window.reset();
        Dialogs::takeWarnings();
    }

    // Types text as key presses, Kazakh letters included (QTest::keyClicks takes ASCII only).
    static void typeText(QWidget *w, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    // Lets queued reloads (coalesced change notices) run.
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    ListPage *list(const QString &key) { return window->showModule(key); }
    qint64 count(const QString &key)
    {
        settle();
        return list(key)->model()->totalCount();
    }
    // Opens the editor of row `row` of a list.
    RecordDialog *openRow(const QString &key, int row = 0)
    {
        ListPage *page = list(key);
        page->view()->setCurrentIndex(page->model()->index(row, 0));
        opened = nullptr;
        page->openCurrent();
        return opened;
    }

    TempStore store;
    std::unique_ptr<MainWindow> window;
    RecordDialog *opened = nullptr;

private:
    Opens m_opens;
};

} // namespace ef::test
