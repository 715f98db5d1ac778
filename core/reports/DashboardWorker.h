// The dashboard's computation on its own thread: opens a reader connection on first use and
// reads each request in one snapshot (a read transaction, ended before the next request).
#pragma once

#include "DashboardFigures.h"

#include <QObject>
#include <memory>

namespace ef {

class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    explicit DashboardWorker(QString storePath);
    ~DashboardWorker() override;

    void compute(const ef::DashboardQuery &query);

Q_SIGNALS:
    void computed(const ef::DashboardFigures &figures);
    void failed(const QString &message);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace ef
