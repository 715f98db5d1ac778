#include "RecordEditing.h"

#include "Dialogs.h"
#include "RecordCommands.h"
#include "RecordDialog.h"
#include "records/Dependents.h"
#include "records/RecordType.h"
#include "store/Store.h"

#include <QApplication>
#include <QUndoStack>

namespace ef {

RecordEditing::RecordEditing(Store &store, QUndoStack &undo, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(undo)
    , m_account(SyncAccount::of(store))
{ }

void RecordEditing::setAccount(const SyncAccount &account)
{
    m_account = account;
    Q_EMIT accountChanged();
}

QString RecordEditing::whyReadOnly(const QString &table, const Uuid &id) const
{
    if (m_account.role == SyncAccount::Role::None)
        return {};
    const RecordType *type = RecordType::find(table);
    const std::optional<RecordValues> values = type ? type->load(m_store, id) : std::nullopt;
    return m_account.whyReadOnly(table, values ? values->ownerId : Uuid());
}

RecordDialog *RecordEditing::open(const QString &table, const Uuid &id, QWidget *parent)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<RecordDialog *>(w); d && d->recordId() == id && d->isVisible()) {
            d->raise();
            d->activateWindow();
            return d;
        }
    const RecordType *type = RecordType::find(table);
    if (!type)
        return nullptr;
    const std::optional<RecordValues> values = type->load(m_store, id);
    if (!values) {
        Dialogs::warn(parent, tr("Record not found"),
            tr("This record no longer exists: it was deleted here or by another office."));
        return nullptr;
    }
    auto *d = new RecordDialog(*this, *type, values, parent);
    d->setReadOnly(m_account.whyReadOnly(table, values->ownerId));
    d->show();
    Q_EMIT dialogOpened(d);
    return d;
}

RecordDialog *RecordEditing::create(
    const QString &table, const QVariantMap &prefill, QWidget *parent)
{
    const RecordType *type = RecordType::find(table);
    if (!type)
        return nullptr;
    if (const QString why = whyNoCreate(table); !why.isEmpty()) {
        Dialogs::warn(parent, tr("Not allowed"), why);
        return nullptr;
    }
    RecordValues values = type->blank(m_store);
    for (auto it = prefill.begin(); it != prefill.end(); ++it)
        values.fields.insert(it.key(), it.value());
    auto *d = new RecordDialog(*this, *type, std::nullopt, parent);
    d->setValues(values);
    d->show();
    Q_EMIT dialogOpened(d);
    return d;
}

bool RecordEditing::remove(const QString &table, const Uuid &id, QWidget *parent)
{
    const RecordType *type = RecordType::find(table);
    const std::optional<RecordValues> values = type ? type->load(m_store, id) : std::nullopt;
    if (!values)
        return false;
    if (const QString why = m_account.whyReadOnly(table, values->ownerId); !why.isEmpty()) {
        Dialogs::warn(parent, tr("Not allowed"), why);
        return false;
    }
    const RecordRef root {table, id};
    const QString dependents = Dependents::describe(Dependents::of(m_store, root));
    const QString title = type->title(*values);
    const QString question = dependents.isEmpty()
        ? tr("Delete “%2” (%1)?\n\nYou can undo this with Edit › Undo.").arg(type->name(), title)
        : tr("Delete “%2” (%1)?\n\nThese records depend on it and will be deleted with it: %3.\n\n"
             "You can undo this with Edit › Undo.")
              .arg(type->name(), title, dependents);
    if (Dialogs::ask(parent, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    auto removed = Dependents::removeWithDependents(m_store, root);
    if (!removed) {
        Dialogs::warn(parent, tr("Not deleted"), removed.error().message);
        return false;
    }
    m_undo.push(
        new DeleteRecordsCommand(*this, *removed, [title] { return tr("delete %1").arg(title); }));
    return true;
}

void RecordEditing::setEditorExtension(const QString &table, EditorExtension::Factory factory)
{
    m_extensions.insert(table, std::move(factory));
}

std::unique_ptr<EditorExtension> RecordEditing::makeEditorExtension(const QString &table) const
{
    const auto it = m_extensions.constFind(table);
    return it == m_extensions.cend() ? nullptr : (*it)();
}

} // namespace ef
