#include "ReaderConnection.h"

namespace ef {

Result<std::unique_ptr<Database>, StoreError> ReaderConnection::open(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return unexpected(StoreError::cannotOpen(path, db.error()));
    // A checkpoint may hold the file for a moment; sorting a large report spills to a
    // temporary file rather than to memory.
    if (auto r = (*db)->exec(QStringLiteral(
            "PRAGMA busy_timeout = 5000; PRAGMA temp_store = FILE; PRAGMA mmap_size = 0; "
            "PRAGMA cache_size = -16000;"));
        !r)
        return unexpected(StoreError::cannotOpen(path, r.error()));
    return std::move(*db);
}

} // namespace ef
