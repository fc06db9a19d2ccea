#include "Chinchilla.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dtx {
namespace {

// Besiroglu et al. 2024, Table 2 (refit of Hoffmann et al. 2022, Approach 3).
constexpr double kE = 1.8172;
constexpr double kA = 482.01;
constexpr double kAlpha = 0.3478;
constexpr double kB = 2085.43;
constexpr double kBeta = 0.3658;

constexpr double kSearchFloorFlop = 1e10;
constexpr double kSearchCeilingFactor = 10.0;

// L_opt and its derivative with respect to x = ln C. With N = sqrt(C / 6k)
// and D = k N, A / N^a = A (6k)^(a/2) e^(−a x / 2), likewise for D.
struct LossAndSlope {
    double loss;
    double slope;
};

LossAndSlope optimalLossInLogCompute(double logCompute)
{
    const double compute = std::exp(logCompute);
    const ChinchillaAllocation optimum = chinchillaOptimalAllocation(compute);
    const double paramTerm = kA / std::pow(optimum.params, kAlpha);
    const double tokenTerm = kB / std::pow(optimum.tokens, kBeta);
    return {kE + paramTerm + tokenTerm, -0.5 * (kAlpha * paramTerm + kBeta * tokenTerm)};
}

} // namespace

double chinchillaLoss(double params, double tokens)
{
    if (params <= 0 || tokens <= 0)
        return std::numeric_limits<double>::infinity();
    return kE + kA / std::pow(params, kAlpha) + kB / std::pow(tokens, kBeta);
}

ChinchillaAllocation chinchillaOptimalAllocation(double computeFlop)
{
    const double params = std::sqrt(computeFlop / (6.0 * kChinchillaTokensPerParam));
    return {params, kChinchillaTokensPerParam * params};
}

double chinchillaOptimalLoss(double computeFlop)
{
    const ChinchillaAllocation optimum = chinchillaOptimalAllocation(computeFlop);
    return chinchillaLoss(optimum.params, optimum.tokens);
}

double chinchillaEfficiency(double params, double tokens, double computeFlop)
{
    const double targetLoss = chinchillaLoss(params, tokens);
    double lo = std::log(kSearchFloorFlop);
    double hi = std::log(kSearchCeilingFactor * computeFlop);
    if (!(hi > lo))
        return 1.0;
    double effective;
    if (targetLoss >= chinchillaOptimalLoss(kSearchFloorFlop)) {
        effective = kSearchFloorFlop; // clamped at the bottom of the range
    } else if (targetLoss <= chinchillaOptimalLoss(std::exp(hi))) {
        effective = std::exp(hi); // clamped at the top of the range
    } else {
        // Safeguarded Newton on ln C: L_opt is smooth and monotone, so a few
        // steps reach machine precision; a step that leaves the bracket is
        // replaced by bisection. The reference's 200 geometric bisection
        // steps reach the same root, only slower.
        double x = 0.5 * (lo + hi);
        for (int iteration = 0; iteration < 100; ++iteration) {
            const LossAndSlope f = optimalLossInLogCompute(x);
            const double residual = f.loss - targetLoss;
            if (residual > 0)
                lo = x; // loss still too high: need more compute
            else
                hi = x;
            double next = x - residual / f.slope;
            if (!(next > lo && next < hi))
                next = 0.5 * (lo + hi);
            if (std::abs(next - x) <= 1e-15 * std::abs(x) || hi - lo <= 1e-15 * std::abs(hi)) {
                x = next;
                break;
            }
            x = next;
        }
        effective = std::exp(x);
    }
    return std::min(1.0, effective / computeFlop);
}

} // namespace dtx
