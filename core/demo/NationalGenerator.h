// A deterministic national-scale store: every office, person, agreement, event, certificate and
// enrollment made from one seed, for benchmarks and load tests. Rows go to a RowSink, so the same
// rows can be written through the store (StoreSink) or, as a baseline, straight to SQLite.
#pragma once

#include "store/StoreError.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <cstdint>
#include <functional>

namespace ef {

struct Certificate;
struct Course;
struct Enrollment;
struct Institution;
struct Offering;
struct Participation;
struct Partnership;
struct Person;
struct TrainingEvent;
struct TrainingProgramme;
class Store;

class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual Result<void, StoreError> put(Institution &r) = 0;
    virtual Result<void, StoreError> put(Person &r) = 0;
    virtual Result<void, StoreError> put(Partnership &r) = 0;
    virtual Result<void, StoreError> put(TrainingProgramme &r) = 0;
    virtual Result<void, StoreError> put(TrainingEvent &r) = 0;
    virtual Result<void, StoreError> put(Participation &r) = 0;
    virtual Result<void, StoreError> put(Certificate &r) = 0;
    virtual Result<void, StoreError> put(Course &r) = 0;
    virtual Result<void, StoreError> put(Offering &r) = 0;
    virtual Result<void, StoreError> put(Enrollment &r) = 0;
    // Rows are written in batches; each batch is one transaction around fn.
    virtual Result<void, StoreError> batch(const std::function<Result<void, StoreError>()> &fn) = 0;
};

// Writes through Store::insert: validation, change tracking and search index included.
class StoreSink final : public RowSink
{
public:
    explicit StoreSink(Store &store)
        : m_store(store)
    { }
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
    Store &m_store;
};

// How many rows of each kind; the defaults are the national scale.
struct NationalScale
{
    int institutions = 130;
    int people = 40'000;
    int partnerships = 5'000;
    int events = 2'000;
    int participations = 200'000;
    int certificates = 60'000;
    int courses = 3'000;
    int offerings = 30'000;
    int enrollments = 1'000'000;

    // The same proportions, smaller (at least a handful of each).
    NationalScale scaled(double factor) const;
    std::int64_t totalRows() const;
};

class NationalGenerator
{
    Q_DECLARE_TR_FUNCTIONS(NationalGenerator)

public:
    using Scale = NationalScale;

    // Called every batch with rows written so far and the total; return false to cancel.
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;

    explicit NationalGenerator(Scale scale = NationalScale(), quint32 seed = 20241201)
        : m_scale(scale)
        , m_seed(seed)
    { }

    // Makes every row and hands it to the sink, in batches of batchRows.
    Result<void, StoreError> run(
        RowSink &sink, const Progress &progress = {}, int batchRows = 5000) const;

    // Creates a new store file at path and fills it (the app's --generate-national). A run
    // cancelled by `progress` or failed leaves no file behind.
    static Result<void, StoreError> generate(
        const QString &path, Scale scale, const Progress &progress = {});
    // Where generate() makes the store until it is complete.
    static QString partPath(const QString &path);

private:
    Scale m_scale;
    quint32 m_seed;
};

} // namespace ef
