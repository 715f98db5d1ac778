// The progress of long work: busy while the total is unknown, then how far it came, and Cancel.
#include "tasks/TaskProgress.h"

#include "GuiTestBase.h"
#include "util/Task.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace ef::test {
namespace {

// A task whose progress the test sets, to look at the progress widget alone.
class StepTask : public Task
{
public:
    using Task::begin;
    using Task::end;
    using Task::setProgress;
    void cancel() override { end(unexpected(TaskError::cancel())); }
};

class TaskProgressTest : public GuiTestBase
{
protected:
    TaskProgressTest()
        : GuiTestBase(Opens::Nothing)
    { }
};

TEST_F(TaskProgressTest, ShowsBusyWhileTheTotalIsUnknownThenHowFarItCame)
{
    StepTask task;
    TaskProgress progress(task);
    EXPECT_TRUE(progress.isHidden());
    task.begin(QStringLiteral("Receiving"));
    EXPECT_FALSE(progress.isHidden());
    EXPECT_EQ(progress.bar()->maximum(), 0) << "busy";
    EXPECT_EQ(progress.label()->text(), u"Receiving");
    task.setProgress(250, 1000, QStringLiteral("250 of 1000"));
    EXPECT_EQ(progress.bar()->maximum(), 1000);
    EXPECT_EQ(progress.bar()->value(), 250);
    task.setProgress(3'000'000'000, 6'000'000'000, QString());
    EXPECT_EQ(progress.bar()->value() * 2, progress.bar()->maximum()) << "beyond int: scaled";
    progress.cancelButton()->click();
    EXPECT_FALSE(task.isRunning());
    EXPECT_TRUE(progress.isHidden());
}

} // namespace
} // namespace ef::test
