#pragma once

// What every benchmark program prints its figures with.

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

namespace infodoc::bench {

// The value below which a share `p` of the samples fall (0.5: the median).
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

inline double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

// Milliseconds since `t` started.
inline double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// One line of figures: "what  n=200  p50 … ms  p95 … ms  max … ms".
inline void report(const char* what, const std::vector<double>& samples)
{
    std::printf("%-28s n=%zu  p50 %.2f ms  p95 %.2f ms  max %.2f ms\n", what, samples.size(),
                percentile(samples, 0.5), percentile(samples, 0.95), percentile(samples, 1.0));
}

// Peak resident memory of this process (RUSAGE_SELF) or of its finished children (RUSAGE_CHILDREN).
inline long maxRssMiB(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss / 1024;
}

// CPU time (user + system, seconds) of this process or of its finished children.
inline double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace infodoc::bench
