// What every benchmark prints its figures with: wall-clock milliseconds, percentiles, stdout.
#pragma once

#include <QList>
#include <QTextStream>
#include <algorithm>
#include <chrono>

namespace ef::bench {

using Steady = std::chrono::steady_clock;

inline double msSince(Steady::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - t0).count();
}

// The p-th percentile (0..1) by nearest rank.
inline double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v[i];
}

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

} // namespace ef::bench
