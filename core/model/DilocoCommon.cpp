#include "DilocoCommon.hpp"

#include "Chinchilla.hpp"

namespace dtx::detail {

void describeCluster(const Scenario& scenario, Evaluation* evaluation)
{
    const NodeConfig& node = scenario.node;
    const double n = static_cast<double>(scenario.nodes);
    evaluation->mode = scenario.mode;
    evaluation->nodes = n;
    evaluation->totalGpus = n * node.gpuCount;
    evaluation->maxParamsB = node.maxParamsB();
    evaluation->h100EquivPerNode = node.h100Equiv;
    evaluation->underThreshold = scenario.treaty.nodeUnregistered(node);
    evaluation->costUsd = n * node.gpuCount * node.gpuCostUsd;
}

void describeDenseStep(const Scenario& scenario, Evaluation* evaluation)
{
    Evaluation& e = *evaluation;
    const double params = scenario.resolvedParamsB() * kParamsPerBillion;
    const double flopPerSecond = scenario.nodeFlopPerSecond();
    e.paramsB = scenario.resolvedParamsB();
    e.computeStepSeconds =
        kFlopPerParamPerToken * params * scenario.training.localBatchTokens / flopPerSecond;
    e.syncBits = params * scenario.node.bitsPerPseudoGradient / scenario.training.compression;
    e.computeActual = e.nodes * flopPerSecond * scenario.timeBudgetSeconds();
    e.tokens = e.computeActual / (kFlopPerParamPerToken * params);
}

void finishCompute(const Scenario& scenario, double params, bool chinchillaApplies,
                   Evaluation* evaluation)
{
    Evaluation& e = *evaluation;
    e.computeLocal = e.computeActual * e.eta;
    e.chinchillaTokens = kChinchillaTokensPerParam * params;
    e.overtrainingRatio = e.tokens / e.chinchillaTokens;
    e.chinchillaEfficiency =
        chinchillaApplies ? chinchillaEfficiency(params, e.tokens, e.computeActual) : 1.0;
    e.computeQuality = e.computeLocal * e.chinchillaEfficiency;
    e.thresholdMultiple = e.computeLocal / scenario.treaty.strictThresholdFlop;
}

} // namespace dtx::detail
