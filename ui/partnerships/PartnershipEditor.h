// What an agreement's editor adds to the generic record editor: the history of its terms, the
// buttons of its documents (attach, open, save as), the status moves its lifecycle allows, and
// a change to a signed agreement's terms recorded as an amendment.
#pragma once

#include "records/EditorExtension.h"

#include <QCoreApplication>
#include <QPointer>

class QByteArray;
class QWidget;

namespace ef {

struct Attachment;
class RecordEditing;

class PartnershipEditor final : public EditorExtension
{
    Q_DECLARE_TR_FUNCTIONS(ef::PartnershipEditor)

public:
    // Every agreement editor of the window gets one.
    static void registerWith(RecordEditing &editing);

    void addTabs(RecordDialog &dialog) override;
    void relatedListAdded(RecordDialog &dialog, ListPage &list) override;
    void restrictChoices(RecordDialog &dialog, const std::optional<RecordValues> &saved) override;
    std::optional<Saved> saveChange(
        RecordDialog &dialog, const RecordValues &saved, const RecordValues &after) override;

private:
    void addDocumentButtons(RecordDialog &dialog, ListPage &documents);
};

} // namespace ef
