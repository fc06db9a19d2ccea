#include "NodesForTarget.hpp"

#include "DilocoModes.hpp"

namespace dtx {
namespace {

// C_local at n nodes; 0 where the mode does not apply at that count.
double localComputeAt(Scenario scenario, std::int64_t nodes, EvaluationOutcome* outcome)
{
    scenario.nodes = nodes;
    *outcome = evaluate(scenario);
    return outcome->ok() ? outcome->evaluation->computeLocal : 0.0;
}

} // namespace

NodesForTargetResult nodesForTarget(const Scenario& scenario, double targetFlop)
{
    EvaluationOutcome outcome;
    std::int64_t answer = 1;
    if (localComputeAt(scenario, 1, &outcome) < targetFlop) {
        std::int64_t lo = 2;
        std::int64_t hi = kMaxSearchNodes;
        while (lo < hi) {
            const std::int64_t mid = (lo + hi) / 2;
            if (localComputeAt(scenario, mid, &outcome) >= targetFlop)
                hi = mid;
            else
                lo = mid + 1;
        }
        answer = lo;
    }
    NodesForTargetResult result;
    result.nodes = answer;
    result.computeLocal = localComputeAt(scenario, answer, &outcome);
    result.reached = result.computeLocal >= targetFlop;
    result.totalGpus = static_cast<double>(answer) * scenario.node.gpuCount;
    result.costUsd = static_cast<double>(answer) * scenario.node.gpuCount * scenario.node.gpuCostUsd;
    return result;
}

} // namespace dtx
