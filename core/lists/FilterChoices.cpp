#include "FilterChoices.h"

#include "store/Store.h"

namespace ef {

QList<Semester> FilterChoices::semesters(Store &store)
{
    QList<Semester> out;
    Statement s = store.db().prepare(QStringLiteral(
        "SELECT DISTINCT semester FROM offering WHERE deleted = 0 ORDER BY semester DESC"));
    while (s.next())
        out << Semester::fromStorage(QVariant(qint64(s.int64(0))));
    return out;
}

} // namespace ef
