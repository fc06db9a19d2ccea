#pragma once

#include "Constants.hpp"
#include "Efficiency.hpp"
#include "Hardware.hpp"
#include "ModelHooks.hpp"
#include "QualityTables.hpp"
#include "RevisionRules.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The inputs of one evaluation (MODEL.md §2 and §4–§7, REVISION-2026-04.md
// R2) as plain values. Member defaults are the 2026-02 reference scenario:
// 72 flat nodes of 48x A100 over 100 Mbps and 100 ms, 16x compression,
// 1.5 years; referenceScenario() gives each revision's.
namespace dtx {

enum class Mode { Flat, Hierarchical, Moe, PipelineDiloco };

std::string_view modeName(Mode mode); // "flat", "hierarchical", "moe", "pp_diloco"
bool parseMode(std::string_view text, Mode* mode);

// A symmetric link (regional, pipeline stage).
struct NetworkLink {
    double bandwidthMbps = 100;
    double latencyMs = 100;
};

// The WAN, whose two directions may differ under 2026-04 (R2).
struct WanLink {
    double uploadMbps = 100;
    double downloadMbps = 100;
    double latencyMs = 100;

    void setBandwidth(double mbps) { uploadMbps = downloadMbps = mbps; }
    bool symmetric() const { return uploadMbps == downloadMbps; }
    // The symmetric bandwidth that moves a sync in the same time,
    // 2 / (1 / up + 1 / down): where the WAN sits on a bandwidth axis.
    double equivalentSymmetricMbps() const
    {
        return symmetric() ? uploadMbps : 2.0 / (1.0 / uploadMbps + 1.0 / downloadMbps);
    }
};

struct HierarchyInputs {
    double nodesPerGroup = 8;
    NetworkLink regional{1000, 20};
};

struct MoeInputs {
    double totalParamsB = 600;
    double activeParamsB = 100;
    double layers = 32;
};

struct PipelineInputs {
    double activationCompression = 4; // 4-bit activations
    double microBatches = 8;
    NetworkLink stageLink{1000, 20};
};

struct TrainingInputs {
    double mfu = 0.40;
    double localBatchTokens = 131072;
    double years = 1.5;
    double compression = 16; // 4-bit quantization with sparsification
    bool errorFeedback = false; // 2026-04 only (R2)
    // A fixed inner-step count H_fix (flat mode, 2026-04 only); empty = H_min.
    std::optional<double> innerSteps;
};

struct Assumptions {
    QualityScenario quality = QualityScenario::Expected;
    bool replicaPenalty = true;
    StragglerMode stragglerMode = StragglerMode::Synchronous;
};

struct TreatyInputs {
    double cccThresholdH100e = kDefaultCccThresholdH100e;
    double strictThresholdFlop = kDefaultStrictThresholdFlop;
    // A countermeasure of MODEL.md §10 the treaty text does not have yet:
    // register any node with more HBM than this (GB). Empty = no such rule.
    std::optional<double> memoryThresholdGb;

    // Whether a node escapes registration under every rule in force.
    bool nodeUnregistered(const NodeConfig& node) const
    {
        return isUnderThreshold(node.h100Equiv, cccThresholdH100e)
               && (!memoryThresholdGb || node.vramGb <= *memoryThresholdGb);
    }
};

inline constexpr std::int64_t kReferenceNodeCount = 72;

// How the user named the node, kept so that a saved scenario says "preset"
// or "gpu" as they did; the math reads only `Scenario::node`.
struct NodeOrigin {
    std::string preset; // a name of nodePresets(), or empty
    std::string gpu;    // a catalog GPU, or empty
    int gpus = 0;
    Precision precision = Precision::Fp16;
};

struct Scenario {
    std::string name;
    Revision revision = kDefaultRevision;
    Mode mode = Mode::Flat;
    NodeConfig node;
    NodeOrigin nodeOrigin;
    std::int64_t nodes = kReferenceNodeCount;
    // Model size in billions; empty = the default of the mode (the largest
    // that fits one node; twice that in pp_diloco mode).
    std::optional<double> paramsB;
    MoeInputs moe;
    WanLink wan;
    HierarchyInputs hierarchy;
    PipelineInputs pipeline;
    TrainingInputs training;
    Assumptions assumptions;
    TreatyInputs treaty;
    // Not an input: what the uncertainty analyses move (neutral otherwise).
    ModelHooks hooks;

    EfficiencyAssumptions efficiencyAssumptions() const
    {
        return {assumptions.quality, assumptions.replicaPenalty};
    }
    const RevisionRules& rules() const { return revisionRules(revision); }
    double stragglerFactorFor(double nodeCount) const
    {
        return stragglerFactor(nodeCount, assumptions.stragglerMode, hooks.stragglerMultiplier);
    }
    // q_c of the scenario's compression, by its revision's table.
    double compressionQuality() const
    {
        if (hooks.compressionQuality)
            return *hooks.compressionQuality;
        return lookUpQuality(rules().compressionQuality(training.errorFeedback),
                             training.compression, assumptions.quality);
    }
    // The training time T_s (× the availability hook).
    double timeBudgetSeconds() const
    {
        return training.years * kSecondsPerYear * hooks.availability;
    }
    // Effective FLOP/s of one node: pflops × 1e15 × MFU (× the MFU hook,
    // capped at 1).
    double nodeFlopPerSecond() const
    {
        return node.pflops * kFlopPerPetaflop * std::min(1.0, training.mfu * hooks.mfuMultiplier);
    }
    double defaultParamsB() const;
    double resolvedParamsB() const { return paramsB.value_or(defaultParamsB()); }
};

// The reference scenario of a revision (its defaults, R2) with the given node.
Scenario referenceScenario(const NodeConfig& node, Revision revision = kDefaultRevision);
// Sets the inputs whose defaults differ between revisions (compression,
// error feedback, straggler mode) to `revision`'s, and the revision itself;
// the node is the caller's.
void applyRevisionDefaults(Revision revision, Scenario* scenario);

} // namespace dtx
