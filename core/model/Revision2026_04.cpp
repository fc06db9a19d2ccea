// The model authors' April 2026 revision (REVISION-2026-04.md).
#include "Countermeasures.hpp"
#include "RevisionRules.hpp"

namespace dtx::revision_rules {
namespace {

// R1: every preset is the largest node of its chip under 16 H100-eq, with
// the revision's prices (no safety margin on the A100 any more:
// floor(16 × 990 / 312) = 50). FP16 presets first, then FP8.
constexpr NodePreset kPresets[] = {
    {"50x A100 80GB", kA100Gpu, 50, Precision::Fp16, 7000},
    {"16x GH200", "GH200", 16, Precision::Fp16, 28000},
    {"16x H100 SXM", kH100Gpu, 16, Precision::Fp16, 25000},
    {"49x Ascend 910B", "Ascend 910B", 49, Precision::Fp16, 16000},
    {"26x Ascend 910C", "Ascend 910C", 26, Precision::Fp16, 26000},
    {"57x TPU v4", "TPU v4", 57, Precision::Fp16, 12000},
    {"80x TPU v5e", "TPU v5e", 80, Precision::Fp16, 6000},
    {"34x TPU v5p", "TPU v5p", 34, Precision::Fp16, 20000},
    {"17x TPU v6e", "TPU v6e", 17, Precision::Fp16, 25000},
    {"16x H100 FP8", kH100Gpu, 16, Precision::Fp8, 25000},
    {"16x GH200 FP8", "GH200", 16, Precision::Fp8, 28000},
    {"49x Ascend 910B FP8", "Ascend 910B", 49, Precision::Fp8, 16000},
    {"26x Ascend 910C FP8", "Ascend 910C", 26, Precision::Fp8, 26000},
    {"17x TPU v6e FP8", "TPU v6e", 17, Precision::Fp8, 25000},
};

// R12: "No limit" first, then the limits from the loosest to the strictest.
constexpr double kMemoryThresholdsGb[] = {kNoMemoryLimitGb, 2048, 1024, 512, 256};

} // namespace

const RevisionRules kRevision2026_04{
    Revision::Apr2026,
    kPresets,
    "50x A100 80GB",
    7000,
    25000,
    150,  // R2: with error feedback
    true, // R2
    StragglerMode::Relay,
    true,
    &quality_tables::kRevisedCompressionWithErrorFeedback,
    &quality_tables::kRevisedCompressionWithoutErrorFeedback,
    &quality_tables::kRevisedActivation,
    ReplicaModel::LossMultiplier,
    FlatCompute::OuterSteps,
    true,
    true, // R10
    true,
    false, // R12: floor(16 × 990 / 312) = 50
    kMemoryThresholdsGb,
    17, // R12: MODEL.md §10's fourteen, then Atlas 900, TPU v4 and v5e slices
};

} // namespace dtx::revision_rules
