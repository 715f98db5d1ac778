// A Task run from the command line: its progress on one line, its result, and Ctrl+C cancels.
#include "util/ConsoleTask.h"

#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <gtest/gtest.h>

namespace ef::test {
namespace {

// A task that runs until told: the test moves it on.
class ManualTask : public Task
{
public:
    using Task::begin;
    using Task::end;
    using Task::setProgress;
    void cancel() override { end(unexpected(TaskError::cancel())); }
};

TEST(ConsoleTaskTest, WritesTheProgressOnOneLineAndReturnsTheResult)
{
    ManualTask task;
    QString written;
    QTextStream err(&written);
    ConsoleTask console(task, err);
    QTimer::singleShot(0, &task, [&] {
        task.begin(QStringLiteral("Generating: 0 of 20 rows…"));
        task.setProgress(10, 20, QStringLiteral("Generating: 10 of 20 rows…"));
        task.setProgress(20, 20, QStringLiteral("Done: 20"));
        task.end({});
    });
    const TaskResult result = console.exec();
    EXPECT_TRUE(result);
    // Each text over the one before; a shorter one blanks what is left of the longer.
    const QString longest = QStringLiteral("Generating: 10 of 20 rows…");
    EXPECT_EQ(written,
        QStringLiteral("\rGenerating: 0 of 20 rows…\r%1\rDone: 20%2\n")
            .arg(longest, QString(longest.size() - 8, u' ')));
}

TEST(ConsoleTaskTest, AFailureBeforeTheTaskBeganEndsTheWaitAtOnce)
{
    ManualTask task;
    QString written;
    QTextStream err(&written);
    ConsoleTask console(task, err);
    console.stop(unexpected(TaskError::failure(QStringLiteral("sign-in refused"))));
    const TaskResult result = console.exec();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, u"sign-in refused");
    EXPECT_TRUE(written.isEmpty());
}

TEST(ConsoleTaskTest, CtrlCCancelsTheRunningTask)
{
    ManualTask task;
    QString written;
    QTextStream err(&written);
    ConsoleTask console(task, err);
    QTimer::singleShot(0, &task, [&] {
        task.begin(QStringLiteral("Working…"));
        std::raise(SIGINT); // what Ctrl+C in the terminal sends
    });
    const TaskResult result = console.exec();
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().cancelled);
    EXPECT_FALSE(task.isRunning());
}

} // namespace
} // namespace ef::test
