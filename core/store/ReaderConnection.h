// A read-only connection of its own to a store file, for long reads off the UI thread (reports,
// the dashboard): WAL lets it read a consistent snapshot while the app's connection writes.
#pragma once

#include "Database.h"
#include "StoreError.h"

#include <memory>

namespace ef {

class ReaderConnection
{
public:
    static Result<std::unique_ptr<Database>, StoreError> open(const QString &path);
};

} // namespace ef
