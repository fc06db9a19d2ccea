// Pipeline-parallel groups with DiLoCo across groups (MODEL.md §7, R9): a model
// too large for one node is split into S stages over a regional link, and
// whole pipelines sync over the WAN. GPipe bubble after Huang et al. 2019.
#include "DilocoCommon.hpp"
#include "DilocoModes.hpp"
#include "VectorUnitState.hpp"

#include <algorithm>
#include <cmath>

namespace dtx {
namespace {

// Bytes per activation value follow the training precision.
double activationBytes(double bytesPerParam)
{
    if (bytesPerParam >= 16)
        return 2.0;
    if (bytesPerParam >= 14)
        return 1.0;
    return 0.5;
}

// Hidden size of a dense transformer of P parameters, a rough fit.
double hiddenSize(double params)
{
    return 0.03 * std::sqrt(params);
}

} // namespace

double pipelineStages(double paramsB, const NodeConfig& node)
{
    return std::ceil((paramsB * kParamsPerBillion) * node.bytesPerParam
                     / (node.vramGb * kBytesPerGigabyte));
}

EvaluationOutcome evaluatePipelineDiloco(const Scenario& scenario)
{
    clearUpperVectorState();
    EvaluationOutcome outcome;
    const NodeConfig& node = scenario.node;
    const double paramsB = scenario.resolvedParamsB();
    const double stages = pipelineStages(paramsB, node);
    if (stages <= 1) {
        outcome.error = {"model.params_b",
                         "the model fits on one node; pp_diloco needs a model larger than one "
                         "node (use flat mode)",
                         InputProblem::ModelFitsOneNode, paramsB};
        return outcome;
    }
    const double groups = std::floor(static_cast<double>(scenario.nodes) / stages);
    if (groups < 2) {
        outcome.error = {"nodes", "pp_diloco needs at least two pipeline groups of "
                                      + formatInputNumber(stages)
                                      + " nodes each",
                         InputProblem::TooFewPipelineGroups, stages};
        return outcome;
    }

    Evaluation e;
    detail::describeCluster(scenario, &e);
    e.mode = Mode::PipelineDiloco;
    const PipelineInputs& pipe = scenario.pipeline;
    const double params = paramsB * kParamsPerBillion;
    const double batch = scenario.training.localBatchTokens;
    const double microBatches = pipe.microBatches;
    const double flopPerSecond = scenario.nodeFlopPerSecond();

    e.paramsB = paramsB;
    e.computeStepSeconds = kFlopPerParamPerToken * params * batch / flopPerSecond;
    const double tMicro = e.computeStepSeconds / (stages * microBatches);
    const double activationBits =
        batch * hiddenSize(params) * activationBytes(node.bytesPerParam) * 8.0
        / pipe.activationCompression;
    const double tComm =
        (2.0 * activationBits / microBatches) / detail::bitsPerSecond(pipe.stageLink.bandwidthMbps);
    const double stageLatency = detail::seconds(pipe.stageLink.latencyMs);
    const double tPipelineStep = (microBatches + stages - 1)
                                 * (tMicro + (tComm + stageLatency)
                                                 * scenario.stragglerFactorFor(stages));
    const double bubble = (stages - 1) / (microBatches + stages - 1);

    e.syncBits = params * node.bitsPerPseudoGradient / scenario.training.compression;
    e.stragglerFactor = scenario.stragglerFactorFor(groups);
    e.syncSeconds = detail::syncBaseSeconds(e.syncBits, scenario.wan) * e.stragglerFactor;
    e.innerSteps = std::max(1.0, std::ceil(e.syncSeconds / tPipelineStep));
    e.alpha = syncIntervalSensitivity(paramsB) * scenario.hooks.alphaMultiplier;
    const double syncEfficiency = detail::syncEfficiency(scenario, e.innerSteps, paramsB, groups);
    const double activationQuality =
        scenario.hooks.activationQuality
            ? compoundedActivationQuality(*scenario.hooks.activationQuality,
                                          pipe.activationCompression, stages)
            : activationCompressionQuality(*scenario.rules().activation,
                                           pipe.activationCompression, stages,
                                           scenario.assumptions.quality);
    e.eta = syncEfficiency * activationQuality;
    const double outerStep = std::max(e.innerSteps * tPipelineStep, e.syncSeconds);
    e.tokens = (scenario.timeBudgetSeconds() / outerStep) * e.innerSteps * batch * groups;
    e.computeActual = kFlopPerParamPerToken * params * e.tokens;
    e.pipeline = PipelineDetails{stages, groups, tPipelineStep, bubble,
                                 activationQuality, syncEfficiency, outerStep};
    detail::finishCompute(scenario, {params, groups, e.innerSteps, paramsB}, true, &e);
    outcome.evaluation = e;
    return outcome;
}

} // namespace dtx
