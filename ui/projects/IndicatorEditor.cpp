#include "IndicatorEditor.h"

#include "ConditionsDialog.h"
#include "records/RecordDialog.h"
#include "records/RecordEditing.h"
#include "records/RecordForm.h"
#include "reports/MeasureCatalog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QStyle>

namespace ef {

void IndicatorEditor::registerWith(RecordEditing &editing)
{
    editing.setEditorExtension(
        QStringLiteral("indicator"), [] { return std::make_unique<IndicatorEditor>(); });
}

void IndicatorEditor::restrictChoices(RecordDialog &dialog, const std::optional<RecordValues> &)
{
    if (std::exchange(m_attached, true))
        return;
    RecordForm *form = dialog.form();
    RecordDialog *parent = &dialog;
    // Each conditions field with the measure it applies to.
    const std::pair<const char *, const char *> fields[]
        = {{"conditions", "measure"}, {"denominator_conditions", "denominator"}};
    for (const auto &[conditionsColumn, measureColumn] : fields) {
        auto *edit = qobject_cast<QLineEdit *>(form->editor(QString::fromLatin1(conditionsColumn)));
        auto *measure = qobject_cast<QComboBox *>(form->editor(QString::fromLatin1(measureColumn)));
        if (!edit || !measure)
            continue;
        QAction *choose
            = edit->addAction(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView),
                QLineEdit::TrailingPosition);
        choose->setObjectName(QStringLiteral("chooseConditions"));
        choose->setToolTip(tr("Choose the conditions from the measure's dimensions…"));
        QObject::connect(choose, &QAction::triggered, parent, [parent, edit, measure] {
            const MeasureDefinition *m = MeasureCatalog::of(measure->currentData().toString());
            if (!m || edit->isReadOnly() || !edit->isEnabled())
                return;
            ConditionsDialog d(parent->editing().store(), *m, edit->text(), parent);
            if (d.exec() != QDialog::Accepted)
                return;
            edit->setText(d.conditions());
            // As if typed: the form validates and marks the record changed.
            Q_EMIT edit->textEdited(edit->text());
        });
    }
}

} // namespace ef
