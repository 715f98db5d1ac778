// The one progress widget shows any Task: here the national data generation, whose Cancel
// stops it and leaves no file behind.
#include "demo/NationalGenerationTask.h"
#include "tasks/TaskProgress.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

TEST(TaskProgressGenerationTest, ShowsTheGenerationAndItsCancelLeavesNoFile)
{
    QTemporaryDir dir;
    NationalGenerationTask task(
        dir.filePath(QStringLiteral("national.sqlite")), NationalScale().scaled(0.05));
    TaskProgress progress(task);
    QSignalSpy finished(&task, &Task::finished);
    bool shown = false;
    QObject::connect(
        &task, &Task::progressChanged, [&](qint64 done, qint64 total, const QString &) {
            if (done == 0 || !task.isRunning())
                return;
            // What the widget shows of it, then the user presses Cancel.
            shown = progress.isVisible() && progress.bar()->maximum() > 0
                && progress.label()->text().contains(QLocale().toString(total));
            progress.cancelButton()->click();
        });
    progress.show();
    task.start();
    ASSERT_TRUE(finished.wait(120'000));
    EXPECT_TRUE(shown);
    const auto result = finished.first().first().value<TaskResult>();
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().cancelled);
    EXPECT_TRUE(progress.isHidden());
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

} // namespace
} // namespace ef::test
