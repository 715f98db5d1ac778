#include "AmendCommand.h"

#include "partnerships/Attachment.h"
#include "partnerships/PartnershipAmendment.h"
#include "records/RecordCommands.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace ef {

AmendCommand::AmendCommand(RecordEditing &editing, Partnership before, Partnership after,
    Uuid amendmentId, Uuid attachmentId)
    : RecordCommand(editing,
        [title = after.title] {
            return QCoreApplication::translate("AmendCommand", "amend %1").arg(title);
        })
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_amendment(amendmentId)
    , m_attachment(attachmentId)
{ }

void AmendCommand::undo()
{
    // Undo is the user taking back what they just recorded, not a new amendment: the terms are
    // written back directly.
    auto r = m_store.transact([&]() -> Result<void, StoreError> {
        if (auto ok = m_store.remove<PartnershipAmendment>(m_amendment); !ok)
            return ok;
        if (!m_attachment.isNull())
            if (auto ok = m_store.remove<Attachment>(m_attachment); !ok)
                return ok;
        return m_store.update(m_before);
    });
    if (!r)
        report(r.error());
}

void AmendCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    auto r = m_store.transact([&]() -> Result<void, StoreError> {
        if (auto ok = m_store.restore<PartnershipAmendment>(m_amendment); !ok)
            return ok;
        if (!m_attachment.isNull())
            if (auto ok = m_store.restore<Attachment>(m_attachment); !ok)
                return ok;
        return m_store.update(m_after);
    });
    if (!r)
        report(r.error());
}

} // namespace ef
