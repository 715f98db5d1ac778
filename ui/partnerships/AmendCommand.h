// An amendment recorded from the editor, as an undoable action: undo withdraws the amendment
// (and its document) and puts the terms back; redo records them again.
#pragma once

#include "partnerships/Partnership.h"
#include "records/RecordCommands.h"

namespace ef {

class AmendCommand : public RecordCommand
{
public:
    AmendCommand(RecordEditing &editing, Partnership before, Partnership after, Uuid amendmentId,
        Uuid attachmentId);
    void undo() override;
    void redo() override;

private:
    Partnership m_before;
    Partnership m_after;
    Uuid m_amendment;
    Uuid m_attachment;
};

} // namespace ef
