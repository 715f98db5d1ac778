// The undoable user actions on records. Each is done once before it is pushed (so a refused
// save never enters the stack); undo and redo then replay it through the store, which tells the
// lists to reload. A replay the store refuses is reported to the window's RecordEditing.
#pragma once

#include "records/Dependents.h"
#include "records/RecordType.h"

#include <QUndoCommand>
#include <functional>

namespace ef {

class RecordEditing;
class Store;

class RecordCommand : public QUndoCommand
{
public:
    // What the command is called in the undo history, in the current language.
    using Describe = std::function<QString()>;

    // Names the command again in the current language (after the language was switched).
    void retranslate();

protected:
    RecordCommand(RecordEditing &editing, Describe describe);
    // An undo or redo the store refused (a record changed meanwhile by sync): the window says so.
    void report(const StoreError &error) const;
    RecordEditing &m_editing;
    Store &m_store;
    Describe m_describe;
    bool m_done = true; // the first redo() is the action already done
};

// A record created or edited: undo brings back the values before (or deletes the new record).
class SaveRecordCommand : public RecordCommand
{
public:
    SaveRecordCommand(RecordEditing &editing, const RecordType &type,
        std::optional<RecordValues> before, RecordValues after);
    void undo() override;
    void redo() override;

private:
    const RecordType &m_type;
    std::optional<RecordValues> m_before;
    RecordValues m_after;
};

// Records deleted together (a record and its dependents, or several new ones undone).
class DeleteRecordsCommand : public RecordCommand
{
public:
    DeleteRecordsCommand(RecordEditing &editing, QList<RecordRef> removed, Describe describe);
    void undo() override;
    void redo() override;

private:
    QList<RecordRef> m_removed;
};

// Records created together (participants added to an event): undo deletes them.
class CreateRecordsCommand : public RecordCommand
{
public:
    CreateRecordsCommand(RecordEditing &editing, QList<RecordRef> created, Describe describe);
    void undo() override;
    void redo() override;

private:
    QList<RecordRef> m_created;
};

} // namespace ef
