// `--generate-national` as one Task: makes the national-scale store on a worker thread,
// reports the rows written, and stops when cancelled. What is not complete never has the name
// asked for (NationalGenerator::generate makes it under another and removes it when stopped).
#pragma once

#include "NationalGenerator.h"
#include "util/Task.h"

#include <atomic>

class QThread;

namespace ef {

class NationalGenerationTask : public Task
{
    Q_OBJECT

public:
    NationalGenerationTask(QString path, NationalScale scale, QObject *parent = nullptr);
    // Stops a generation still running and waits for it: its part is removed.
    ~NationalGenerationTask() override;

    QString path() const { return m_path; }
    const NationalScale &scale() const { return m_scale; }

    void start();
    void cancel() override;

private:
    void workDone(const Result<void, StoreError> &result);

    QString m_path;
    NationalScale m_scale;
    std::atomic<bool> m_cancelled {false};
    QThread *m_worker = nullptr;
};

} // namespace ef
