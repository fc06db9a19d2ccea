// The forward training-run planner (MODEL.md §13, and REVISION-2026-04.md
// "R-planner" under 2026-04). Every expression is written in the order the
// spec writes it: the results pass through ceil and floor, where the last
// bit matters.
#include "TrainingPlanner.hpp"

#include "Constants.hpp"
#include "Efficiency.hpp"
#include "InputLimits.hpp"
#include "PlannerQuality.hpp"
#include "PlannerRevision.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <limits>
#include <numbers>

namespace dtx {
namespace {

template <typename Enum, std::size_t N>
bool parseName(const std::array<std::string_view, N>& names, std::string_view text, Enum* value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == names[i]) {
            *value = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

// The reference planner's mitigation figures. Redundancy provisions one
// spare per ten workers (only n / 1.1 nodes train) and the spares absorb
// 70 % of the slowest-of-n delay; a deadline (threshold) removes the delay
// but discards late workers' updates, which it charges as efficiency / 1.15.
constexpr double kRedundancyOverprovision = 1.1;
constexpr double kRedundancyStragglerShare = 0.3;
constexpr double kThresholdEfficiencyLoss = 1.15;
// The efficiency floor of MODEL.md §3: DiLoCo never fell below it in the
// reported runs.
constexpr double kEfficiencyFloor = 0.4;
// The reference planner counts activation recomputation by taking model
// FLOPs as 80 % of hardware FLOPs.
constexpr double kModelToHardwareFlops = 0.8;

double bitsPerSecond(double mbps) { return mbps * kBitsPerMegabit; }
double seconds(double milliseconds) { return milliseconds / 1000.0; }

// f'(k): the straggler factor of a k-member sync after mitigation.
double stragglerFactorWithMitigation(double members, const PlannerInputs& in)
{
    const StragglerMitigation mitigation = in.algorithm.stragglerMitigation;
    if (!in.assumptions.straggler || mitigation == StragglerMitigation::Threshold)
        return 1.0;
    if (mitigation == StragglerMitigation::Redundancy)
        return 1.0 + kRedundancyStragglerShare * (stragglerFactor(members) - 1.0);
    return stragglerFactor(members);
}

double expertParallelDegree(const PlannerInputs& in)
{
    if (in.model.expertParallelism == ExpertParallelism::Global)
        return in.cluster.nodes;
    if (in.model.expertParallelism == ExpertParallelism::Regional)
        return in.hierarchy.nodesPerGroup;
    return 1.0;
}

// t_ep: two all-to-all round trips per MoE layer and step over the link that
// joins the expert shards. The reference planner charges regional experts
// only when a regional link exists (hierarchy on).
double expertParallelSeconds(const PlannerInputs& in)
{
    if (!in.model.moe)
        return 0.0;
    if (in.model.expertParallelism == ExpertParallelism::Global)
        return 2.0 * seconds(in.network.latencyMs) * in.model.moeLayers;
    if (in.model.expertParallelism == ExpertParallelism::Regional && in.hierarchy.enabled)
        return 2.0 * seconds(in.hierarchy.latencyMs) * in.model.moeLayers;
    return 0.0;
}

// t_step = 6 × P_compute × B / (pflops × 1e15 × MFU) + t_ep.
double stepSeconds(double computeParams, const PlannerInputs& in)
{
    return kFlopPerParamPerToken * computeParams * in.algorithm.localBatchTokens
               / (in.cluster.nodePflops * kFlopPerPetaflop * in.cluster.mfu)
           + expertParallelSeconds(in);
}

// eta_H (the seed's eff): DiLoCo's loss from syncing every H_eff steps
// (Charles et al. 2025), with alpha on the total parameter count.
double syncIntervalEfficiency(const PlannerInputs& in)
{
    const double h = in.algorithm.innerSteps;
    const double effectiveSteps =
        in.hierarchy.enabled ? h * std::sqrt(in.hierarchy.regionalSteps) : h;
    const double mitigationLoss = in.algorithm.stragglerMitigation == StragglerMitigation::Threshold
                                      ? kThresholdEfficiencyLoss
                                      : 1.0;
    const double alpha = syncIntervalSensitivity(in.model.paramsB);
    return std::max(kEfficiencyFloor, (1.0 - alpha * std::log10(effectiveSteps)) / mitigationLoss);
}

// Upload plus download of the payload and one round trip, times f'(k).
double syncSeconds(double payloadBits, double bandwidthMbps, double latencyMs, double straggler)
{
    return (2.0 * payloadBits / bitsPerSecond(bandwidthMbps) + seconds(latencyMs)) * straggler;
}

// The same over the WAN, whose directions R-planner times apart:
// payload / BW_up + payload / BW_down. With one symmetric bandwidth this is
// the seed's 2 payload / BW to the bit (x + x and 2x / y round alike).
double wanSyncSeconds(double payloadBits, double straggler, const PlannerInputs& in)
{
    const PlannerNetwork& wan = in.network;
    return (payloadBits / bitsPerSecond(wan.uploadMbps())
            + payloadBits / bitsPerSecond(wan.downloadMbps()) + seconds(wan.latencyMs))
           * straggler;
}

// Streaming DiLoCo (Douillard et al. 2025) hides the sync behind the next
// block; without it the two run back to back.
double outerStepSeconds(double block, double comm, bool streaming)
{
    return streaming ? std::max(block, comm) : block + comm;
}

// The network is the bottleneck when the sync, with any latency share left
// out of it, outlasts the compute block.
void setBlockAndComm(double block, double comm, PlannerResult* r)
{
    r->computeBlockSeconds = block;
    r->bottleneck = comm > block ? Bottleneck::Network : Bottleneck::Compute;
}

// The *Seconds functions fill the mode-dependent outputs and return the
// training time before the efficiency penalty.

// DiLoCo over the WAN among `replicas` workers (nodes in flat mode, pipeline
// groups in pp_diloco) whose inner step takes `innerStepSeconds`.
double dilocoSeconds(double innerStepSeconds, double payload, double replicas,
                     const PlannerInputs& in, PlannerResult* r)
{
    const double h = in.algorithm.innerSteps;
    const double block = h * innerStepSeconds;
    const double comm = wanSyncSeconds(payload, stragglerFactorWithMitigation(replicas, in), in);
    r->globalSyncSeconds = comm;
    setBlockAndComm(block, comm, r);
    const double outer = outerStepSeconds(block, comm, in.algorithm.streaming);
    return in.model.tokens / (in.algorithm.localBatchTokens * replicas) / h * outer;
}

// Two-tier sync (Wang et al. 2018; SPES): R regional rounds per WAN round.
double hierarchicalSeconds(double tStep, double payload, double nEff, const PlannerInputs& in,
                           PlannerResult* r)
{
    const PlannerHierarchy& hier = in.hierarchy;
    const double h = in.algorithm.innerSteps;
    const double rounds = hier.regionalSteps;
    const bool streaming = in.algorithm.streaming;
    const double reg = syncSeconds(payload, hier.bandwidthMbps, hier.latencyMs,
                                   stragglerFactorWithMitigation(hier.nodesPerGroup, in));
    const double glob =
        wanSyncSeconds(payload, stragglerFactorWithMitigation(nEff / hier.nodesPerGroup, in), in);
    r->mode = PlannerMode::Hierarchical;
    r->regionalSyncSeconds = reg;
    r->globalSyncSeconds = glob;
    // The bottleneck weighs the WAN sync against the compute alone.
    setBlockAndComm(h * rounds * tStep, glob, r);
    const double rc = outerStepSeconds(h * tStep, reg, streaming);
    const double gc = outerStepSeconds(rounds * rc, glob, streaming);
    return in.model.tokens / (in.algorithm.localBatchTokens * nEff) / (h * rounds) * gc;
}

// The model does not fit one node: S-stage GPipe pipelines (Huang et al.
// 2019, bubble M + S − 1) over the regional link when there is one, else the
// WAN's upload (a stage sends its activations); DiLoCo across pipelines when
// there are at least two.
double shardedSeconds(double tStep, double payload, double nEff, double params, double stages,
                      const PlannerInputs& in, PlannerResult* r)
{
    const PlannerAlgorithm& alg = in.algorithm;
    const double m = alg.microBatches;
    const double stageBandwidthMbps =
        in.hierarchy.enabled ? in.hierarchy.bandwidthMbps : in.network.uploadMbps();
    const double stageLatency =
        seconds(in.hierarchy.enabled ? in.hierarchy.latencyMs : in.network.latencyMs);
    const double groups = std::floor(nEff / stages);
    r->pipelineStages = stages;
    r->pipelineGroups = groups;

    // Hidden size of a dense transformer of P parameters, a rough fit (§7).
    const double hidden = 0.03 * std::sqrt(params);
    const double activationBits = alg.localBatchTokens * hidden
                                  * plannerBytesPerValue(alg.precision) * 8.0
                                  / alg.activationCompression;
    const double tComm = (2.0 * activationBits / m) / bitsPerSecond(stageBandwidthMbps);
    // Unlike §7, the reference planner does not divide t_step by S here.
    const double tMicro = tStep / m;
    const double stageStraggler = stragglerFactorWithMitigation(stages, in);
    const double tPipeline = (m + stages - 1) * (tMicro + (tComm + stageLatency) * stageStraggler);

    if (groups >= 2) {
        r->mode = PlannerMode::PipelineDiloco;
        return dilocoSeconds(tPipeline, payload, groups, in, r);
    }
    r->mode = PlannerMode::PipelineWan;
    r->globalSyncSeconds = (m + stages - 1) * tComm * stageStraggler;
    setBlockAndComm((m + stages - 1) * tMicro,
                    r->globalSyncSeconds + (m + stages - 1) * stageLatency * stageStraggler, r);
    return in.model.tokens / (alg.localBatchTokens * std::max(1.0, nEff / stages)) * tPipeline;
}

// The WAN's directions when given apart, and R-planner's inputs under a
// revision without them: each must be at its seed equivalent (CLI.md
// "Model revisions").
std::optional<PlannerInputError> checkRevisedInputs(const PlannerInputs& in)
{
    const PlannerNetwork& wan = in.network;
    const std::pair<const char*, const std::optional<double>*> directions[] = {
        {"network.upload_mbps", &wan.upload}, {"network.download_mbps", &wan.download}};
    for (const auto& [key, value] : directions)
        if (*value)
            if (auto error = checkLimit(*plannerInputLimit(key), **value))
                return error;
    if (plannerRules(in.revision).hasRevisedInputs)
        return std::nullopt;
    const std::string revision = " under revision " + std::string(revisionName(in.revision))
                                 + " (MODEL.md §13); the input needs revision 2026-04";
    if (!wan.symmetric()) {
        const bool upload = wan.upload.has_value();
        return PlannerInputError{upload ? "network.upload_mbps" : "network.download_mbps",
                                 std::string("must equal ")
                                     + (upload ? "network.download_mbps" : "network.upload_mbps")
                                     + " (one symmetric bandwidth)" + revision,
                                 InputProblem::NotInRevision};
    }
    if (in.algorithm.errorFeedback)
        return PlannerInputError{"algorithm.error_feedback", "is not an input" + revision,
                                 InputProblem::NotInRevision};
    return std::nullopt;
}

} // namespace

double plannerBytesPerParam(PlannerPrecision precision)
{
    // Mixed-precision training state: weights, gradients, Adam moments and a
    // master copy; lower precisions shrink only part of it.
    constexpr double kBytes[] = {16.0, 14.0, 13.0};
    return kBytes[static_cast<std::size_t>(precision)];
}

double plannerBytesPerValue(PlannerPrecision precision)
{
    constexpr double kBytes[] = {2.0, 1.0, 0.5};
    return kBytes[static_cast<std::size_t>(precision)];
}

bool parsePlannerPrecision(std::string_view text, PlannerPrecision* precision)
{
    return parseName(kPlannerPrecisionNames, text, precision);
}

bool parseExpertParallelism(std::string_view text, ExpertParallelism* parallelism)
{
    return parseName(kExpertParallelismNames, text, parallelism);
}

bool parseStragglerMitigation(std::string_view text, StragglerMitigation* mitigation)
{
    return parseName(kStragglerMitigationNames, text, mitigation);
}

double maxRunLengthYears(double hardwareGrowthOom, double softwareGrowthOom,
                         double investmentGrowthOom)
{
    // Epoch AI, "The longest training run" (2022): a run longer than this is
    // beaten by one that starts later on better hardware, software and budget.
    return 1.0
           / ((hardwareGrowthOom + softwareGrowthOom + investmentGrowthOom) * std::numbers::ln10);
}

double maxRunLengthDays(const RunLengthInputs& runLength)
{
    if (runLength.manualDays)
        return *runLength.manualDays;
    return maxRunLengthYears(runLength.hardwareGrowthOom, runLength.softwareGrowthOom,
                             runLength.investmentGrowthOom)
           * kDaysPerYear;
}

double totalGrowthOom(const RunLengthInputs& rates)
{
    return rates.hardwareGrowthOom + rates.softwareGrowthOom + rates.investmentGrowthOom;
}

double runLengthLimitYears(const RunLengthInputs& rates)
{
    if (totalGrowthOom(rates) < kPlannerMinGrowthOom)
        return std::numeric_limits<double>::infinity();
    return maxRunLengthYears(rates.hardwareGrowthOom, rates.softwareGrowthOom,
                             rates.investmentGrowthOom);
}

RunLengthInputs treatySlowdownRates()
{
    RunLengthInputs rates;
    const double scale = kTreatyGrowthOomPerYear / totalGrowthOom(rates);
    rates.hardwareGrowthOom *= scale;
    rates.softwareGrowthOom *= scale;
    rates.investmentGrowthOom *= scale;
    return rates;
}

std::optional<PlannerInputError> validatePlannerInputs(const PlannerInputs& in)
{
    const PlannerModel& model = in.model;
    const PlannerAlgorithm& alg = in.algorithm;
    const RunLengthInputs& run = in.runLength;
    const std::pair<const char*, double> values[] = {
        {"model.params_b", model.paramsB},
        {"model.tokens", model.tokens},
        {"cluster.nodes", in.cluster.nodes},
        {"cluster.node_pflops", in.cluster.nodePflops},
        {"cluster.node_vram_gb", in.cluster.nodeVramGb},
        {"cluster.mfu", in.cluster.mfu},
        {"network.bandwidth_mbps", in.network.bandwidthMbps},
        {"network.latency_ms", in.network.latencyMs},
        {"algorithm.inner_steps", alg.innerSteps},
        {"algorithm.compression", alg.compression},
        {"algorithm.local_batch_tokens", alg.localBatchTokens},
        {"algorithm.activation_compression", alg.activationCompression},
        {"algorithm.micro_batches", alg.microBatches},
        {"hierarchy.nodes_per_group", in.hierarchy.nodesPerGroup},
        {"hierarchy.bandwidth_mbps", in.hierarchy.bandwidthMbps},
        {"hierarchy.latency_ms", in.hierarchy.latencyMs},
        {"hierarchy.regional_steps", in.hierarchy.regionalSteps},
        {"run_length.hardware_growth_oom", run.hardwareGrowthOom},
        {"run_length.software_growth_oom", run.softwareGrowthOom},
        {"run_length.investment_growth_oom", run.investmentGrowthOom},
    };
    for (const auto& [key, value] : values)
        if (auto error = checkLimit(*plannerInputLimit(key), value))
            return error;
    if (auto error = checkRevisedInputs(in))
        return error;

    if (model.moe) {
        if (auto error = checkLimit(*plannerInputLimit("model.active_params_b"), model.activeParamsB))
            return error;
        if (auto error = checkRange({"model.active_params_b", model.activeParamsB,
                                     plannerInputLimit("model.active_params_b")->min, true,
                                     model.paramsB}))
            return error;
        if (auto error = checkLimit(*plannerInputLimit("model.moe_layers"), model.moeLayers))
            return error;
    }
    if (run.manualDays)
        return checkLimit(*plannerInputLimit("run_length.manual_days"), *run.manualDays);
    const double growth = run.hardwareGrowthOom + run.softwareGrowthOom + run.investmentGrowthOom;
    if (growth < kPlannerMinGrowthOom)
        return PlannerInputError{
            "run_length", "the growth rates sum to " + formatInputNumber(growth)
                              + " orders of magnitude a year; the sum must be at least "
                              + formatInputNumber(kPlannerMinGrowthOom) + " unless manual_days is set",
            InputProblem::GrowthTooSlow, growth, kPlannerMinGrowthOom};
    return std::nullopt;
}

PlannerResult planTrainingRun(const PlannerInputs& in)
{
    PlannerResult result;
    result.moe = in.model.moe;
    const PlannerPrecision precision = in.algorithm.precision;
    const double params = in.model.paramsB * kParamsPerBillion;
    const double activeParams = in.model.activeParamsB * kParamsPerBillion;
    const double computeParams = in.model.moe ? activeParams : params;

    // Experts are split over the EP degree; everything else is replicated.
    const double expert = in.model.moe ? params - activeParams : 0.0;
    const double perNodeParams = params - expert + expert / expertParallelDegree(in);
    const double memory = perNodeParams * plannerBytesPerParam(precision);
    const double vram = in.cluster.nodeVramGb * kBytesPerGigabyte;
    const bool sharded = memory > vram;
    const double stages = std::ceil(memory / vram);
    const double nEff = in.algorithm.stragglerMitigation == StragglerMitigation::Redundancy
                            ? in.cluster.nodes / kRedundancyOverprovision
                            : in.cluster.nodes;

    result.stepSeconds = stepSeconds(computeParams, in);
    const double payload =
        params * plannerBytesPerValue(precision) * 8.0 / in.algorithm.compression;

    double trainingSeconds = 0;
    if (sharded)
        trainingSeconds =
            shardedSeconds(result.stepSeconds, payload, nEff, params, stages, in, &result);
    else if (in.hierarchy.enabled)
        trainingSeconds = hierarchicalSeconds(result.stepSeconds, payload, nEff, in, &result);
    else
        trainingSeconds = dilocoSeconds(result.stepSeconds, payload, nEff, in, &result);

    // Penalty switch off: eff = 1, as simulation-notes.md's runs assumed.
    if (plannerRules(in.revision).hasQualityModel()) {
        result.quality = plannerQualityOutputs(in, syncIntervalEfficiency(in), stages, nEff, sharded);
        result.efficiency = revisedPlannerEfficiency(in, *result.quality);
    } else {
        result.efficiency = in.assumptions.efficiencyPenalty ? syncIntervalEfficiency(in) : 1.0;
    }
    result.daysBeforePenalty = trainingSeconds / kSecondsPerDay;
    result.days = trainingSeconds / kSecondsPerDay / result.efficiency;
    result.maxRunLengthDays = maxRunLengthDays(in.runLength);
    result.feasible = result.days < result.maxRunLengthDays;

    // Useful work over the whole cluster's peak, spares included.
    result.globalMfu = kFlopPerParamPerToken * computeParams * in.model.tokens
                       / (in.cluster.nodes * in.cluster.nodePflops * kFlopPerPetaflop * result.days
                          * kSecondsPerDay);
    result.globalHfu = result.globalMfu / kModelToHardwareFlops;

    result.perNodeParamsB = perNodeParams / kParamsPerBillion;
    result.maxParamsBFp16 = in.cluster.nodeVramGb / plannerBytesPerParam(PlannerPrecision::Fp16);
    result.maxParamsBFp8 = in.cluster.nodeVramGb / plannerBytesPerParam(PlannerPrecision::Fp8);
    result.maxParamsBFp4 = in.cluster.nodeVramGb / plannerBytesPerParam(PlannerPrecision::Fp4);
    return result;
}

} // namespace dtx
