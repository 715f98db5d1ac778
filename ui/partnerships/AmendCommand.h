// An amendment recorded from the editor, as an undoable action: undo withdraws the amendment
// (and its document) and puts the terms back; redo records them again.
#pragma once

#include "domain/Partnership.h"

#include <QUndoCommand>

namespace ef {

class Store;

class AmendCommand : public QUndoCommand
{
public:
    AmendCommand(
        Store &store, Partnership before, Partnership after, Uuid amendmentId, Uuid attachmentId);
    void undo() override;
    void redo() override;

private:
    Store &m_store;
    Partnership m_before;
    Partnership m_after;
    Uuid m_amendment;
    Uuid m_attachment;
    bool m_done = true; // the first redo() is the amendment already recorded
};

} // namespace ef
