// What a training event's editor adds to the generic record editor: a button under its
// participants that records many people at once (AddParticipantsDialog).
#pragma once

#include "records/EditorExtension.h"

#include <QCoreApplication>

namespace ef {

class RecordEditing;

class TrainingEventEditor final : public EditorExtension
{
    Q_DECLARE_TR_FUNCTIONS(ef::TrainingEventEditor)

public:
    // Every training event editor of the window gets one.
    static void registerWith(RecordEditing &editing);

    void relatedListAdded(RecordDialog &dialog, ListPage &list) override;
};

} // namespace ef
