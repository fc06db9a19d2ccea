#pragma once

#include "Revision.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dtx {

// Numeric precision used for training; it fixes the training-state bytes per
// parameter and the bits per pseudo-gradient value (MODEL.md §1).
enum class Precision { Fp16, Fp8 };

double bytesPerParam(Precision precision);
double bitsPerPseudoGradient(Precision precision);

// One GPU model of the hardware catalog (resources/hardware.json). Figures
// are dense (no sparsity) vendor numbers; the catalog names their sources.
struct GpuSpec {
    std::string name;
    double fp16Tflops = 0;
    std::optional<double> fp8Tflops;
    double vramGb = 0;
    std::string memoryType; // "HBM3e", "GDDR6", … as the sources write it
    std::optional<double> priceUsd;
    std::string source;

    // Whether the memory is high-bandwidth memory, the only kind the
    // HBM-only reading of the memory amendment counts (ANALYSES.md D).
    bool hasHbm() const { return memoryType.rfind("HBM", 0) == 0; }
    // A node needs a cost: a GPU without a price serves the memory rule only.
    bool buildsNodes() const { return priceUsd.has_value(); }
};

// A named machine of the collateral-damage table (MODEL.md §10): GPU type and
// count, with the category of legitimate use it stands for.
struct ReferenceSystem {
    std::string name;
    std::string gpu;
    int gpuCount = 0;
    std::string category;
};

// A legitimate installation the memory amendment might catch: a range of
// GPU counts of one type, with the burden its source names (ANALYSES.md D).
struct MemoryRuleUseCase {
    std::string name;
    std::string gpu;
    int gpusMin = 0;
    int gpusMax = 0;
    std::string burden;
    std::string source;
};

// The catalog as plain data; core/io reads it from the JSON resource.
struct HardwareCatalog {
    std::vector<GpuSpec> gpus;
    std::vector<ReferenceSystem> referenceSystems;
    // The memory amendment's chips, in the order of its table, and its use cases.
    std::vector<std::string> memoryRuleChips;
    std::vector<MemoryRuleUseCase> memoryRuleUseCases;

    const GpuSpec* findGpu(const std::string& name) const;
};

// One co-located machine room of GPUs, with every field of MODEL.md §1.
struct NodeConfig {
    std::string name;
    double pflops = 0;     // training throughput (FP8 for FP8 nodes)
    double pflopsFp16 = 0; // used only for the treaty's H100-equivalent count
    double vramGb = 0;
    int gpuCount = 0;
    double gpuCostUsd = 0;
    double h100Equiv = 0;
    double bytesPerParam = 16;
    double bitsPerPseudoGradient = 16;

    // Largest dense model whose training state fits on the node (billions).
    double maxParamsB() const { return vramGb / bytesPerParam; }
    double costUsd() const { return gpuCount * gpuCostUsd; }
};

// Builds a node of `count` GPUs of one type, evaluated in the order
// MODEL.md §1 writes (count × TFLOPS × 1e12 / 1e15, count × TFLOPS / 990).
// "8x H100 SXM FP8": what a node of K catalog GPUs is called wherever it
// is built (the window, a scenario file), so it reads the same everywhere.
std::string defaultNodeName(const GpuSpec& gpu, int count, Precision precision);
NodeConfig makeNode(const GpuSpec& gpu, int count, Precision precision,
                    const std::string& name = {});

// The treaty's covered-cluster rule: a node is unregistered while its
// H100-equivalent count does not exceed the threshold.
bool isUnderThreshold(double h100Equiv, double thresholdH100e);

// A named reference node: a catalog GPU, a count and a precision, built
// from the catalog. Each model revision has its own list (MODEL.md §1,
// REVISION-2026-04.md R1; RevisionRules).
struct NodePreset {
    const char* name;
    const char* gpu;
    int gpuCount;
    Precision precision;
    double gpuCostUsd = 0; // the revision's price; 0 = the catalog's
};
std::span<const NodePreset> nodePresets(Revision revision);
std::optional<NodeConfig> presetNode(const HardwareCatalog& catalog, const std::string& presetName,
                                     Revision revision);
// The first GPU a preset of any revision needs that `catalog` lacks (a
// user's catalog must serve every preset), or nothing.
std::optional<std::string> missingPresetGpu(const HardwareCatalog& catalog);
// The reference scenario's node of a revision (48x or 50x A100 80GB).
std::optional<NodeConfig> referenceNode(const HardwareCatalog& catalog, Revision revision);

// GPUs per seed reference node (MODEL.md §1, §10): 48 A100s stay under 16
// H100-equivalents with a margin (50 would be the limit); 16 H100s sit
// exactly at it.
inline constexpr int kReferenceA100Count = 48;
inline constexpr int kReferenceH100Count = 16;

inline constexpr const char* kA100Gpu = "A100 80GB";
inline constexpr const char* kH100Gpu = "H100 SXM";
inline constexpr const char* kPresetGh200 = "16x GH200";
inline constexpr const char* kPresetH100 = "16x H100 SXM";
inline constexpr const char* kPresetH100Fp8 = "16x H100 FP8";

} // namespace dtx
