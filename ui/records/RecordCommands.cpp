#include "RecordCommands.h"

#include "RecordEditing.h"
#include "store/Store.h"

namespace ef {

namespace {
Result<void, StoreError> removeAll(Store &store, const QList<RecordRef> &records)
{
    return store.transact([&]() -> Result<void, StoreError> {
        for (const RecordRef &ref : records)
            if (auto r = RecordType::find(ref.table)->remove(store, ref.id); !r)
                return r;
        return {};
    });
}
} // namespace

RecordCommand::RecordCommand(RecordEditing &editing, Describe describe)
    : m_editing(editing)
    , m_store(editing.store())
    , m_describe(std::move(describe))
{
    retranslate();
}

void RecordCommand::retranslate()
{
    setText(m_describe());
}

void RecordCommand::report(const StoreError &error) const
{
    m_editing.reportUndoFailure(error.message);
}

SaveRecordCommand::SaveRecordCommand(RecordEditing &editing, const RecordType &type,
    std::optional<RecordValues> before, RecordValues after)
    : RecordCommand(editing,
        [edited = before.has_value(), title = type.title(after)] {
            return edited ? QCoreApplication::translate("RecordCommand", "edit %1").arg(title)
                          : QCoreApplication::translate("RecordCommand", "create %1").arg(title);
        })
    , m_type(type)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void SaveRecordCommand::undo()
{
    auto r = m_before ? m_type.save(m_store, *m_before) : m_type.remove(m_store, m_after.id);
    if (!r)
        report(r.error());
}

void SaveRecordCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    RecordValues after = m_after;
    auto r = m_before ? m_type.save(m_store, after) : m_type.restore(m_store, m_after.id);
    if (r && !m_before)
        r = m_type.save(m_store, after); // the values as saved, should a sync have changed them
    if (!r)
        report(r.error());
}

DeleteRecordsCommand::DeleteRecordsCommand(
    RecordEditing &editing, QList<RecordRef> removed, Describe describe)
    : RecordCommand(editing, std::move(describe))
    , m_removed(std::move(removed))
{ }

void DeleteRecordsCommand::undo()
{
    if (auto r = Dependents::restore(m_store, m_removed); !r)
        report(r.error());
}

void DeleteRecordsCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    if (auto r = removeAll(m_store, m_removed); !r)
        report(r.error());
}

CreateRecordsCommand::CreateRecordsCommand(
    RecordEditing &editing, QList<RecordRef> created, Describe describe)
    : RecordCommand(editing, std::move(describe))
    , m_created(std::move(created))
{ }

void CreateRecordsCommand::undo()
{
    if (auto r = removeAll(m_store, m_created); !r)
        report(r.error());
}

void CreateRecordsCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    if (auto r = Dependents::restore(m_store, m_created); !r)
        report(r.error());
}

} // namespace ef
