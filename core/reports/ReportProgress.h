// How a report writer tells how far it is and learns that it was cancelled: called every few
// hundred rows with the rows written and the total; false stops the export.
#pragma once

#include <QtGlobal>
#include <functional>

namespace ef {

using ReportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace ef
