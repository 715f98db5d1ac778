// What one record kind adds to the generic editor window (RecordDialog): tabs and buttons of its
// own, the choices its lifecycle allows, and a change it saves its own way. A kind's UI registers
// a factory with RecordEditing; every editor of that kind gets an instance of its own.
#pragma once

#include "records/RecordType.h"

#include <functional>
#include <memory>
#include <optional>

namespace ef {

class ListPage;
class RecordDialog;

class EditorExtension
{
public:
    using Factory = std::function<std::unique_ptr<EditorExtension>()>;

    virtual ~EditorExtension() = default;

    // The record exists (opened, or just saved for the first time): tabs of the kind's own,
    // placed before the record's related lists.
    virtual void addTabs(RecordDialog &) { }
    // One of the record's related lists was added to the editor: buttons of the kind's own
    // under it (RecordDialog::addListButton).
    virtual void relatedListAdded(RecordDialog &, ListPage &) { }
    // The form shows the record as saved (nothing: a new record): restrict the choices to what
    // the kind's lifecycle allows from there.
    virtual void restrictChoices(RecordDialog &, const std::optional<RecordValues> &) { }

    // A change to a saved record saved the kind's own way (a signed agreement's terms change
    // by an amendment): whether it was saved, and the record as it now stands.
    struct Saved
    {
        bool ok = false;
        RecordValues values;
    };
    // Nothing: the editor saves the change as usual.
    virtual std::optional<Saved> saveChange(
        RecordDialog &, const RecordValues & /*saved*/, const RecordValues & /*after*/)
    {
        return std::nullopt;
    }
};

} // namespace ef
