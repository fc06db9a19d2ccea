// Mixture-of-experts with expert parallelism across all nodes (MODEL.md §6, R8):
// experts are sharded, the active (non-expert) part is replicated, and every
// step pays all-to-all round trips over the WAN.
#include "DilocoCommon.hpp"
#include "DilocoModes.hpp"
#include "VectorUnitState.hpp"

#include <cmath>

namespace dtx {

Evaluation evaluateMoe(const Scenario& scenario)
{
    clearUpperVectorState();
    Evaluation e;
    detail::describeCluster(scenario, &e);
    e.mode = Mode::Moe;

    const NodeConfig& node = scenario.node;
    const MoeInputs& moe = scenario.moe;
    const double n = e.nodes;
    const double totalParams = moe.totalParamsB * kParamsPerBillion;
    const double activeParams = moe.activeParamsB * kParamsPerBillion;
    const double flopPerSecond = scenario.nodeFlopPerSecond();
    const double compression = scenario.training.compression;

    MoeDetails details;
    details.totalParamsB = moe.totalParamsB;
    details.activeParamsB = moe.activeParamsB;
    const double expertParams = scenario.rules().moeExpertShareInBillions
                                    ? (moe.totalParamsB - moe.activeParamsB) * kParamsPerBillion
                                    : totalParams - activeParams;
    details.memoryPerNodeGb =
        (activeParams + expertParams / n) * node.bytesPerParam / kBytesPerGigabyte;
    details.fitsOnNode = details.memoryPerNodeGb <= node.vramGb;

    e.paramsB = moe.activeParamsB;
    e.computeStepSeconds =
        kFlopPerParamPerToken * activeParams * scenario.training.localBatchTokens / flopPerSecond;
    details.expertParallelSeconds = 2.0 * detail::seconds(scenario.wan.latencyMs) * moe.layers;
    e.syncBits = totalParams * node.bitsPerPseudoGradient / compression;
    e.stragglerFactor = scenario.stragglerFactorFor(n);
    e.syncSeconds = detail::syncBaseSeconds(e.syncBits, scenario.wan) * e.stragglerFactor;
    const double stepSeconds = e.computeStepSeconds + details.expertParallelSeconds;

    const bool distributed = n > 1;
    if (distributed) {
        e.innerSteps = std::ceil(e.syncSeconds / stepSeconds);
        e.alpha = syncIntervalSensitivity(moe.totalParamsB) * scenario.hooks.alphaMultiplier;
        e.eta = detail::syncEfficiency(scenario, e.innerSteps, moe.totalParamsB, n);
    }
    details.expertParallelOverhead = details.expertParallelSeconds / stepSeconds;
    e.computeActual =
        n * flopPerSecond * scenario.timeBudgetSeconds() * (1.0 - details.expertParallelOverhead);
    e.tokens = e.computeActual / (kFlopPerParamPerToken * activeParams);
    e.moe = details;
    detail::finishCompute(scenario, {activeParams, n, e.innerSteps, moe.totalParamsB}, distributed,
                          &e);
    return e;
}

} // namespace dtx
