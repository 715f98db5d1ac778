// --generate-national as a Task: progress up to the whole, a result, and a cancel or failure
// that leaves no half-made store under the name asked for, nor its part.
#include "demo/NationalGenerationTask.h"

#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

const NationalScale Small = NationalScale().scaled(0.002);

class NationalGenerationTaskTest : public ::testing::Test
{
protected:
    QString path() const { return dir.filePath(QStringLiteral("national.sqlite")); }
    // Every file in the folder: what a run leaves behind.
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files); }
    // Runs the task to its end; the result it ended with.
    TaskResult run(NationalGenerationTask &task)
    {
        QSignalSpy finished(&task, &Task::finished);
        task.start();
        EXPECT_TRUE(finished.wait(120'000));
        EXPECT_FALSE(task.isRunning());
        return finished.isEmpty()
            ? TaskResult(unexpected(TaskError::failure(QStringLiteral("did not end"))))
            : finished.first().first().value<TaskResult>();
    }

    QTemporaryDir dir;
};

TEST_F(NationalGenerationTaskTest, MakesTheStoreReportingProgressUpToTheWhole)
{
    NationalGenerationTask task(path(), Small);
    QList<std::pair<qint64, qint64>> progress;
    QObject::connect(
        &task, &Task::progressChanged, [&](qint64 done, qint64 total, const QString &) {
            progress.append({done, total});
        });
    const TaskResult result = run(task);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.constLast().first, Small.totalRows());
    EXPECT_EQ(progress.constLast().second, Small.totalRows());
    for (qsizetype i = 1; i < progress.size(); ++i)
        EXPECT_GE(progress[i].first, progress[i - 1].first);
    EXPECT_EQ(files(), QStringList {QStringLiteral("national.sqlite")}) << "no part is left";
    auto store = Store::open(path());
    ASSERT_TRUE(store);
    EXPECT_EQ((*store)->count(QStringLiteral("person")), Small.people);
    EXPECT_EQ((*store)->count(QStringLiteral("enrollment")), Small.enrollments);
}

TEST_F(NationalGenerationTaskTest, CancellingLeavesNoFileBehind)
{
    NationalGenerationTask task(path(), NationalScale().scaled(0.05));
    // Stopped once the first rows are written: the part exists by then.
    bool sawPart = false;
    QObject::connect(&task, &Task::progressChanged, [&](qint64 done, qint64, const QString &) {
        if (done > 0 && task.isRunning()) {
            sawPart |= QFile::exists(NationalGenerator::partPath(path()));
            task.cancel();
        }
    });
    const TaskResult result = run(task);
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().cancelled);
    EXPECT_TRUE(sawPart);
    EXPECT_TRUE(files().isEmpty()) << files().join(u' ').toStdString();
}

TEST_F(NationalGenerationTaskTest, AnExistingFileIsRefusedAndLeftAsItWas)
{
    QFile existing(path());
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("someone's data");
    existing.close();
    NationalGenerationTask task(path(), Small);
    const TaskResult result = run(task);
    ASSERT_FALSE(result);
    EXPECT_FALSE(result.error().cancelled);
    EXPECT_TRUE(result.error().message.contains(path())) << result.error().message.toStdString();
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("someone's data"));
    EXPECT_EQ(files(), QStringList {QStringLiteral("national.sqlite")});
}

TEST_F(NationalGenerationTaskTest, APartLeftByAKilledRunIsReplaced)
{
    QFile stale(NationalGenerator::partPath(path()));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("not a store: what a killed run left");
    stale.close();
    NationalGenerationTask task(path(), Small);
    const TaskResult result = run(task);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(files(), QStringList {QStringLiteral("national.sqlite")});
    EXPECT_TRUE(Store::open(path()));
}

TEST_F(NationalGenerationTaskTest, ATaskDestroyedWhileRunningStopsAndCleansUp)
{
    {
        NationalGenerationTask task(path(), NationalScale().scaled(0.05));
        task.start();
        EXPECT_TRUE(task.isRunning());
    } // the window or command that owned it went away
    EXPECT_TRUE(files().isEmpty()) << files().join(u' ').toStdString();
}

} // namespace
} // namespace ef::test
