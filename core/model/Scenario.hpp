#pragma once

#include "Constants.hpp"
#include "Efficiency.hpp"
#include "Hardware.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The inputs of one evaluation (MODEL.md §2 and §4–§7) as plain values.
// Defaults are the reference scenario: 72 flat nodes of 48x A100 over
// 100 Mbps and 100 ms, 16x compression, 1.5 years.
namespace dtx {

enum class Mode { Flat, Hierarchical, Moe, PipelineDiloco };

std::string_view modeName(Mode mode); // "flat", "hierarchical", "moe", "pp_diloco"
bool parseMode(std::string_view text, Mode* mode);

struct NetworkLink {
    double bandwidthMbps = 100;
    double latencyMs = 100;
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
};

struct Assumptions {
    QualityScenario quality = QualityScenario::Expected;
    bool replicaPenalty = true;
    bool straggler = true;
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
    Mode mode = Mode::Flat;
    NodeConfig node;
    NodeOrigin nodeOrigin;
    std::int64_t nodes = kReferenceNodeCount;
    // Model size in billions; empty = the default of the mode (the largest
    // that fits one node; twice that in pp_diloco mode).
    std::optional<double> paramsB;
    MoeInputs moe;
    NetworkLink wan;
    HierarchyInputs hierarchy;
    PipelineInputs pipeline;
    TrainingInputs training;
    Assumptions assumptions;
    TreatyInputs treaty;

    EfficiencyAssumptions efficiencyAssumptions() const
    {
        return {assumptions.quality, assumptions.replicaPenalty};
    }
    double stragglerFactorFor(double nodeCount) const
    {
        return assumptions.straggler ? stragglerFactor(nodeCount) : 1.0;
    }
    double timeBudgetSeconds() const { return training.years * kSecondsPerYear; }
    // Effective FLOP/s of one node: pflops × 1e15 × MFU.
    double nodeFlopPerSecond() const { return node.pflops * kFlopPerPetaflop * training.mfu; }
    double defaultParamsB() const;
    double resolvedParamsB() const { return paramsB.value_or(defaultParamsB()); }
};

// The reference scenario with the given node.
Scenario referenceScenario(const NodeConfig& node);

} // namespace dtx
