// A new project's indicators are made in the app with no code and no SQL: the measure is picked
// from the catalogue and its conditions from the measure's own dimensions.
#include "GuiTestBase.h"
#include "projects/ConditionsDialog.h"
#include "projects/Indicator.h"
#include "reports/MeasureCatalog.h"
#include "reports/MeasureCondition.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace ef::test {
namespace {

class IndicatorEditorTest : public GuiTestBase
{
};

TEST_F(IndicatorEditorTest, ConditionsArePickedFromTheMeasuresDimensions)
{
    const MeasureDefinition &enrollments = MeasureCatalog::of(IndicatorMeasure::Enrollments);
    ConditionsDialog d(*store, enrollments, QStringLiteral("gender=female; area=steam"));
    ASSERT_EQ(d.rowCount(), 2);
    EXPECT_EQ(d.conditions(), QStringLiteral("gender=female; area=steam"));
    // Only what enrollments can be counted by is offered.
    QComboBox *dimension = d.dimensionChoice(0);
    EXPECT_EQ(dimension->count(), int(enrollments.dimensions.size()));
    EXPECT_EQ(dimension->findData(QStringLiteral("standard")), -1);
    // A region, picked from Kazakhstan's regions.
    d.addRow();
    d.dimensionChoice(2)->setCurrentIndex(d.dimensionChoice(2)->findData(QStringLiteral("region")));
    QComboBox *value = d.valueChoice(2);
    ASSERT_GT(value->count(), 15);
    value->setCurrentIndex(value->findData(QStringLiteral("East Kazakhstan Region")));
    EXPECT_EQ(
        d.conditions(), QStringLiteral("gender=female; area=steam; region=East Kazakhstan Region"));
    // What the dialog makes is always a valid definition.
    Problems p;
    MeasureCondition::parse(d.conditions(), enrollments, QStringLiteral("conditions"), p);
    EXPECT_TRUE(p.isEmpty());
    // An institution is chosen by name, kept by id.
    d.dimensionChoice(2)->setCurrentIndex(
        d.dimensionChoice(2)->findData(QStringLiteral("institution")));
    EXPECT_GT(d.valueChoice(2)->count(), 5);
    EXPECT_TRUE(Uuid::fromString(d.valueChoice(2)->currentData().toString()));
}

TEST_F(IndicatorEditorTest, TheEditorFillsTheConditionsFromTheDialogAndSaves)
{
    Statement project
        = store->db().prepare(QStringLiteral("SELECT id FROM project WHERE acronym = 'EduFusion'"));
    ASSERT_TRUE(project.next());
    RecordDialog *editor = window->editing().create(QStringLiteral("indicator"),
        {{QStringLiteral("project_id"), QVariant::fromValue(project.uuid(0))}}, window.get());
    ASSERT_TRUE(editor);
    RecordForm *form = editor->form();
    auto *code = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("code")));
    auto *en = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("name_en")));
    auto *measure = qobject_cast<QComboBox *>(form->editor(QStringLiteral("measure")));
    auto *conditions = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("conditions")));
    ASSERT_TRUE(code && en && measure && conditions);
    code->setText(QStringLiteral("NEW-1"));
    en->setText(QStringLiteral("Women trained"));
    for (const char *column : {"name_ru", "name_kk"})
        if (auto *e = qobject_cast<QLineEdit *>(form->editor(QString::fromLatin1(column))))
            e->setText(QStringLiteral("Оқытылған әйелдер"));
    measure->setCurrentIndex(measure->findData(QStringLiteral("participants")));
    QAction *choose = conditions->findChild<QAction *>(QStringLiteral("chooseConditions"));
    ASSERT_TRUE(choose);
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ConditionsDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(d);
        d->addRow(QStringLiteral("gender"), QStringLiteral("female"));
        answered = true;
        d->accept();
    });
    choose->trigger();
    ASSERT_TRUE(answered);
    EXPECT_EQ(conditions->text(), QStringLiteral("gender=female"));
    auto *target = qobject_cast<QDoubleSpinBox *>(form->editor(QStringLiteral("target")));
    if (target)
        target->setValue(40);
    ASSERT_TRUE(editor->save()) << Dialogs::takeWarnings().join(u'\n').toStdString();
    Statement s = store->db().prepare(
        QStringLiteral("SELECT measure, conditions, formula FROM indicator WHERE code = 'NEW-1'"));
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.text(0), QStringLiteral("participants"));
    EXPECT_EQ(s.text(1), QStringLiteral("gender=female"));
    EXPECT_EQ(s.text(2), QStringLiteral("value"));
}

} // namespace
} // namespace ef::test
