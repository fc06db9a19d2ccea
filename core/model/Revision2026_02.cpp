// The seed model, MODEL.md exactly (revision 2026-02).
#include "Countermeasures.hpp"
#include "RevisionRules.hpp"

namespace dtx::revision_rules {
namespace {

// MODEL.md §1: 48 A100s stay under 16 H100-equivalents with a margin (50
// would be the limit); 16 H100s sit exactly at it. Prices from the catalog.
constexpr NodePreset kPresets[] = {
    {"48x A100 80GB", kA100Gpu, 48, Precision::Fp16},
    {"16x GH200", "GH200", 16, Precision::Fp16},
    {"16x H100 SXM", kH100Gpu, 16, Precision::Fp16},
    {"16x H100 FP8", kH100Gpu, 16, Precision::Fp8},
};

} // namespace

const RevisionRules kRevision2026_02{
    Revision::Feb2026,
    kPresets,
    "48x A100 80GB",
    15000,
    30000,
    16,    // MODEL.md §2: 4-bit quantization with sparsification
    false, // no error-feedback input; the one table below
    StragglerMode::Synchronous,
    false,
    &quality_tables::kSeedCompression,
    &quality_tables::kSeedCompression,
    &quality_tables::kSeedActivation,
    ReplicaModel::EfficiencyFactor,
    FlatCompute::NodesTimesBudget,
    false,
    false, // MODEL.md §8
    false,
    true, // MODEL.md §10: 48 A100s at T = 16
    kReferenceMemoryThresholdsGb,
    14, // MODEL.md §10's reference systems
};

} // namespace dtx::revision_rules
