// The export dialog: the project's own period to start with, the file asked for, the export run
// as a Task off the UI thread with its progress, and Cancel leaving no file.
#include "reports/ReportExportDialog.h"

#include "GuiTestBase.h"
#include "reports/ReportExportTask.h"
#include "tasks/TaskProgress.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

namespace ef::test {
namespace {

class ReportExportDialogTest : public GuiTestBase
{
protected:
    ReportExportDialogTest()
        : GuiTestBase(Opens::DemoStore)
    { }
    // Waits for the export to end; its result.
    static std::optional<TaskResult> finish(ReportExportDialog &d)
    {
        QSignalSpy spy(&d.task(), &Task::finished);
        if (!d.task().isRunning() && spy.isEmpty())
            return std::nullopt;
        if (!spy.wait(60000))
            return std::nullopt;
        return spy.first().first().value<TaskResult>();
    }
};

TEST_F(ReportExportDialogTest, StartsWithTheProjectsOwnPeriod)
{
    ReportExportDialog d(*store);
    EXPECT_EQ(d.projectChoice()->currentText(), QStringLiteral("EduFusion"));
    EXPECT_EQ(d.fromChoice()->date(), QDate(2024, 12, 1));
    EXPECT_EQ(d.toChoice()->date(), QDate(2028, 11, 30));
    d.projectChoice()->setCurrentIndex(d.projectChoice()->findText(QStringLiteral("CirculEC")));
    EXPECT_EQ(d.fromChoice()->date(), QDate(2023, 1, 1));
}

TEST_F(ReportExportDialogTest, ExportsTheWorkbookAsATask)
{
    ReportExportDialog d(*store);
    d.show();
    const QString path = store.dir() + QStringLiteral("/dialog.xlsx");
    Dialogs::setNextFileName(path);
    QSignalSpy started(&d.task(), &Task::started);
    QSignalSpy progress(&d.task(), &Task::progressChanged);
    d.exportButton()->click();
    ASSERT_EQ(started.size(), 1);
    EXPECT_FALSE(d.exportButton()->isEnabled()) << "one export at a time";
    EXPECT_TRUE(d.progress()->isVisible());
    const auto r = finish(d);
    ASSERT_TRUE(r);
    EXPECT_TRUE(*r) << r->error().message.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_GT(progress.size(), 0);
    EXPECT_TRUE(d.outcome()->text().contains(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(d.exportButton()->isEnabled());
}

TEST_F(ReportExportDialogTest, CancelLeavesNoFile)
{
    for (auto format : {ReportExportDialog::Format::Xlsx, ReportExportDialog::Format::Pdf,
             ReportExportDialog::Format::Csv}) {
        ReportExportDialog d(*store);
        d.setFormat(format);
        const QString path = store.dir() + QStringLiteral("/cancelled-%1").arg(int(format));
        Dialogs::setNextFileName(path);
        ASSERT_TRUE(d.startExport());
        d.progress()->cancelButton()->click();
        const auto r = finish(d);
        ASSERT_TRUE(r);
        ASSERT_FALSE(*r);
        EXPECT_TRUE(r->error().cancelled);
        EXPECT_FALSE(QFileInfo::exists(path)) << int(format);
        EXPECT_TRUE(d.outcome()->text().contains(QDir::toNativeSeparators(path)));
    }
    EXPECT_TRUE(QDir(store.dir()).entryList({QStringLiteral("cancelled*")}).isEmpty());
}

TEST_F(ReportExportDialogTest, APeriodEndingBeforeItBeginsIsRefused)
{
    ReportExportDialog d(*store);
    d.toChoice()->setDate(QDate(2020, 1, 1));
    Dialogs::setNextFileName(store.dir() + QStringLiteral("/never.xlsx"));
    EXPECT_FALSE(d.startExport());
    EXPECT_FALSE(d.outcome()->text().isEmpty());
    EXPECT_FALSE(QFile::exists(store.dir() + QStringLiteral("/never.xlsx")));
    Dialogs::setNextFileName(QString()); // not asked: leave the seam empty for the next test
    (void)Dialogs::saveFileName(nullptr, {}, {});
}

TEST_F(ReportExportDialogTest, GivingUpOnTheFileStartsNothing)
{
    ReportExportDialog d(*store);
    Dialogs::setNextFileName(QString());
    EXPECT_FALSE(d.startExport());
    EXPECT_FALSE(d.task().isRunning());
}

} // namespace
} // namespace ef::test
