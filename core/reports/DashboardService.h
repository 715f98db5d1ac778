// Computes the dashboard's figures off the UI thread, on a reader connection of its own, one
// request at a time: a request made while one runs replaces any waiting one, so a burst of edits
// costs one more computation, not one each. Results arrive on the thread that asked.
#pragma once

#include "DashboardFigures.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QThread;

namespace ef {

class DashboardWorker;

class DashboardService : public QObject
{
    Q_OBJECT

public:
    explicit DashboardService(const QString &storePath, QObject *parent = nullptr);
    ~DashboardService() override;

    void request(const DashboardQuery &query);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void ready(const ef::DashboardFigures &figures);
    void failed(const QString &message);

private:
    void computed(const ef::DashboardFigures &figures);

    QThread *m_thread;
    DashboardWorker *m_worker;
    bool m_busy = false;
    std::optional<DashboardQuery> m_waiting;
};

} // namespace ef
