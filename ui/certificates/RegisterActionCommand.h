// One action on the certificate register (certificates issued, one reissued, one revoked) in
// the undo history: done before it is pushed; undo takes it back while the server has not got
// it, redo does it again, both re-signing the office's revocation list with the held key.
#pragma once

#include "certificates/CertificateRegister.h"
#include "certificates/SignerPool.h"
#include "records/RecordCommands.h"

namespace ef {

class RegisterActionCommand : public RecordCommand
{
public:
    RegisterActionCommand(RecordEditing &editing, CertificateRegister::Receipt receipt,
        SignerPool::Held signer, Describe describe);
    void undo() override;
    void redo() override;

private:
    CertificateRegister::Receipt m_receipt;
    SignerPool::Held m_signer;
};

} // namespace ef
