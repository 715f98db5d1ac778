#include "DbError.h"

namespace ef {

QString DbError::toString() const
{
    if (sql.isEmpty())
        return QStringLiteral("%1 (code %2)").arg(message).arg(code);
    return QStringLiteral("%1 (code %2) in: %3").arg(message).arg(code).arg(sql.left(200));
}

} // namespace ef
