// The one seam through which core reads the time: sync, expiry alerts and certificates
// all take a Clock, so tests can move time with ManualClock instead of waiting for it.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <cstdint>

namespace ef {

class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual std::int64_t nowMs() const = 0;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    QDate today() const { return now().toLocalTime().date(); }

    // The process-wide system clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override;
};

// A clock that only moves when told; for tests and deterministic data generation.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t startMs = 1'735'689'600'000)
        : m_ms(startMs)
    { }
    std::int64_t nowMs() const override { return m_ms; }
    void setMs(std::int64_t ms) { m_ms = ms; }
    void advanceMs(std::int64_t ms) { m_ms += ms; }
    void setDateTime(const QDateTime &dt) { m_ms = dt.toMSecsSinceEpoch(); }

private:
    std::int64_t m_ms;
};

} // namespace ef
