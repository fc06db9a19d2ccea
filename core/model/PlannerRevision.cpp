// The forward planner's rules per model revision (MODEL.md §13 and
// REVISION-2026-04.md "R-planner").
#include "PlannerRevision.hpp"

#include "QualityTables.hpp"
#include "TrainingPlanner.hpp"


namespace dtx {
namespace {

// R-planner's picker: each node the largest of its chip under the treaty's
// 16 H100-equivalents, with the reference planner's own rounded PFLOPS
// (e.g. 57 × 0.275 = 15.675 is listed as 15.68). "custom" is the picker's
// starting point, the revision's default node.
constexpr PlannerPreset kPresets2026_04[] = {
    {"custom", 16, 2304},
    {"50x A100 80GB", 15.60, 4000},
    {"16x H100 SXM", 15.84, 1280},
    {"16x GH200", 15.84, 2304},
    {"9x B100", 15.75, 1728},
    {"7x B200", 15.75, 1344},
    {"49x Ascend 910B", 15.68, 3136},
    {"26x Ascend 910C", 15.60, 3328},
    {"57x TPU v4", 15.68, 1824},
    {"80x TPU v5e", 15.76, 1280},
    {"34x TPU v5p", 15.61, 3230},
    {"17x TPU v6e", 15.61, 544},
};

// MODEL.md §13: the reference node is 16x GH200 (2,304 GB), credited with
// 32 PFLOPS; one symmetric WAN; eff = eta_H.
const PlannerRules kPlanner2026_02{
    Revision::Feb2026,
    16,    // c
    32,    // node PFLOPS
    false, // no error feedback input
    false,
    nullptr,
    nullptr,
    nullptr,
    {},
};

// R-planner: a node at the 16 PFLOPS the treaty allows, 150x compression
// with error feedback, separate upload and download, and the quality model.
const PlannerRules kPlanner2026_04{
    Revision::Apr2026,
    150,
    16,
    true,
    true,
    &quality_tables::kRevisedCompressionWithErrorFeedback,
    &quality_tables::kRevisedCompressionWithoutErrorFeedback,
    &quality_tables::kRevisedActivation,
    kPresets2026_04,
};

} // namespace

const PlannerPreset* PlannerRules::findPreset(std::string_view name) const
{
    for (const PlannerPreset& preset : presets)
        if (preset.name == name)
            return &preset;
    return nullptr;
}

const PlannerRules& plannerRules(Revision revision)
{
    return revision == Revision::Apr2026 ? kPlanner2026_04 : kPlanner2026_02;
}

PlannerInputs plannerDefaults(Revision revision)
{
    const PlannerRules& rules = plannerRules(revision);
    PlannerInputs inputs;
    inputs.revision = revision;
    inputs.cluster.nodePflops = rules.defaultNodePflops;
    inputs.algorithm.compression = rules.defaultCompression;
    inputs.algorithm.errorFeedback = rules.defaultErrorFeedback;
    return inputs;
}

PlannerInputs switchPlannerRevision(const PlannerInputs& inputs, Revision to)
{
    PlannerInputs moved = inputs;
    const PlannerRules& from = plannerRules(inputs.revision);
    const PlannerRules& target = plannerRules(to);
    moved.revision = to;
    if (moved.algorithm.compression == from.defaultCompression)
        moved.algorithm.compression = target.defaultCompression;
    if (moved.cluster.nodePflops == from.defaultNodePflops)
        moved.cluster.nodePflops = target.defaultNodePflops;
    moved.algorithm.errorFeedback = target.defaultErrorFeedback;
    if (!target.hasRevisedInputs)
        moved.network.setBandwidth(moved.network.uploadMbps());
    return moved;
}

} // namespace dtx
