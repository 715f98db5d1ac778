// Hybrid logical clock: 48 bits of wall-clock milliseconds and a 16-bit counter in one int64,
// so clocks compare as integers. Physical time is the local Clock corrected by the offset to the
// server measured at the last sync, so a PC with a wrong clock does not win every merge.
#pragma once

#include <cstdint>

namespace ef {

class Clock;

class Hlc
{
public:
    static constexpr int CounterBits = 16;
    static constexpr std::int64_t CounterMask = (std::int64_t(1) << CounterBits) - 1;

    explicit Hlc(const Clock &clock)
        : m_clock(&clock)
    { }

    // A new timestamp for a local event, greater than every one seen before.
    std::int64_t tick();
    // Moves the clock past a timestamp received from elsewhere.
    void observe(std::int64_t remote);
    std::int64_t last() const { return m_last; }

    void setServerOffsetMs(std::int64_t offsetMs) { m_offsetMs = offsetMs; }
    std::int64_t serverOffsetMs() const { return m_offsetMs; }

    static std::int64_t pack(std::int64_t ms, std::int64_t counter)
    {
        return (ms << CounterBits) | counter;
    }
    static std::int64_t millis(std::int64_t hlc) { return hlc >> CounterBits; }
    static std::int64_t counter(std::int64_t hlc) { return hlc & CounterMask; }

private:
    std::int64_t physicalMs() const;

    const Clock *m_clock;
    std::int64_t m_last = 0;
    std::int64_t m_offsetMs = 0;
};

} // namespace ef
