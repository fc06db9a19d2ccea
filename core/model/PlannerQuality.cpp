// R-planner's quality model (REVISION-2026-04.md), evaluated left to right
// as written there.
#include "PlannerQuality.hpp"

#include "Chinchilla.hpp"
#include "Constants.hpp"
#include "Efficiency.hpp"
#include "PlannerRevision.hpp"
#include "QualityTables.hpp"

#include <cmath>
#include <cstddef>

namespace dtx {
namespace {

// The tables' columns are optimistic, expected, conservative.
constexpr std::size_t kExpectedColumn = 1;

// R5's m is fitted at H_ref = 30 inner steps; there s = ln H / ln H_ref is
// exactly 1, which makes it the planner's m (no H term).
constexpr double kReplicaLossReferenceInnerSteps = 30;

} // namespace

double plannerQualityLookup(const QualityTable& table, double ratio)
{
    if (ratio <= 1)
        return 1.0;
    const std::span<const double> keys = table.keys;
    if (ratio >= keys.back())
        return table.rows.back()[kExpectedColumn];
    for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
        if (keys[i] <= ratio && ratio <= keys[i + 1]) {
            const double t = std::log(ratio / keys[i]) / std::log(keys[i + 1] / keys[i]);
            return table.rows[i][kExpectedColumn] * (1 - t) + table.rows[i + 1][kExpectedColumn] * t;
        }
    }
    return table.rows.back()[kExpectedColumn]; // not reached: the keys start at 1
}

PlannerQualityResult plannerQualityOutputs(const PlannerInputs& in, double syncIntervalEfficiency,
                                           double stages, double effectiveNodes, bool sharded)
{
    const PlannerRules& rules = plannerRules(in.revision);
    PlannerQualityResult q;
    q.syncIntervalEfficiency = syncIntervalEfficiency;
    q.compressionQuality = plannerQualityLookup(rules.compressionQuality(in.algorithm.errorFeedback),
                                                in.algorithm.compression);
    // Each stage boundary is crossed forward and backward (MODEL.md §3), in
    // pipeline_wan mode too.
    q.activationQuality =
        sharded ? std::pow(plannerQualityLookup(*rules.activation, in.algorithm.activationCompression),
                           2.0 * (stages - 1))
                : 1.0;

    // The replicas that average their updates: the pipelines when there are
    // at least two, else every training node (n_eff may be fractional).
    const double groups = std::floor(effectiveNodes / stages);
    q.replicas = sharded && groups >= 2 ? groups : effectiveNodes;
    q.lossMultiplier =
        replicaLossMultiplier(q.replicas, in.model.paramsB, kReplicaLossReferenceInnerSteps);

    // C counts the FLOPs actually spent (active parameters for MoE); chi
    // weighs the loss of the total parameter count, for one node too
    // (R-planner: no n = 1 shortcut).
    const double params = in.model.paramsB * kParamsPerBillion;
    const double computeParams =
        in.model.moe ? in.model.activeParamsB * kParamsPerBillion : params;
    q.computeFlop = kFlopPerParamPerToken * computeParams * in.model.tokens;
    q.chi = chinchillaEfficiency(params, in.model.tokens, q.computeFlop, q.lossMultiplier);
    q.qualityComputeFlop = q.computeFlop * revisedPlannerEfficiency(in, q) * q.chi;
    return q;
}

double revisedPlannerEfficiency(const PlannerInputs& in, const PlannerQualityResult& q)
{
    if (!in.assumptions.efficiencyPenalty)
        return 1.0;
    return q.syncIntervalEfficiency * q.compressionQuality * q.activationQuality;
}

} // namespace dtx
