// The live dashboard: counted off the UI thread on a reader connection of its own, it shows each
// EduFusion indicator against its target and follows edits without being asked; every chart is
// saved as PNG or SVG and copied to the clipboard.
#include "dashboard/DashboardPage.h"

#include "GuiTestBase.h"
#include "Samples.h"
#include "dashboard/ChartCard.h"
#include "reports/ErasmusReport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QThread>

namespace ef::test {
namespace {

class DashboardPageTest : public GuiTestBase
{
protected:
    DashboardPage *page() { return window->dashboard(); }
    // Waits for the figures asked for to arrive.
    bool waitForFigures(int timeoutMs = 20000)
    {
        QSignalSpy spy(page(), &DashboardPage::updated);
        return spy.wait(timeoutMs);
    }
    double figure(const QString &code)
    {
        for (const IndicatorFigure &f : page()->figures()->indicators)
            if (f.indicator.code == code)
                return f.value.value_or(-1);
        return -2;
    }
};

TEST_F(DashboardPageTest, ShowsEachIndicatorAgainstItsTarget)
{
    if (!page()->figures()) {
        ASSERT_TRUE(waitForFigures());
    }
    EXPECT_EQ(page()->projectFilter()->currentText(), QStringLiteral("EduFusion"));
    const DashboardFigures &f = *page()->figures();
    EXPECT_FALSE(f.indicators.isEmpty());
    EXPECT_GT(figure(QStringLiteral("TDSS-1")), 0);
    EXPECT_FALSE(f.byGender.isEmpty());
    EXPECT_FALSE(f.byRegion.isEmpty());
    EXPECT_EQ(f.partnershipsByStatus.size(), 7) << "every lifecycle status, none left out";
    // The progress chart has a bar per indicator with a target and a figure.
    QChart *progress = page()->cards().first()->chart();
    ASSERT_EQ(progress->series().size(), 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(progress->series().first());
    ASSERT_TRUE(bars);
    int withTarget = 0;
    for (const IndicatorFigure &i : f.indicators)
        withTarget += i.progress().has_value();
    EXPECT_EQ(bars->barSets().first()->count(), withTarget);
}

TEST_F(DashboardPageTest, FollowsAnEditWithoutBeingAsked)
{
    if (!page()->figures()) {
        ASSERT_TRUE(waitForFigures());
    }
    const double before = figure(QStringLiteral("AICP-1"));
    ASSERT_GE(before, 0);
    // A new signed agreement of EduFusion, saved as the editor would.
    const Uuid project = ErasmusReport::findProject(store->db(), QStringLiteral("EduFusion"));
    Statement s = store->db().prepare(QStringLiteral(
        "SELECT university_id, partner_id FROM partnership WHERE deleted = 0 LIMIT 1"));
    ASSERT_TRUE(s.next());
    Partnership p = sample::partnership(s.uuid(0), s.uuid(1), project);
    p.signedOn = QDate(2025, 6, 1);
    s = Statement();
    ASSERT_TRUE(store->insert(p));
    ASSERT_TRUE(waitForFigures());
    EXPECT_EQ(figure(QStringLiteral("AICP-1")), before + 1);
}

TEST_F(DashboardPageTest, ComputesOffTheWindowsThread)
{
    if (!page()->figures()) {
        ASSERT_TRUE(waitForFigures());
    }
    // The page's filters change; the answer is counted elsewhere and arrives later.
    page()->regionFilter()->setCurrentIndex(1);
    EXPECT_EQ(page()->figures()->query.scope.region, QString()) << "not counted on this thread";
    ASSERT_TRUE(waitForFigures());
    EXPECT_EQ(page()->figures()->query.scope.region, page()->regionFilter()->currentData());
}

TEST_F(DashboardPageTest, EveryChartIsSavedAsPngAndSvgAndCopied)
{
    if (!page()->figures()) {
        ASSERT_TRUE(waitForFigures());
    }
    int n = 0;
    for (ChartCard *card : page()->cards()) {
        card->view()->resize(480, 320);
        const QString png = store.dir() + QStringLiteral("/chart%1.png").arg(n);
        const QString svg = store.dir() + QStringLiteral("/chart%1.svg").arg(n);
        ++n;
        ASSERT_TRUE(card->saveTo(png)) << card->title().toStdString();
        ASSERT_TRUE(card->saveTo(svg));
        const QImage image(png);
        EXPECT_EQ(image.size(), QSize(480, 320));
        QFile f(svg);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_TRUE(f.readAll().contains("<svg"));
        card->copyToClipboard();
        EXPECT_FALSE(QApplication::clipboard()->pixmap().isNull());
    }
    EXPECT_EQ(n, 7);
    EXPECT_FALSE(page()->cards().first()->saveTo(store.dir() + QStringLiteral("/none/x.png")));
}

} // namespace
} // namespace ef::test
