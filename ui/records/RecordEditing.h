// Opening, creating and deleting records from anywhere in a window (lists, search, related
// lists), with every change on the window's undo stack.
#pragma once

#include "util/Uuid.h"

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

Q_SIGNALS:
    void dialogOpened(ef::RecordDialog *dialog);

private:
    Store &m_store;
    QUndoStack &m_undo;
};

} // namespace ef
