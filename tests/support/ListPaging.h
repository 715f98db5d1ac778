// Reads a list query page after page, as a model fetching more would, for tests that compare
// the pages with one whole query.
#pragma once

#include "store/ListQuery.h"

namespace ef::test {

inline QList<Uuid> allPages(const ListQuery &q, int pageSize)
{
    QList<Uuid> ids;
    std::optional<ListQuery::Row> last;
    for (;;) {
        const auto page = q.fetch(last, pageSize);
        for (const auto &r : page)
            ids << r.id;
        if (page.size() < pageSize)
            return ids;
        last = page.last();
    }
}

} // namespace ef::test
