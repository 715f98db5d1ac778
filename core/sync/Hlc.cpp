#include "Hlc.h"

#include "util/Clock.h"

#include <algorithm>

namespace ef {

std::int64_t Hlc::physicalMs() const
{
    return m_clock->nowMs() + m_offsetMs;
}

std::int64_t Hlc::tick()
{
    const std::int64_t wall = pack(physicalMs(), 0);
    // When the counter would overflow, borrow the next millisecond: the clock stays monotonic.
    m_last = std::max(wall, m_last + 1);
    return m_last;
}

void Hlc::observe(std::int64_t remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace ef
