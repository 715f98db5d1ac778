#include "TrainingEventEditor.h"

#include "AddParticipantsDialog.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "records/RecordDialog.h"
#include "records/RecordEditing.h"

#include <QPushButton>

namespace ef {

void TrainingEventEditor::registerWith(RecordEditing &editing)
{
    editing.setEditorExtension(
        QStringLiteral("training_event"), [] { return std::make_unique<TrainingEventEditor>(); });
}

void TrainingEventEditor::relatedListAdded(RecordDialog &dialog, ListPage &list)
{
    if (list.model()->list().key != u"participations")
        return;
    QPushButton *add = dialog.addListButton(
        &list, [] { return tr("Add &participants…"); }, true);
    RecordDialog *parent = &dialog;
    QObject::connect(add, &QPushButton::clicked, parent, [parent] {
        auto *d = new AddParticipantsDialog(parent->editing(), parent->recordId(), parent);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
}

} // namespace ef
