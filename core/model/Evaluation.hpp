#pragma once

#include "RangeCheck.hpp"
#include "Scenario.hpp"
#include "TrafficFingerprint.hpp"

#include <optional>
#include <string>

// What one evaluation of a scenario yields (MODEL.md §4–§7). The shared
// fields hold in every mode; mode-specific details sit in optional parts.
namespace dtx {

struct FlatDetails {
    double syncBaseSeconds = 0; // V / BW_up + V / BW_down + lat, before stragglers
    double innerStepsUsed = 1;  // H_fix when given, else H_min
    double outerStepSeconds = 0; // max(H × t_comp, t_sync) with several nodes
    double dutyCycle = 0;        // share of the outer step the WAN is busy
    double gbPerSync = 0;        // both directions, GB
};

struct HierarchicalDetails {
    double nodesPerGroup = 0;
    double groups = 0;
    double innerSteps = 0;        // H_inner
    double regionalSteps = 0;     // H_reg
    double effectiveSteps = 0;    // H_eff = H_inner × sqrt(H_reg)
    double regionalSyncSeconds = 0;
    double globalSyncSeconds = 0;
    double regionalStragglerFactor = 0;
};

struct MoeDetails {
    double totalParamsB = 0;
    double activeParamsB = 0;
    double memoryPerNodeGb = 0;
    bool fitsOnNode = false;
    double expertParallelSeconds = 0; // t_ep, all-to-all round trips per step
    double expertParallelOverhead = 0;
};

struct PipelineDetails {
    double stages = 0;
    double groups = 0;
    double pipelineStepSeconds = 0;
    double bubbleFraction = 0;
    double activationQuality = 0; // q_act(c_a, S)
    double syncEfficiency = 0;    // eta before activation quality
    double outerStepSeconds = 0;
};

struct Evaluation {
    Revision revision = kDefaultRevision;
    Mode mode = Mode::Flat;
    double nodes = 0;
    double totalGpus = 0;
    double paramsB = 0; // active parameters in moe mode
    double maxParamsB = 0;
    double h100EquivPerNode = 0;
    bool underThreshold = true;
    double computeStepSeconds = 0; // t_comp (t_full in pp_diloco)
    double syncBits = 0;           // V, after compression
    double stragglerFactor = 1;    // of the WAN sync
    double syncSeconds = 0;        // of the WAN sync, with stragglers
    double innerSteps = 1;         // H_min (H_eff in hierarchical mode)
    double alpha = 0;
    double eta = 1;
    // The replica penalty as a loss multiplier (R5; 2026-04): eta is
    // etaBeforeReplica × etaReplica, etaReplica = chiFull / chi. Under
    // 2026-02 these stay 1 and eta already holds r(n, P_b).
    double etaBeforeReplica = 1;
    double lossMultiplier = 1;
    double chinchillaEfficiencyFull = 1;
    double etaReplica = 1;
    double computeActual = 0; // C_actual (2026-02), C_throughput (2026-04)
    double computeLocal = 0;
    double tokens = 0;
    double chinchillaTokens = 0;
    double overtrainingRatio = 0;
    double chinchillaEfficiency = 1; // eta_chin (2026-02), chi (2026-04)
    double computeQuality = 0;
    double costUsd = 0;
    double thresholdMultiple = 0;

    std::optional<FlatDetails> flat;
    std::optional<HierarchicalDetails> hierarchical;
    std::optional<MoeDetails> moe;
    std::optional<PipelineDetails> pipeline;
    // What the run looks like on the WAN (ANALYSES.md B); empty with one
    // replica.
    std::optional<TrafficFingerprint> traffic;
};


// Either an evaluation or the input error that prevented it.
struct EvaluationOutcome {
    std::optional<Evaluation> evaluation;
    InputError error;

    bool ok() const { return evaluation.has_value(); }
};

} // namespace dtx
