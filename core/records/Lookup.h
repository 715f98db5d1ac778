// Names of records for pickers and lists that refer to them: the label of an id, and type-ahead
// candidates for what the user typed (full-text search where the kind has an index).
#pragma once

#include "util/Uuid.h"

#include <QList>
#include <QString>

namespace ef {

class Store;

struct LookupItem
{
    Uuid id;
    QString label;
};

class Lookup
{
public:
    static bool supports(const QString &table);
    // The label of a live or deleted record; empty when there is no such record.
    static QString label(Store &store, const QString &table, const Uuid &id);
    // Up to `limit` live records of `table` whose name matches `text` (all, when text is empty
    // and the table is small), ordered by label.
    static QList<LookupItem> find(
        Store &store, const QString &table, const QString &text, int limit = 50);
};

} // namespace ef
