#include "TrainingEventEditor.h"

#include "AddParticipantsDialog.h"
#include "Dialogs.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "records/RecordDialog.h"
#include "records/RecordEditing.h"
#include "reports/AttendanceSheet.h"
#include "store/Store.h"

#include <QMenu>
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
    // Signed lists for the grant: a sheet with a column per day, or the list with results, in
    // the language the event's organisers need (names in Latin letters for English).
    const std::pair<AttendanceSheet::Kind, QPushButton *> sheets[] = {
        {AttendanceSheet::Kind::Attendance,
            dialog.addListButton(
                &list, [] { return tr("&Attendance sheet (PDF)…"); }, false)},
        {AttendanceSheet::Kind::ParticipantList,
            dialog.addListButton(
                &list, [] { return tr("Participant &list (PDF)…"); }, false)},
    };
    for (const auto &[kind, button] : sheets) {
        auto *menu = new QMenu(button);
        const std::pair<const char *, QString> languages[] = {
            {QT_TR_NOOP("In Kazakh"), QStringLiteral("kk")},
            {QT_TR_NOOP("In Russian"), QStringLiteral("ru")},
            {QT_TR_NOOP("In English, names in Latin letters"), QStringLiteral("en")},
        };
        for (const auto &[label, language] : languages) {
            QAction *a = menu->addAction(tr(label));
            const AttendanceSheet::Kind k = kind;
            const QString lang = language;
            QObject::connect(a, &QAction::triggered, parent, [parent, k, lang] {
                const QString suggested
                    = (k == AttendanceSheet::Kind::Attendance ? tr("attendance-%1.pdf")
                                                              : tr("participants-%1.pdf"))
                          .arg(lang);
                const QString path = Dialogs::saveFileName(
                    parent, tr("Save as PDF"), suggested, tr("PDF document (*.pdf)"));
                if (path.isEmpty())
                    return;
                const auto r = AttendanceSheet::write(parent->editing().store().db(),
                    parent->recordId(), k, lang,
                    lang == u"en" ? AttendanceSheet::Script::Latin
                                  : AttendanceSheet::Script::Native,
                    path);
                if (!r)
                    Dialogs::warn(parent, tr("Save as PDF"), r.error());
            });
        }
        button->setMenu(menu);
    }
}

} // namespace ef
