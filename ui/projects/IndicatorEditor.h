// What an indicator's editor adds to the generic record editor: its conditions are picked from
// the dimensions of its measure (ConditionsDialog) rather than typed, for the count and for
// the denominator of a share.
#pragma once

#include "records/EditorExtension.h"

#include <QCoreApplication>

namespace ef {

class RecordEditing;

class IndicatorEditor final : public EditorExtension
{
    Q_DECLARE_TR_FUNCTIONS(ef::IndicatorEditor)

public:
    // Every indicator editor of the window gets one.
    static void registerWith(RecordEditing &editing);

    void restrictChoices(RecordDialog &dialog, const std::optional<RecordValues> &saved) override;

private:
    bool m_attached = false;
};

} // namespace ef
