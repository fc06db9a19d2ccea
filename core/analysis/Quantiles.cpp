#include "Quantiles.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dtx {

double quantileType7(std::span<double> values, double p)
{
    if (values.empty())
        return 0.0;
    const double h = static_cast<double>(values.size() - 1) * p;
    const auto lower = static_cast<std::size_t>(std::floor(h));
    // Selection, not a full sort: the fan chart takes hundreds of these.
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lower),
                     values.end());
    const double below = values[lower];
    if (lower + 1 >= values.size())
        return below;
    const double above =
        *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lower) + 1, values.end());
    return below + (h - static_cast<double>(lower)) * (above - below);
}

QuantileSummary summarize(std::span<double> values)
{
    QuantileSummary summary;
    if (values.empty())
        return summary;
    summary.mean = std::accumulate(values.begin(), values.end(), 0.0)
                   / static_cast<double>(values.size());
    summary.q05 = quantileType7(values, 0.05);
    summary.q50 = quantileType7(values, 0.50);
    summary.q95 = quantileType7(values, 0.95);
    return summary;
}

Exceedance exceedance(std::span<const double> values, double threshold)
{
    if (values.empty())
        return {};
    const auto above = std::count_if(values.begin(), values.end(),
                                     [threshold](double v) { return v > threshold; });
    const double n = static_cast<double>(values.size());
    const double p = static_cast<double>(above) / n;
    return {p, std::sqrt(p * (1.0 - p) / n)};
}

} // namespace dtx
