#pragma once

#include <span>

// Sample statistics of ANALYSES.md A2.
namespace dtx {

struct QuantileSummary {
    double mean = 0;
    double q05 = 0;
    double q50 = 0;
    double q95 = 0;
};

// Type-7 quantile (R's default): h = (N − 1) p, interpolated between the
// order statistics ⌊h⌋ and ⌊h⌋ + 1 (0-based). Reorders `values`.
double quantileType7(std::span<double> values, double p);

// Mean and the 5 %, 50 % and 95 % quantiles. Reorders `values`.
QuantileSummary summarize(std::span<double> values);

// The share of values above `threshold`, and its standard error
// sqrt(p (1 − p) / N).
struct Exceedance {
    double probability = 0;
    double standardError = 0;
};
Exceedance exceedance(std::span<const double> values, double threshold);

} // namespace dtx
