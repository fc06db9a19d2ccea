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

    // ln(L_opt(x) − E) and its slope. In x = ln C this is almost a straight
    // line (both terms fall at nearly the same rate), so Newton on it lands
    // on the root in two or three steps where Newton on L_opt itself took
    // nine.
    struct ExcessAndSlope {
        double logExcess;
        double slope;
    };

    ExcessAndSlope at(double logCompute) const
    {
        const double paramTerm = paramTermScale * std::exp(-0.5 * kAlpha * logCompute);
        const double tokenTerm = tokenTermScale * std::exp(-0.5 * kBeta * logCompute);
        const double excess = paramTerm + tokenTerm;
        return {std::log(excess), -0.5 * (kAlpha * paramTerm + kBeta * tokenTerm) / excess};
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

namespace {

// The root of L_opt(C_eff) = targetLoss in x = ln C_eff, searched in
// [ln 1e10, ln 10 C], starting from `start` (or the first guess when NaN).
// Returns x clamped to the search range; *ceiling is that range's top.
double solveLogCompute(double targetLoss, double computeFlop, double start)
{
    const OptimalLossCurve& curve = optimalLossCurve();
    const double floor = std::log(kSearchFloorFlop);
    const double ceiling = std::log(kSearchCeilingFactor * computeFlop);
    // L_opt falls towards E as compute grows: a loss at or below E is never
    // reached (the search's ceiling), and the excess over E is what Newton
    // works on.
    if (!(targetLoss > kE))
        return ceiling;
    const double target = std::log(targetLoss - kE);
    // Safeguarded Newton on ln(L_opt − E) over x = ln C: the function is
    // smooth and monotone, so a few steps reach machine precision; a step
    // that leaves the bracket is replaced by bisection. The reference's 200
    // geometric bisection steps reach the same root, only slower.
    double lo = floor;
    double hi = ceiling;
    double x = std::clamp(std::isnan(start) ? curve.firstGuess(targetLoss) : start, lo, hi);
    for (int iteration = 0; iteration < 100; ++iteration) {
        const OptimalLossCurve::ExcessAndSlope f = curve.at(x);
        const double residual = f.logExcess - target;
        if (residual > 0)
            lo = x; // loss still too high: more compute needed
        else
            hi = x;
        const double next = x - residual / f.slope;
        // Converged: the step is below what a double of x can resolve. (Had
        // this been tested after the bracket check, a step of zero would
        // count as leaving the bracket and start a bisection.)
        if (std::abs(next - x) <= 1e-14 * std::abs(x)) {
            x = next;
            break;
        }
        x = next > lo && next < hi ? next : 0.5 * (lo + hi);
        if (hi - lo <= 1e-15 * std::abs(hi))
            break;
    }
    // Clamped to the search range, as the reference's bisection is.
    return std::clamp(x, floor, ceiling);
}

bool searchRangeEmpty(double computeFlop)
{
    return !(std::log(kSearchCeilingFactor * computeFlop) > std::log(kSearchFloorFlop));
}

double efficiencyAt(double logCompute, double computeFlop)
{
    return std::min(1.0, std::exp(logCompute) / computeFlop);
}

} // namespace

double chinchillaEfficiency(double params, double tokens, double computeFlop,
                            double lossMultiplier)
{
    if (searchRangeEmpty(computeFlop))
        return 1.0;
    const double targetLoss = chinchillaLoss(params, tokens) * lossMultiplier;
    return efficiencyAt(solveLogCompute(targetLoss, computeFlop, std::nan("")), computeFlop);
}

ChinchillaEfficiencies chinchillaEfficiencies(double params, double tokens, double computeFlop,
                                              double lossMultiplier)
{
    if (searchRangeEmpty(computeFlop))
        return {};
    const double loss = chinchillaLoss(params, tokens);
    const double x = solveLogCompute(loss, computeFlop, std::nan(""));
    ChinchillaEfficiencies result;
    result.withoutPenalty = efficiencyAt(x, computeFlop);
    result.withPenalty =
        lossMultiplier == 1.0
            ? result.withoutPenalty
            : efficiencyAt(solveLogCompute(loss * lossMultiplier, computeFlop, x), computeFlop);
    return result;
}

} // namespace dtx
