#include "ThresholdFleets.hpp"

#include "NodesForTarget.hpp"
#include "SweepGrid.hpp"

#include <functional>
#include <map>

namespace dtx {
namespace {

using Fleets = std::array<NodesForTargetResult, ThresholdFleets::kTargets>;

ThresholdFleets::Curves sweep(const std::vector<double>& grid, const std::function<int(double)>& gpusUnder,
                              const std::function<const Fleets&(int)>& fleetsOf)
{
    ThresholdFleets::Curves curves;
    for (const double threshold : grid) {
        const Fleets& fleets = fleetsOf(gpusUnder(threshold));
        for (std::size_t t = 0; t < ThresholdFleets::kTargets; ++t) {
            ThresholdFleets::Curve& curve = curves[t];
            if (!fleets[t].reached) {
                curve.lastUnreached = threshold;
                continue;
            }
            curve.threshold.push_back(threshold);
            curve.nodes.push_back(double(fleets[t].nodes));
            curve.costUsd.push_back(fleets[t].costUsd);
        }
    }
    return curves;
}

} // namespace

bool ThresholdFleets::Inputs::operator==(const Inputs& o) const
{
    return revision == o.revision && wan.uploadMbps == o.wan.uploadMbps
           && wan.downloadMbps == o.wan.downloadMbps && wan.latencyMs == o.wan.latencyMs
           && training.mfu == o.training.mfu
           && training.localBatchTokens == o.training.localBatchTokens
           && training.years == o.training.years && training.compression == o.training.compression
           && training.errorFeedback == o.training.errorFeedback
           && assumptions.quality == o.assumptions.quality
           && assumptions.replicaPenalty == o.assumptions.replicaPenalty
           && assumptions.stragglerMode == o.assumptions.stragglerMode;
}

ThresholdFleets::Inputs thresholdFleetInputs(const Scenario& scenario)
{
    return {scenario.revision, scenario.wan, scenario.training, scenario.assumptions};
}

ThresholdFleets sweepThresholdFleets(const Scenario& scenario, const HardwareCatalog& catalog)
{
    ThresholdFleets result;
    result.inputs = thresholdFleetInputs(scenario);
    Scenario base = scenario;
    base.mode = Mode::Flat;
    base.paramsB.reset(); // the largest model that fits each node
    base.training.innerSteps.reset(); // and the H that hides its sync

    const std::vector<double> computeGrid = linearGrid(ThresholdFleets::kLowestComputeThreshold,
                                                   ThresholdFleets::kHighestComputeThreshold);
    const std::vector<double> memoryGrid = logGrid(ThresholdFleets::kLowestMemoryThresholdGb,
                                               ThresholdFleets::kHighestMemoryThresholdGb);
    for (const auto kind : {ThresholdFleets::A100, ThresholdFleets::H100Fp8}) {
        const bool a100 = kind == ThresholdFleets::A100;
        const GpuSpec* gpu = catalog.findGpu(a100 ? kA100Gpu : kH100Gpu);
        result.available[kind] = gpu != nullptr;
        if (!gpu)
            continue;
        std::map<int, Fleets> memo; // by GPU count, shared by both sweeps
        const auto fleetsOf = [&](int gpus) -> const Fleets& {
            if (const auto found = memo.find(gpus); found != memo.end())
                return found->second;
            Scenario fleet = base;
            // The revision's countermeasure nodes and prices (MODEL.md §10, R1).
            fleet.node = a100 ? countermeasureA100Node(*gpu, gpus, base.revision)
                              : countermeasureH100Fp8Node(*gpu, gpus, base.revision);
            Fleets fleets;
            for (std::size_t t = 0; t < ThresholdFleets::kTargets; ++t)
                fleets[t] = nodesForTarget(fleet, kReferenceTargetsFlop[t]);
            return memo.emplace(gpus, fleets).first->second;
        };
        result.byCompute[kind] = sweep(
            computeGrid,
            [&](double t) {
                return a100 ? largestA100CountUnderCompute(*gpu, t, base.revision)
                            : largestH100CountUnderCompute(t);
            },
            fleetsOf);
        result.byMemory[kind] = sweep(
            memoryGrid,
            [&](double l) {
                return a100 ? largestA100CountUnderMemory(*gpu, l, base.revision)
                            : largestH100CountUnderMemory(*gpu, l);
            },
            fleetsOf);
    }
    return result;
}

} // namespace dtx
