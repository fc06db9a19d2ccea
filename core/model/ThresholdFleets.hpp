#pragma once

#include "Countermeasures.hpp"
#include "Scenario.hpp"

#include <array>
#include <limits>
#include <vector>

namespace dtx {

// The fleets behind the countermeasure plots (MODEL.md §10): for each CCC
// threshold T from 1 to 16 and each memory threshold L from 80 to 4,096 GB,
// the fewest of the largest unregistered A100 (FP16) or H100 SXM (FP8)
// nodes that reach 10²⁴, 10²⁵ and 10²⁶ FLOP in flat DiLoCo with the largest
// model that fits, and their cost. A sweep visits a few dozen node sizes,
// so each size is searched once (nodesForTarget) and reused.
struct ThresholdFleets {
    enum NodeKind { A100, H100Fp8, NodeKindCount };
    static constexpr std::size_t kTargets = std::size(kReferenceTargetsFlop);

    // What the fleets depend on beyond the node; mode, node count, model
    // size and treaty are replaced or only label the plots. Equal inputs
    // give equal fleets, so a treaty slider drag need not search again.
    struct Inputs {
        Revision revision = kDefaultRevision;
        WanLink wan;
        TrainingInputs training;
        Assumptions assumptions;
        bool operator==(const Inputs& other) const;
    };

    struct Curve {
        std::vector<double> threshold, nodes, costUsd;
        // The largest threshold at which the target needs more than
        // kMaxSearchNodes nodes (left out of the curve); NaN if none.
        double lastUnreached = std::numeric_limits<double>::quiet_NaN();
    };
    using Curves = std::array<Curve, kTargets>;

    Inputs inputs;
    std::array<bool, NodeKindCount> available{}; // the catalog has the GPU
    std::array<Curves, NodeKindCount> byCompute; // against T (H100-equivalents)
    std::array<Curves, NodeKindCount> byMemory;  // against L (GB)

    static constexpr double kLowestComputeThreshold = 1;
    static constexpr double kHighestComputeThreshold = 16;
    static constexpr double kLowestMemoryThresholdGb = 80; // one GPU: no smaller node
    static constexpr double kHighestMemoryThresholdGb = 4096;
};

ThresholdFleets::Inputs thresholdFleetInputs(const Scenario& scenario);
ThresholdFleets sweepThresholdFleets(const Scenario& scenario, const HardwareCatalog& catalog);

} // namespace dtx
