#include "Chinchilla.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dtx {
namespace {

constexpr double kSearchFloorFlop = 1e10;
constexpr double kSearchCeilingFactor = 10.0;

// L_opt in terms of x = ln C. With N = sqrt(C / 6k) and D = k N,
//   A / N^a = A (6k)^(a/2) e^(−a x / 2)  and  B / D^b = B k^(−b) (6k)^(b/2) e^(−b x / 2),
// so L_opt(x) = E + p e^(−a x / 2) + q e^(−b x / 2): two exponentials per
// step instead of the allocation and two powers.
struct OptimalLossCurve {
    double E;
    double a;
    double b;
    double paramTermScale;
    double tokenTermScale;

    explicit OptimalLossCurve(const ChinchillaFit& fit)
        : E(fit.E)
        , a(fit.a)
        , b(fit.b)
        , paramTermScale(fit.A * std::pow(6.0 * fit.tokensPerParam, fit.a / 2))
        , tokenTermScale(fit.B * std::pow(fit.tokensPerParam, -fit.b)
                         * std::pow(6.0 * fit.tokensPerParam, fit.b / 2))
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
        const double paramTerm = paramTermScale * std::exp(-0.5 * a * logCompute);
        const double tokenTerm = tokenTermScale * std::exp(-0.5 * b * logCompute);
        const double excess = paramTerm + tokenTerm;
        return {std::log(excess), -0.5 * (a * paramTerm + b * tokenTerm) / excess};
    }

    // Where L_opt would equal `loss` if both terms fell at the mean rate:
    // a starting point a couple of Newton steps from the root.
    double firstGuess(double loss) const
    {
        const double meanRate = 0.25 * (a + b);
        return std::log((paramTermScale + tokenTermScale) / (loss - E)) / meanRate;
    }
};

const OptimalLossCurve& defaultLossCurve()
{
    static const OptimalLossCurve curve(kBesiroglu2024Fit); // immutable after construction
    return curve;
}

// The model's own fit is cached; a shifted one (the uncertainty analyses)
// costs three powers to set up.
OptimalLossCurve lossCurve(const ChinchillaFit& fit)
{
    return fit == kBesiroglu2024Fit ? defaultLossCurve() : OptimalLossCurve(fit);
}

} // namespace

double chinchillaLoss(double params, double tokens, const ChinchillaFit& fit)
{
    if (params <= 0 || tokens <= 0)
        return std::numeric_limits<double>::infinity();
    return fit.E + fit.A / std::pow(params, fit.a) + fit.B / std::pow(tokens, fit.b);
}

ChinchillaAllocation chinchillaOptimalAllocation(double computeFlop, const ChinchillaFit& fit)
{
    const double params = std::sqrt(computeFlop / (6.0 * fit.tokensPerParam));
    return {params, fit.tokensPerParam * params};
}

double chinchillaOptimalLoss(double computeFlop, const ChinchillaFit& fit)
{
    const ChinchillaAllocation optimum = chinchillaOptimalAllocation(computeFlop, fit);
    return chinchillaLoss(optimum.params, optimum.tokens, fit);
}

namespace {

// The root of L_opt(C_eff) = targetLoss in x = ln C_eff, searched in
// [ln 1e10, ln 10 C], starting from `start` (or the first guess when NaN).
// Returns x clamped to the search range; *ceiling is that range's top.
double solveLogCompute(const OptimalLossCurve& curve, double targetLoss, double computeFlop,
                       double start)
{
    const double floor = std::log(kSearchFloorFlop);
    const double ceiling = std::log(kSearchCeilingFactor * computeFlop);
    // L_opt falls towards E as compute grows: a loss at or below E is never
    // reached (the search's ceiling), and the excess over E is what Newton
    // works on.
    if (!(targetLoss > curve.E))
        return ceiling;
    const double target = std::log(targetLoss - curve.E);
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
                            double lossMultiplier, const ChinchillaFit& fit)
{
    if (searchRangeEmpty(computeFlop))
        return 1.0;
    const double targetLoss = chinchillaLoss(params, tokens, fit) * lossMultiplier;
    return efficiencyAt(solveLogCompute(lossCurve(fit), targetLoss, computeFlop, std::nan("")),
                        computeFlop);
}

ChinchillaEfficiencies chinchillaEfficiencies(double params, double tokens, double computeFlop,
                                              double lossMultiplier, const ChinchillaFit& fit,
                                              const ChinchillaFit& fullFit)
{
    if (searchRangeEmpty(computeFlop))
        return {};
    const double loss = chinchillaLoss(params, tokens, fit);
    const double x = solveLogCompute(lossCurve(fit), loss, computeFlop, std::nan(""));
    ChinchillaEfficiencies result;
    result.withoutPenalty = efficiencyAt(x, computeFlop);
    if (lossMultiplier == 1.0) {
        result.withPenalty = result.withoutPenalty;
        return result;
    }
    const double fullLoss = fullFit == fit ? loss : chinchillaLoss(params, tokens, fullFit);
    result.withPenalty = efficiencyAt(
        solveLogCompute(lossCurve(fullFit), fullLoss * lossMultiplier, computeFlop, x),
        computeFlop);
    return result;
}

} // namespace dtx
