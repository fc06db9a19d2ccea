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

// L_opt in terms of x = ln C. With N = sqrt(C / 6k) and D = k N,
//   A / N^a = A (6k)^(a/2) e^(−a x / 2)  and  B / D^b = B k^(−b) (6k)^(b/2) e^(−b x / 2),
// so L_opt(x) = E + p e^(−a x / 2) + q e^(−b x / 2): two exponentials per
// step instead of the allocation and two powers.
struct OptimalLossCurve {
    double paramTermScale;
    double tokenTermScale;

    OptimalLossCurve()
        : paramTermScale(kA * std::pow(6.0 * kChinchillaTokensPerParam, kAlpha / 2))
        , tokenTermScale(kB * std::pow(kChinchillaTokensPerParam, -kBeta)
                         * std::pow(6.0 * kChinchillaTokensPerParam, kBeta / 2))
    {
    }

    struct LossAndSlope {
        double loss;
        double slope;
    };

    LossAndSlope at(double logCompute) const
    {
        const double paramTerm = paramTermScale * std::exp(-0.5 * kAlpha * logCompute);
        const double tokenTerm = tokenTermScale * std::exp(-0.5 * kBeta * logCompute);
        return {kE + paramTerm + tokenTerm, -0.5 * (kAlpha * paramTerm + kBeta * tokenTerm)};
    }

    // Where L_opt would equal `loss` if both terms fell at the mean rate:
    // a starting point a couple of Newton steps from the root.
    double firstGuess(double loss) const
    {
        const double meanRate = 0.25 * (kAlpha + kBeta);
        return std::log((paramTermScale + tokenTermScale) / (loss - kE)) / meanRate;
    }
};

const OptimalLossCurve& optimalLossCurve()
{
    static const OptimalLossCurve curve; // immutable after construction
    return curve;
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
    const OptimalLossCurve& curve = optimalLossCurve();
    double lo = std::log(kSearchFloorFlop);
    double hi = std::log(kSearchCeilingFactor * computeFlop);
    if (!(hi > lo))
        return 1.0;
    double effective;
    if (targetLoss >= curve.at(lo).loss) {
        effective = kSearchFloorFlop; // clamped at the bottom of the range
    } else if (targetLoss <= curve.at(hi).loss) {
        effective = kSearchCeilingFactor * computeFlop; // clamped at the top of the range
    } else {
        // Safeguarded Newton on ln C: L_opt is smooth, convex and monotone,
        // so a few steps reach machine precision; a step that leaves the
        // bracket is replaced by bisection. The reference's 200 geometric
        // bisection steps reach the same root, only slower.
        double x = std::clamp(curve.firstGuess(targetLoss), lo, hi);
        for (int iteration = 0; iteration < 100; ++iteration) {
            const OptimalLossCurve::LossAndSlope f = curve.at(x);
            const double residual = f.loss - targetLoss;
            if (residual > 0)
                lo = x; // loss still too high: more compute needed
            else
                hi = x;
            double next = x - residual / f.slope;
            if (!(next > lo && next < hi))
                next = 0.5 * (lo + hi);
            const bool converged = std::abs(next - x) <= 1e-14 * std::abs(x);
            x = next;
            if (converged || hi - lo <= 1e-15 * std::abs(hi))
                break;
        }
        effective = std::exp(x);
    }
    return std::min(1.0, effective / computeFlop);
}

} // namespace dtx
