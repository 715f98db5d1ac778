#include "Clock.h"

#include <chrono>

namespace ef {

std::int64_t SystemClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ef
