#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

// Runs work(begin, end) over [0, count) in contiguous slices, one per
// thread. Each index is handled exactly once, so results written by index
// do not depend on the thread count.
namespace dtx {

inline unsigned resolvedThreadCount(unsigned requested)
{
    return requested != 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

template <typename Work>
void parallelFor(std::size_t count, unsigned threads, Work work)
{
    const std::size_t slices = std::min<std::size_t>(std::max(1u, threads), count);
    if (slices <= 1) {
        work(std::size_t{0}, count);
        return;
    }
    std::vector<std::thread> workers;
    workers.reserve(slices - 1);
    const std::size_t step = (count + slices - 1) / slices;
    for (std::size_t begin = step; begin < count; begin += step)
        workers.emplace_back(work, begin, std::min(count, begin + step));
    work(std::size_t{0}, std::min(count, step));
    for (std::thread& worker : workers)
        worker.join();
}

} // namespace dtx
