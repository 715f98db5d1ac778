// The benchmark's baseline: the generator's rows inserted with prepared statements bound by hand
// through the bare sqlite3 C API: no domain validation, no change tracking, no search index.
#pragma once

#include "demo/NationalGenerator.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ef {

class BareSqliteSink final : public RowSink
{
public:
    explicit BareSqliteSink(sqlite3 *db)
        : m_db(db)
    { }
    ~BareSqliteSink() override;

    Result<void, StoreError> put(Institution &r) override;
    Result<void, StoreError> put(Person &r) override;
    Result<void, StoreError> put(Partnership &r) override;
    Result<void, StoreError> put(TrainingProgramme &r) override;
    Result<void, StoreError> put(TrainingEvent &r) override;
    Result<void, StoreError> put(Participation &r) override;
    Result<void, StoreError> put(Certificate &r) override;
    Result<void, StoreError> put(Course &r) override;
    Result<void, StoreError> put(Offering &r) override;
    Result<void, StoreError> put(Enrollment &r) override;
    Result<void, StoreError> batch(const std::function<Result<void, StoreError>()> &fn) override;

private:
    sqlite3_stmt *statement(int slot, const QString &sql);
    Result<void, StoreError> step(sqlite3_stmt *s);

    sqlite3 *m_db;
    sqlite3_stmt *m_statements[10] {};
    long long m_clock = 1;
};

} // namespace ef
