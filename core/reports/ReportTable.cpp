#include "ReportTable.h"

#include "store/Database.h"

namespace ef {

qint64 ReportTable::rowCount(Database &db) const
{
    if (sql.isEmpty())
        return rows.size();
    Statement s = db.prepare(QStringLiteral("SELECT count(*) FROM (%1)").arg(sql));
    for (int i = 0; i < args.size(); ++i)
        s.bind(i + 1, args.at(i));
    return s.next() ? s.int64(0) : 0;
}

bool ReportTable::forEachRow(Database &db, const RowFn &fn) const
{
    if (sql.isEmpty()) {
        for (const Row &r : rows)
            if (!fn(r))
                return false;
        return true;
    }
    Statement s = db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        s.bind(i + 1, args.at(i));
    while (s.next())
        if (!fn(read(s)))
            return false;
    return true;
}

} // namespace ef
