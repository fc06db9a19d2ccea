#pragma once

#include "Hardware.hpp"
#include "QualityTables.hpp"
#include "Revision.hpp"

#include <cstddef>
#include <span>

// Everything that differs between the model revisions, in one record per
// revision (Revision2026_02.cpp, Revision2026_04.cpp). The formulas read
// these rules; they never ask which revision they run under.
namespace dtx {

// How many replicas averaging their updates costs quality (MODEL.md §3 /
// REVISION-2026-04.md R5).
enum class ReplicaModel {
    EfficiencyFactor, // r(n, P_b) multiplies eta; chi is Chinchilla alone
    LossMultiplier,   // m(n_r, P_b, H) raises the loss; eta_replica = chi_full / chi
};

// How flat mode counts the compute a run does (MODEL.md §4 / R6).
enum class FlatCompute {
    NodesTimesBudget, // C = n × F × T_s (H always hides the sync)
    OuterSteps,       // tokens = (T_s / outer) × H × B × n, C = 6 P tokens (H may be fixed)
};

struct RevisionRules {
    Revision revision;

    // R1: the presets a scenario may name, in report order, and the
    // reference node. Countermeasure nodes' GPU prices (MODEL.md §10, R1).
    std::span<const NodePreset> presets;
    const char* referencePreset;
    double countermeasureA100CostUsd;
    double countermeasureH100CostUsd;

    // R2: defaults of the inputs that changed, and whether the revision's
    // new inputs exist (separate upload and download, a fixed inner-step
    // count, error feedback, the relay straggler mode).
    double defaultCompression;
    bool defaultErrorFeedback;
    StragglerMode defaultStragglerMode;
    bool hasRevisedInputs;

    // R4: compression quality with and without error feedback (the seed has
    // one table, and no such input), and activation quality.
    const QualityTable* compressionWithErrorFeedback;
    const QualityTable* compressionWithoutErrorFeedback;
    const QualityTable* activation;

    // R5 and R6.
    ReplicaModel replicaModel;
    FlatCompute flatCompute;

    // R8: the experts' share of an MoE is subtracted in billions before
    // scaling (2026-04) or in raw counts (MODEL.md §6).
    bool moeExpertShareInBillions;

    // MODEL.md §8's compute-optimal budget is n × F × T_s with F =
    // pflops × 1e15 × MFU; R10 multiplies n × pflops × 1e15 × MFU × T_s
    // left to right (the last bit can differ).
    bool computeOptimalBudgetLeftToRight;

    // R11: the report's quality-target optimizer tables.
    bool qualityTargetOptimizer;

    // R12: the countermeasure nodes. At the current threshold the seed keeps
    // its presets' 48 A100s (a safety margin); 2026-04 takes floor(T × 990 /
    // 312) at every T. The memory-threshold rows in report order, and how
    // many of the catalog's reference systems (MODEL.md §10's fourteen come
    // first) the collateral table lists.
    bool countermeasureA100SafetyMargin;
    std::span<const double> countermeasureMemoryThresholdsGb;
    std::size_t collateralSystemCount;

    const QualityTable& compressionQuality(bool errorFeedback) const
    {
        return errorFeedback ? *compressionWithErrorFeedback : *compressionWithoutErrorFeedback;
    }
};

const RevisionRules& revisionRules(Revision revision);

namespace revision_rules {
extern const RevisionRules kRevision2026_02;
extern const RevisionRules kRevision2026_04;
} // namespace revision_rules

} // namespace dtx
