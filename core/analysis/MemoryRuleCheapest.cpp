// ANALYSES.md D: the cheapest configuration per target before and after the
// memory amendment, chip by chip of the amendment's table.
#include "MemoryRuleCheapest.hpp"

#include "DilocoModes.hpp"
#include "ModelSizeSearch.hpp"
#include "NodesForTarget.hpp"
#include "ParallelFor.hpp"

#include <algorithm>
#include <functional>

namespace dtx {
namespace {

using Found = QualityTargetNodes;

// 2026-02: MODEL.md §8's candidates (flat at H_min, then PP-Group), each
// searched for its fewest nodes; a later one wins only when strictly cheaper.
std::optional<QualityTargetRun> seedCheapestRun(const Scenario& input, double targetFlop)
{
    Scenario base = input;
    base.training.innerSteps.reset();
    const double maxParamsB = base.node.maxParamsB();
    std::optional<QualityTargetRun> best;
    const auto consider = [&](Mode mode, const std::optional<Found>& found) {
        if (!found || (best && found->evaluation.costUsd >= best->evaluation.costUsd))
            return;
        QualityTargetRun run;
        run.mode = mode;
        run.nodes = found->nodes;
        if (mode == Mode::PipelineDiloco)
            run.activationCompression = base.pipeline.activationCompression;
        run.evaluation = found->evaluation;
        best = run;
    };
    for (const double multiple : kFlatSizeMultiples) {
        Scenario scenario = base;
        scenario.mode = Mode::Flat;
        scenario.paramsB = multiple * maxParamsB;
        if (*scenario.paramsB < kQualityTargetSmallestParamsB)
            continue;
        consider(Mode::Flat, searchNodesForQualityTarget(
                                 [&scenario](std::int64_t nodes) -> std::optional<Evaluation> {
                                     scenario.nodes = nodes;
                                     return evaluateFlat(scenario);
                                 },
                                 targetFlop));
    }
    for (const double multiple : kPipelineSizeMultiples) {
        Scenario scenario = base;
        scenario.mode = Mode::PipelineDiloco;
        scenario.paramsB = multiple * maxParamsB;
        if (*scenario.paramsB < kQualityTargetSmallestParamsB)
            continue;
        consider(Mode::PipelineDiloco,
                 searchNodesForQualityTarget(
                     [&scenario](std::int64_t nodes) -> std::optional<Evaluation> {
                         scenario.nodes = nodes;
                         return evaluatePipelineDiloco(scenario).evaluation;
                     },
                     targetFlop));
    }
    return best;
}

Precision memoryRulePrecision(const GpuSpec& gpu)
{
    // [CML]: a chip with an FP8 rate trains in FP8 (as memoryRuleRow counts it).
    return gpu.fp8Tflops ? Precision::Fp8 : Precision::Fp16;
}

// The cheapest run of `count`-GPU nodes of `gpu` with the scenario's other
// inputs, as a plain configuration.
std::optional<MemoryRuleConfiguration> searchChip(const Scenario& input, const GpuSpec& gpu,
                                                  int count, double targetFlop)
{
    Scenario scenario = input;
    const Precision precision = memoryRulePrecision(gpu);
    scenario.node = memoryRuleNode(gpu, count, scenario.revision);
    scenario.nodeOrigin = NodeOrigin{std::string(), gpu.name, count, precision};
    // The search chooses mode, model size and H; the scenario's own are not
    // the evader's.
    scenario.mode = Mode::Flat;
    scenario.paramsB.reset();
    scenario.training.innerSteps.reset();
    const std::optional<QualityTargetRun> run = memoryRuleCheapestRun(scenario, targetFlop);
    if (!run)
        return std::nullopt;
    const Evaluation& e = run->evaluation;
    MemoryRuleConfiguration configuration;
    configuration.chip = gpu.name;
    configuration.nodeName = scenario.node.name;
    configuration.gpusPerNode = count;
    configuration.fp8 = precision == Precision::Fp8;
    configuration.gpuPriceUsd = scenario.node.gpuCostUsd;
    configuration.modeLabel = qualityTargetModeLabel(*run);
    configuration.nodes = run->nodes;
    configuration.paramsB = e.paramsB;
    configuration.overtrainingRatio = e.overtrainingRatio;
    configuration.eta = e.eta;
    configuration.computeQuality = e.computeQuality;
    configuration.costUsd = e.costUsd;
    return configuration;
}

} // namespace

std::optional<double> memoryRuleGpuPrice(const GpuSpec& gpu, Revision revision)
{
    for (const NodePreset& preset : nodePresets(revision))
        if (preset.gpuCostUsd > 0 && gpu.name == preset.gpu)
            return preset.gpuCostUsd;
    return gpu.priceUsd;
}

NodeConfig memoryRuleNode(const GpuSpec& gpu, int count, Revision revision)
{
    NodeConfig node = makeNode(gpu, count, memoryRulePrecision(gpu));
    if (const std::optional<double> price = memoryRuleGpuPrice(gpu, revision))
        node.gpuCostUsd = *price;
    return node;
}

std::optional<QualityTargetRun> memoryRuleCheapestRun(const Scenario& scenario, double targetFlop)
{
    if (scenario.rules().qualityTargetOptimizer)
        return cheapestRunForQualityTarget(scenario, targetFlop);
    return seedCheapestRun(scenario, targetFlop);
}

std::vector<MemoryRuleCheapestTarget> memoryRuleCheapest(const Scenario& scenario,
                                                         const HardwareCatalog& catalog,
                                                         const MemoryRuleOptions& options,
                                                         MemoryRuleRunCache* cache,
                                                         unsigned threads)
{
    constexpr std::size_t kTargets = std::size(kReferenceTargetsFlop);
    const std::vector<MemoryRuleRow> rows = memoryRuleTable(catalog, options);
    MemoryRuleRunCache local;
    MemoryRuleRunCache& runs = cache ? *cache : local;

    // Each node size is searched once: a chip the limit leaves alone has
    // the same node before and after, and a cache keeps what a previous
    // limit already found.
    struct Job {
        const GpuSpec* gpu;
        int count;
    };
    std::vector<Job> jobs;
    const auto queue = [&](const GpuSpec& gpu, int count) {
        if (count < 1 || runs.count({gpu.name, count}) > 0)
            return;
        for (const Job& job : jobs)
            if (job.gpu == &gpu && job.count == count)
                return;
        jobs.push_back({&gpu, count});
    };
    for (const MemoryRuleRow& row : rows) {
        if (!row.gpu->buildsNodes())
            continue;
        queue(*row.gpu, row.nCompute);
        queue(*row.gpu, row.nMax);
    }
    std::vector<std::optional<MemoryRuleConfiguration>> found(jobs.size() * kTargets);
    parallelFor(found.size(), resolvedThreadCount(threads), [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const Job& job = jobs[i / kTargets];
            found[i] = searchChip(scenario, *job.gpu, job.count, kReferenceTargetsFlop[i % kTargets]);
        }
    });
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        MemoryRuleTargetRuns& entry = runs[{jobs[j].gpu->name, jobs[j].count}];
        for (std::size_t t = 0; t < kTargets; ++t)
            entry[t] = std::move(found[j * kTargets + t]);
    }

    std::vector<MemoryRuleCheapestTarget> result;
    for (std::size_t t = 0; t < kTargets; ++t) {
        MemoryRuleCheapestTarget target;
        target.targetFlop = kReferenceTargetsFlop[t];
        // In the table's order; a later chip wins only when strictly cheaper.
        const auto pick = [&](std::optional<MemoryRuleConfiguration>& best, const GpuSpec& gpu,
                              int count) {
            if (count < 1)
                return;
            const auto at = runs.find({gpu.name, count});
            if (at == runs.end() || !at->second[t])
                return;
            const MemoryRuleConfiguration& candidate = *at->second[t];
            if (!best || candidate.costUsd < best->costUsd)
                best = candidate;
        };
        for (const MemoryRuleRow& row : rows) {
            if (!row.gpu->buildsNodes())
                continue;
            pick(target.before, *row.gpu, row.nCompute);
            pick(target.after, *row.gpu, row.nMax);
        }
        if (target.before && target.after && target.before->costUsd > 0)
            target.costRatio = target.after->costUsd / target.before->costUsd;
        result.push_back(std::move(target));
    }
    return result;
}

} // namespace dtx
