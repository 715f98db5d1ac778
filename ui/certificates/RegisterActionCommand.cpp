#include "RegisterActionCommand.h"

#include "records/RecordEditing.h"

namespace ef {

RegisterActionCommand::RegisterActionCommand(RecordEditing &editing,
    CertificateRegister::Receipt receipt, SignerPool::Held signer, Describe describe)
    : RecordCommand(editing, std::move(describe))
    , m_receipt(std::move(receipt))
    , m_signer(std::move(signer))
{ }

void RegisterActionCommand::undo()
{
    if (auto r = CertificateRegister(m_store).undo(m_receipt, m_signer.signer()); !r)
        m_editing.reportUndoFailure(r.error());
}

void RegisterActionCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    if (auto r = CertificateRegister(m_store).redo(m_receipt, m_signer.signer()); !r)
        m_editing.reportUndoFailure(r.error());
}

} // namespace ef
