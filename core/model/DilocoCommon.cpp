#include "DilocoCommon.hpp"

#include "Chinchilla.hpp"
#include "Efficiency.hpp"

namespace dtx::detail {

void describeCluster(const Scenario& scenario, Evaluation* evaluation)
{
    const NodeConfig& node = scenario.node;
    const double n = static_cast<double>(scenario.nodes);
    evaluation->revision = scenario.revision;
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

double syncEfficiency(const Scenario& scenario, double innerSteps, double paramsB, double replicas)
{
    const double throughput =
        throughputEfficiency(innerSteps, paramsB, scenario.compressionQuality(),
                             scenario.hooks.alphaMultiplier);
    if (scenario.rules().replicaModel != ReplicaModel::EfficiencyFactor
        || !scenario.assumptions.replicaPenalty)
        return throughput;
    return throughput * replicaPenalty(replicas, paramsB, scenario.hooks.replicaMultiplier);
}

void finishCompute(const Scenario& scenario, const ReplicaRun& run, bool chinchillaApplies,
                   Evaluation* evaluation)
{
    Evaluation& e = *evaluation;
    const double params = run.params;
    const ModelHooks& hooks = scenario.hooks;
    const ChinchillaFit fit = hooks.efficiencyFit();
    e.etaBeforeReplica = e.eta;
    const bool lossMultiplier = scenario.rules().replicaModel == ReplicaModel::LossMultiplier
                                && chinchillaApplies && scenario.assumptions.replicaPenalty;
    if (!lossMultiplier) {
        e.chinchillaEfficiency =
            chinchillaApplies ? chinchillaEfficiency(params, e.tokens, e.computeActual, 1.0, fit)
                              : 1.0;
        e.chinchillaEfficiencyFull = e.chinchillaEfficiency;
    } else {
        // R5: chi and chi_full together (one loss, the second root started
        // from the first; m = 1 needs no second root).
        e.lossMultiplier = replicaLossMultiplier(run.replicas, run.penaltyParamsB, run.innerSteps,
                                                 hooks.replicaMultiplier);
        const ChinchillaEfficiencies chi = chinchillaEfficiencies(
            params, e.tokens, e.computeActual, e.lossMultiplier, fit, hooks.lossMultiplierFit());
        e.chinchillaEfficiency = chi.withoutPenalty;
        e.chinchillaEfficiencyFull = chi.withPenalty;
        e.etaReplica = e.chinchillaEfficiency == 0
                           ? 0.0
                           : e.chinchillaEfficiencyFull / e.chinchillaEfficiency;
        e.eta = e.etaBeforeReplica * e.etaReplica;
    }
    e.computeLocal = e.computeActual * e.eta;
    e.chinchillaTokens = fit.tokensPerParam * params;
    e.overtrainingRatio = e.tokens / e.chinchillaTokens;
    e.computeQuality = e.computeLocal * e.chinchillaEfficiency;
    e.thresholdMultiple = e.computeLocal / scenario.treaty.strictThresholdFlop;
}

} // namespace dtx::detail
