#include "PartnershipEditor.h"

#include "AmendCommand.h"
#include "AmendmentDialog.h"
#include "Dialogs.h"
#include "PartnershipHistory.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "partnerships/Partnership.h"
#include "partnerships/PartnershipChanges.h"
#include "partnerships/PartnershipValues.h"
#include "records/EnumText.h"
#include "records/RecordCommands.h"
#include "records/RecordDialog.h"
#include "records/RecordEditing.h"
#include "records/RecordForm.h"
#include "store/Attachments.h"
#include "store/Store.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUrl>

namespace ef {

namespace {

// Writes a document's bytes to a file; false, with the error shown under `title`, if not.
bool writeFile(QWidget *parent, const QString &path, const QByteArray &bytes, const QString &title)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush())
        return true;
    Dialogs::warn(parent, title,
        PartnershipEditor::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), f.errorString()));
    return false;
}

} // namespace

void PartnershipEditor::registerWith(RecordEditing &editing)
{
    editing.setEditorExtension(
        QStringLiteral("partnership"), [] { return std::make_unique<PartnershipEditor>(); });
}

void PartnershipEditor::addTabs(RecordDialog &dialog)
{
    dialog.addTab(new PartnershipHistory(dialog.editing().store(), dialog.recordId()),
        [] { return tr("History"); });
}

void PartnershipEditor::relatedListAdded(RecordDialog &dialog, ListPage &list)
{
    if (list.model()->list().key == u"documents")
        addDocumentButtons(dialog, list);
}

void PartnershipEditor::addDocumentButtons(RecordDialog &dialog, ListPage &documents)
{
    QPushButton *add = dialog.addListButton(
        &documents, [] { return tr("&Add file…"); }, true);
    QPushButton *open = dialog.addListButton(
        &documents, [] { return tr("Open &file"); }, false);
    QPushButton *saveAs = dialog.addListButton(
        &documents, [] { return tr("Save &as…"); }, false);
    RecordEditing &editing = dialog.editing();
    Store &store = editing.store();
    const Uuid partnership = dialog.recordId();
    RecordDialog *parent = &dialog;
    ListPage *list = &documents;
    // The selected document and its bytes; nothing (the reason shown) when there are none.
    auto selected = [parent, &store, list]() -> std::optional<std::pair<Attachment, QByteArray>> {
        const Uuid id = list->currentId();
        const std::optional<Attachment> a = id.isNull() ? std::nullopt : store.get<Attachment>(id);
        if (!a)
            return std::nullopt;
        auto bytes = Attachments::content(store, *a);
        if (!bytes) {
            Dialogs::warn(parent, tr("Document not available"),
                tr("The content of “%1” is not on this computer yet or is damaged; it arrives "
                   "with the next sync.")
                    .arg(a->fileName));
            return std::nullopt;
        }
        return std::pair {*a, *bytes};
    };
    QObject::connect(add, &QPushButton::clicked, parent, [parent, &editing, partnership] {
        const QString path = Dialogs::openFileName(parent, tr("Attach a document"));
        if (path.isEmpty())
            return;
        auto added = Attachments::addFile(editing.store(), partnership, path);
        if (!added) {
            Dialogs::warn(parent, tr("Not attached"), added.error().message);
            return;
        }
        editing.undoStack().push(
            new CreateRecordsCommand(editing, {{QStringLiteral("attachment"), added->id}},
                [file = added->fileName] { return tr("attach %1").arg(file); }));
    });
    QObject::connect(open, &QPushButton::clicked, parent, [parent, selected] {
        const auto doc = selected();
        if (!doc)
            return;
        const auto &[a, bytes] = *doc;
        // Opened from a copy in the temporary folder: the store keeps the original.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
            + QStringLiteral("/edufusion-documents");
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + a.fileName;
        if (writeFile(parent, path, bytes, tr("Cannot open")))
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    QObject::connect(saveAs, &QPushButton::clicked, parent, [parent, selected] {
        const auto doc = selected();
        if (!doc)
            return;
        const QString path
            = Dialogs::saveFileName(parent, tr("Save document as"), doc->first.fileName);
        if (!path.isEmpty())
            writeFile(parent, path, doc->second, tr("Not saved"));
    });
}

// The status offers only the moves the lifecycle allows from the saved status.
void PartnershipEditor::restrictChoices(
    RecordDialog &dialog, const std::optional<RecordValues> &saved)
{
    const QString status
        = saved ? saved->value(QStringLiteral("status")).toString() : QStringLiteral("proposed");
    const auto from = enumFromText<PartnershipStatus>(status).value_or(PartnershipStatus::Proposed);
    QStringList allowed;
    for (PartnershipStatus to : enumValues<PartnershipStatus>())
        if (saved ? Partnership::canMove(from, to)
                  : (to == PartnershipStatus::Proposed || to == PartnershipStatus::Negotiating))
            allowed << QString(enumText(to));
    dialog.form()->restrictEnum(QStringLiteral("status"), allowed);
}

// A change to the terms of a signed agreement is recorded as an amendment: asks for its date,
// summary and document, then records it as one undoable action. Nothing when the change is not
// one (an unsigned agreement, or no term changed).
std::optional<EditorExtension::Saved> PartnershipEditor::saveChange(
    RecordDialog &dialog, const RecordValues &saved, const RecordValues &afterValues)
{
    RecordEditing &editing = dialog.editing();
    Store &store = editing.store();
    const std::optional<Partnership> before = store.get<Partnership>(saved.id);
    if (!before || !before->isSigned())
        return std::nullopt;
    const Partnership after = partnershipFromValues(afterValues);
    const QStringList terms = PartnershipChanges::changedTerms(*before, after);
    if (terms.isEmpty())
        return std::nullopt;
    QStringList labels;
    for (const QString &column : terms)
        if (const FieldInfo *f = dialog.type().field(column))
            labels << f->translatedLabel();
    const auto answer = AmendmentDialog::ask(labels, store.clock().today(), &dialog);
    if (!answer)
        return Saved {};
    std::optional<PartnershipChanges::Document> document;
    if (!answer->documentPath.isEmpty()) {
        QFile file(answer->documentPath);
        if (!file.open(QIODevice::ReadOnly)) {
            Dialogs::warn(&dialog, tr("Not saved"),
                tr("Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(answer->documentPath), file.errorString()));
            return Saved {};
        }
        document = PartnershipChanges::Document {QFileInfo(file).fileName(), file.readAll()};
    }
    auto amended = PartnershipChanges::amend(store, after, answer->date, answer->summary, document);
    if (!amended) {
        if (amended.error().kind == StoreError::Kind::Invalid
            && !amended.error().problems.isEmpty())
            dialog.form()->showProblems(amended.error().problems, true);
        Dialogs::warn(&dialog, tr("Not saved"), amended.error().message);
        return Saved {};
    }
    const std::optional<Partnership> now = store.get<Partnership>(saved.id);
    editing.undoStack().push(new AmendCommand(
        editing, *before, now.value_or(after), amended->id, amended->attachmentId));
    return Saved {true, partnershipValues(now.value_or(after))};
}

} // namespace ef
