// The report export as the app's Task: runs ReportExport on a thread of its own with a reader
// connection, so the window never waits; reports progress and stops on Cancel, leaving no
// half-written file.
#pragma once

#include "ReportExport.h"
#include "util/Task.h"

#include <atomic>

class QThread;

namespace ef {

class ReportExportTask : public Task
{
    Q_OBJECT

public:
    explicit ReportExportTask(QObject *parent = nullptr);
    ~ReportExportTask() override;

    void start(const QString &storePath, const ReportRequest &request);
    void cancel() override;
    // Blocks until the thread has ended (tests, closing the window).
    void wait();

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
};

} // namespace ef
