// Flat streaming DiLoCo (MODEL.md §4, REVISION-2026-04.md R6): every node
// syncs with all others over the WAN, and the inner-step count H is the
// smallest that hides the sync behind compute (Douillard et al. 2023, 2025)
// unless 2026-04's H_fix overrides it.
#include "DilocoCommon.hpp"
#include "DilocoModes.hpp"
#include "VectorUnitState.hpp"

#include <algorithm>
#include <cmath>

namespace dtx {

Evaluation evaluateFlat(const Scenario& scenario)
{
    clearUpperVectorState();
    Evaluation e;
    detail::describeCluster(scenario, &e);
    e.mode = Mode::Flat;
    detail::describeDenseStep(scenario, &e);

    const double syncBase = detail::syncBaseSeconds(e.syncBits, scenario.wan);
    e.stragglerFactor = scenario.stragglerFactorFor(e.nodes);
    e.syncSeconds = syncBase * e.stragglerFactor;
    FlatDetails details;
    details.syncBaseSeconds = syncBase;

    const bool distributed = e.nodes > 1;
    if (distributed)
        e.innerSteps = std::ceil(e.syncSeconds / e.computeStepSeconds);
    const double h = scenario.training.innerSteps.value_or(e.innerSteps);
    details.innerStepsUsed = h;
    if (distributed) {
        e.alpha = syncIntervalSensitivity(e.paramsB) * scenario.hooks.alphaMultiplier;
        e.eta = detail::syncEfficiency(scenario, h, e.paramsB, e.nodes);
    }
    const double params = e.paramsB * kParamsPerBillion;
    details.outerStepSeconds = distributed ? std::max(h * e.computeStepSeconds, e.syncSeconds)
                                           : h * e.computeStepSeconds;
    details.dutyCycle = distributed ? e.syncSeconds / details.outerStepSeconds : 0.0;
    details.gbPerSync = 2.0 * params * scenario.node.bitsPerPseudoGradient
                        / scenario.training.compression / 8.0 / kBytesPerGigabyte;
    if (scenario.rules().flatCompute == FlatCompute::OuterSteps) {
        // R6: tokens through whole outer steps, so a fixed H below H_min
        // leaves the run waiting on the network.
        e.tokens = (scenario.timeBudgetSeconds() / details.outerStepSeconds) * h
                   * scenario.training.localBatchTokens * e.nodes;
        e.computeActual = kFlopPerParamPerToken * params * e.tokens;
    }
    e.flat = details;
    detail::finishCompute(scenario, {params, e.nodes, h, e.paramsB}, distributed, &e);
    return e;
}

} // namespace dtx
