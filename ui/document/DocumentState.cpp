#include "DocumentState.hpp"

#include "PlanFile.hpp"
#include "ScenarioFile.hpp"

namespace dtx::ui {
namespace {

bool sameStory(const Story& a, const Story& b)
{
    if (a.title != b.title || a.steps.size() != b.steps.size())
        return false;
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const StoryStep& x = a.steps[i];
        const StoryStep& y = b.steps[i];
        if (x.title != y.title || x.message != y.message || x.tab != y.tab
            || !sameScenario(x.scenario, y.scenario))
            return false;
    }
    return true;
}

bool samePins(const std::vector<Scenario>& a, const std::vector<Scenario>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!sameScenario(a[i], b[i]))
            return false;
    return true;
}

// Training precision from what the node stores per parameter (MODEL.md §1:
// 16 bytes in FP16, 14 in FP8).
PlannerPrecision precisionOf(const NodeConfig& node)
{
    if (node.bytesPerParam >= plannerBytesPerParam(PlannerPrecision::Fp16))
        return PlannerPrecision::Fp16;
    if (node.bytesPerParam >= plannerBytesPerParam(PlannerPrecision::Fp8))
        return PlannerPrecision::Fp8;
    return PlannerPrecision::Fp4;
}

} // namespace

ChangeSet changesBetween(const DocumentState& a, const DocumentState& b)
{
    ChangeSet changes;
    for (const std::string& key : changedScenarioKeys(a.scenario, b.scenario))
        changes.add(QStringLiteral("scenario.") + QString::fromStdString(key));
    for (const std::string& key : changedPlanKeys(a.planner.inputs, b.planner.inputs))
        changes.add(QStringLiteral("planner.") + QString::fromStdString(key));
    if (a.planner.ownCluster != b.planner.ownCluster)
        changes.add(QStringLiteral("planner.own_cluster"));
    if (a.growth.hardwareGrowthOom != b.growth.hardwareGrowthOom
        || a.growth.softwareGrowthOom != b.growth.softwareGrowthOom
        || a.growth.investmentGrowthOom != b.growth.investmentGrowthOom)
        changes.add(QStringLiteral("growth"));
    if (!samePins(a.pinned, b.pinned))
        changes.add(QStringLiteral("pins"));
    if (!sameStory(a.story, b.story))
        changes.add(QStringLiteral("story"));
    return changes;
}

PlannerInputs plannedInputs(const DocumentState& state, const Evaluation* evaluation)
{
    PlannerInputs in = state.planner.inputs;
    // One set of growth rates for the Time tab and the planner's limit.
    in.runLength.hardwareGrowthOom = state.growth.hardwareGrowthOom;
    in.runLength.softwareGrowthOom = state.growth.softwareGrowthOom;
    in.runLength.investmentGrowthOom = state.growth.investmentGrowthOom;
    if (state.planner.ownCluster)
        return in;

    const Scenario& s = state.scenario;
    in.cluster.nodes = double(s.nodes);
    in.cluster.nodePflops = s.node.pflops;
    in.cluster.nodeVramGb = s.node.vramGb;
    in.cluster.mfu = s.training.mfu;
    // The planner plans under the scenario's model revision (R-planner).
    in.revision = s.revision;
    in.network.setBandwidth(s.wan.uploadMbps);
    if (!s.wan.symmetric()) {
        in.network.upload = s.wan.uploadMbps;
        in.network.download = s.wan.downloadMbps;
    }
    in.network.latencyMs = s.wan.latencyMs;
    in.algorithm.errorFeedback = s.training.errorFeedback;
    in.algorithm.compression = s.training.compression;
    in.algorithm.localBatchTokens = s.training.localBatchTokens;
    in.algorithm.precision = precisionOf(s.node);
    in.hierarchy.enabled = s.mode == Mode::Hierarchical;
    in.hierarchy.nodesPerGroup = s.hierarchy.nodesPerGroup;
    in.hierarchy.bandwidthMbps = s.hierarchy.regional.bandwidthMbps;
    in.hierarchy.latencyMs = s.hierarchy.regional.latencyMs;
    if (s.mode == Mode::PipelineDiloco) {
        in.algorithm.activationCompression = s.pipeline.activationCompression;
        in.algorithm.microBatches = s.pipeline.microBatches;
    }
    in.model.moe = s.mode == Mode::Moe;
    if (in.model.moe) {
        in.model.paramsB = s.moe.totalParamsB;
        in.model.activeParamsB = s.moe.activeParamsB;
        in.model.moeLayers = s.moe.layers;
    } else {
        in.model.paramsB = s.resolvedParamsB();
    }
    if (evaluation) {
        in.model.tokens = evaluation->tokens;
        // The synchronisation interval the scenario's evaluation chose (the
        // smallest H that hides the sync), so the plan and the headline
        // describe the same run rather than the planner's default H.
        if (evaluation->hierarchical) {
            in.algorithm.innerSteps = evaluation->hierarchical->innerSteps;
            in.hierarchy.regionalSteps = evaluation->hierarchical->regionalSteps;
        } else {
            in.algorithm.innerSteps = evaluation->innerSteps;
        }
    }
    return in;
}

} // namespace dtx::ui
