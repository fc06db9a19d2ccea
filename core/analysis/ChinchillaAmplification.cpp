#include "ChinchillaAmplification.hpp"

#include "Constants.hpp"

#include <algorithm>
#include <cmath>

namespace dtx {

LossDecomposition decomposeLoss(double params, double tokens, const ChinchillaFit& fit)
{
    LossDecomposition d;
    d.params = params;
    d.tokens = tokens;
    const double paramTerm = fit.A * std::pow(params, -fit.a);
    const double tokenTerm = fit.B * std::pow(tokens, -fit.b);
    d.improvable = paramTerm + tokenTerm;
    d.loss = fit.E + d.improvable;
    d.share = d.improvable / d.loss;
    d.elasticity = (fit.a * paramTerm + fit.b * tokenTerm) / (2.0 * d.improvable);
    d.amplification = d.loss / (d.elasticity * d.improvable);
    return d;
}

LossMultiplierEffect lossMultiplierEffect(double params, double tokens, double multiplier,
                                          const ChinchillaFit& fit)
{
    LossMultiplierEffect effect;
    const double compute = kFlopPerParamPerToken * params * tokens;
    effect.chi = chinchillaEfficiency(params, tokens, compute, multiplier, fit);
    const double withoutMultiplier = chinchillaEfficiency(params, tokens, compute, 1.0, fit);
    effect.etaReplica = withoutMultiplier == 0 ? 0.0 : effect.chi / withoutMultiplier;
    // chi is capped at 1; below the cap C' = chi × C.
    effect.effectiveParams =
        std::sqrt(effect.chi * compute / (kFlopPerParamPerToken * fit.tokensPerParam));
    const LossDecomposition d = decomposeLoss(params, tokens, fit);
    effect.chiApproximation = std::min(
        1.0, std::pow(1.0 + (multiplier - 1.0) * d.loss / d.improvable, -1.0 / d.elasticity));
    return effect;
}

std::vector<LossDecomposition> amplificationTable(const ChinchillaFit& fit)
{
    std::vector<LossDecomposition> rows;
    for (double paramsB : {1.0, 10.0, 72.0, 250.0, 1000.0}) {
        const double params = paramsB * kParamsPerBillion;
        rows.push_back(decomposeLoss(params, fit.tokensPerParam * params, fit));
    }
    return rows;
}

std::vector<AmplificationRow> amplificationPanel(double params, double tokens, double multiplier,
                                                 const ChinchillaFit& fit)
{
    std::vector<AmplificationRow> rows;
    const auto add = [&](AmplificationRow::Kind kind, const ChinchillaFit& rowFit, double n,
                         double d) {
        rows.push_back({kind, rowFit, decomposeLoss(n, d, rowFit),
                        lossMultiplierEffect(n, d, multiplier, rowFit)});
    };
    for (const LossDecomposition& size : amplificationTable(fit))
        add(AmplificationRow::Kind::Size, fit, size.params, size.tokens);
    if (params > 0 && tokens > 0)
        add(AmplificationRow::Kind::Scenario, fit, params, tokens);
    // A4's sensitivity rows at 250 B: E, then (a, b) moved together.
    const double large = 250 * kParamsPerBillion;
    for (double e : {1.50, 1.69, 2.00}) {
        ChinchillaFit moved = fit;
        moved.E = e;
        add(AmplificationRow::Kind::IrreducibleLoss, moved, large, fit.tokensPerParam * large);
    }
    for (const auto& [a, b] : {std::pair{0.25, 0.27}, std::pair{0.31, 0.33}, std::pair{0.40, 0.42}}) {
        ChinchillaFit moved = fit;
        moved.a = a;
        moved.b = b;
        add(AmplificationRow::Kind::Exponents, moved, large, fit.tokensPerParam * large);
    }
    return rows;
}

} // namespace dtx
