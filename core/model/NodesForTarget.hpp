#pragma once

#include "Evaluation.hpp"

#include <cstdint>

// MODEL.md §9: the fewest nodes whose local-equivalent compute reaches a
// target, found by binary search over 2..100,000 nodes.
namespace dtx {

inline constexpr std::int64_t kMaxSearchNodes = 100000;

struct NodesForTargetResult {
    bool reached = false;   // false: not reachable within kMaxSearchNodes
    std::int64_t nodes = 0; // kMaxSearchNodes when not reached
    double totalGpus = 0;
    double costUsd = 0;
    double computeLocal = 0; // at `nodes`
};

// Uses the scenario's own inputs and mode; a node count at which the mode
// does not apply counts as missing the target.
NodesForTargetResult nodesForTarget(const Scenario& scenario, double targetFlop);

} // namespace dtx
