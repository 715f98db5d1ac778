#include "DashboardWorker.h"

#include "store/Database.h"
#include "store/ReaderConnection.h"

namespace ef {

DashboardWorker::DashboardWorker(QString storePath)
    : m_path(std::move(storePath))
{ }

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::compute(const DashboardQuery &query)
{
    if (!m_db) {
        auto db = ReaderConnection::open(m_path);
        if (!db) {
            Q_EMIT failed(db.error().message);
            return;
        }
        m_db = std::move(*db);
    }
    (void)m_db->exec(QStringLiteral("BEGIN"));
    DashboardFigures f = DashboardFigures::compute(*m_db, query);
    (void)m_db->exec(QStringLiteral("COMMIT"));
    Q_EMIT computed(f);
}

} // namespace ef
