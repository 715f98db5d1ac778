// Opening, creating and deleting records from anywhere in a window (lists, search, related
// lists), with every change on the window's undo stack.
#pragma once

#include "EditorExtension.h"
#include "sync/SyncAccount.h"
#include "util/Uuid.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>

class QUndoStack;
class QWidget;

namespace ef {

class Store;
class RecordDialog;

class RecordEditing : public QObject
{
    Q_OBJECT

public:
    RecordEditing(Store &store, QUndoStack &undo, QObject *parent = nullptr);

    Store &store() { return m_store; }
    QUndoStack &undoStack() { return m_undo; }

    // The editor of a record; an editor already open for it is raised instead.
    RecordDialog *open(const QString &table, const Uuid &id, QWidget *parent);
    // The editor of a new record with `prefill` values set.
    RecordDialog *create(const QString &table, const QVariantMap &prefill, QWidget *parent);
    // Asks (naming what depends on it), then deletes the record and its dependents as one
    // undoable action. False when the user said no or the store refused.
    bool remove(const QString &table, const Uuid &id, QWidget *parent);

    // What the signed-in role may change here (everything in a store never signed in).
    const SyncAccount &account() const { return m_account; }
    void setAccount(const SyncAccount &account);
    // Empty when the record may be changed; else why not, for a tooltip or a banner.
    QString whyReadOnly(const QString &table, const Uuid &id) const;
    QString whyNoCreate(const QString &table) const { return m_account.whyNoCreate(table); }
    // What the editors of records of `table` add to the generic editor (a kind's UI registers
    // it when the window is made); an editor of such a record gets an instance of its own.
    void setEditorExtension(const QString &table, EditorExtension::Factory factory);
    std::unique_ptr<EditorExtension> makeEditorExtension(const QString &table) const;

    // Tells the window that an undo or redo could not be done (undoFailed).
    void reportUndoFailure(const QString &message) { Q_EMIT undoFailed(message); }

Q_SIGNALS:
    void dialogOpened(ef::RecordDialog *dialog);
    void accountChanged();
    // An undo or redo the store refused (a record changed meanwhile by sync), with why.
    void undoFailed(const QString &message);

private:
    Store &m_store;
    QUndoStack &m_undo;
    SyncAccount m_account;
    QHash<QString, EditorExtension::Factory> m_extensions;
};

} // namespace ef
