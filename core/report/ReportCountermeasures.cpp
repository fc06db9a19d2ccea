// Part 6: treaty countermeasures (MODEL.md §10, REVISION-2026-04.md R12). A
// lowered compute threshold or an added memory threshold shrinks the largest
// unregistered node; the tables show what that costs an evader (under
// 2026-04 also when aiming at C_quality, R11) and which legitimate systems
// it would catch.
#include "Constants.hpp"
#include "Countermeasures.hpp"
#include "NodesForTarget.hpp"
#include "ReportFormat.hpp"
#include "ReportParts.hpp"

#include <iterator>
#include <vector>

namespace dtx::report {
namespace {

// The reference's threshold column ("16 H100-eq (current)").
constexpr int kThresholdLabelWidth = 20;

std::string thresholdLabel(double thresholdH100e)
{
    std::string label;
    appendf(label, "%g H100-eq%s", thresholdH100e,
            thresholdH100e == kDefaultCccThresholdH100e ? " (current)" : "");
    return label;
}

std::string memoryLimitLabel(double limitGb)
{
    if (limitGb == kNoMemoryLimitGb)
        return "No limit";
    std::string label;
    appendf(label, "%.0f GB", limitGb);
    return label;
}

// The largest unregistered node of the countermeasure's GPU (A100s train
// in FP16, H100s in FP8), at the revision's count and price.
NodeConfig computeThresholdNode(const ReportContext& context, const GpuSpec& gpu, bool fp8,
                                double thresholdH100e)
{
    const Revision revision = context.revision();
    return fp8 ? countermeasureH100Fp8Node(gpu, largestH100CountUnderCompute(thresholdH100e),
                                           revision)
               : countermeasureA100Node(
                     gpu, largestA100CountUnderCompute(gpu, thresholdH100e, revision), revision);
}

NodeConfig memoryThresholdNode(const ReportContext& context, const GpuSpec& gpu, bool fp8,
                               double limitGb)
{
    const Revision revision = context.revision();
    return fp8 ? countermeasureH100Fp8Node(gpu, largestH100CountUnderMemory(gpu, limitGb),
                                           revision)
               : countermeasureA100Node(gpu, largestA100CountUnderMemory(gpu, limitGb, revision),
                                        revision);
}

// R11's table ahead of the flat-only target table (2026-04).
void appendEvasionConfigIntro(std::string& out, const ReportContext& context)
{
    const WanLink& wan = context.reference().wan;
    appendf(out,
            "  Optimal evasion config for each C_quality target (all links %g Mbps / %g ms):\n\n",
            wan.uploadMbps, wan.latencyMs);
}

// "N->10^24 | Cost" cells for each reference target, in `nodeWidth` columns.
void appendTargetCells(std::string& out, const ReportContext& context, const NodeConfig& node,
                       int nodeWidth)
{
    // MODEL.md §9: flat mode, the node's largest model, every other input
    // at its default.
    const Scenario scenario = context.scenario(node, 1);
    for (const double target : kReferenceTargetsFlop) {
        const NodesForTargetResult result = nodesForTarget(scenario, target);
        if (result.reached)
            appendf(out, " | %*s | %8s", nodeWidth, groupedInteger(static_cast<double>(result.nodes)).c_str(),
                    compactCost(result.costUsd).c_str());
        else
            appendf(out, " | %*s | %8s", nodeWidth, "not reachable", "-");
    }
    out += " | \n";
}

void appendComputeThresholdTables(std::string& out, const ReportContext& context,
                                  const GpuSpec& gpu, Precision precision)
{
    const bool fp8 = precision == Precision::Fp8;
    std::vector<NodeConfig> nodes;
    for (const double threshold : kReferenceComputeThresholds)
        nodes.push_back(computeThresholdNode(context, gpu, fp8, threshold));

    if (fp8) {
        out += "         CCC Threshold | GPUs/node | FP8 PFLOPS |    VRAM |  Max Model | H100-eq\n";
        appendRule(out, '-', 80, "  ");
    } else {
        out += "         CCC Threshold | GPUs/node |  PFLOPS |    VRAM |  Max Model | H100-eq\n";
        appendRule(out, '-', 75, "  ");
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const NodeConfig& node = nodes[i];
        appendf(out, "  %20s | %9d | %*.2f | %5.0f GB | %7.0fB | %7.1f\n",
                thresholdLabel(kReferenceComputeThresholds[i]).c_str(), node.gpuCount,
                fp8 ? 10 : 7, node.pflops, node.vramGb, node.maxParamsB(), node.h100Equiv);
    }
    out += '\n';

    // R14: the A100 part compares R11's optimizer with the old table; the
    // H100 FP8 part is unchanged.
    if (context.rules().qualityTargetOptimizer && !fp8) {
        appendEvasionConfigIntro(out, context);
        std::vector<QualityTargetNode> labelled;
        for (std::size_t i = 0; i < nodes.size(); ++i)
            labelled.push_back({thresholdLabel(kReferenceComputeThresholds[i]), nodes[i]});
        appendQualityTargetTable(out, context, "CCC Threshold", kThresholdLabelWidth, labelled);
        out += "  [Old table for comparison \u2014 flat DiLoCo only, targeting C_local not "
               "C_quality:]\n\n";
    }

    out += "         CCC Threshold |           N->10^24 |     Cost |           N->10^25 |     Cost "
           "|           N->10^26 |     Cost | \n";
    appendRule(out, '-', 105, "  ");
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        appendf(out, "  %20s", thresholdLabel(kReferenceComputeThresholds[i]).c_str());
        appendTargetCells(out, context, nodes[i], 18);
    }
    out += '\n';
}

void appendMemoryThresholdTable(std::string& out, const ReportContext& context,
                                const GpuSpec& gpu, Precision precision)
{
    const bool fp8 = precision == Precision::Fp8;
    if (fp8) {
        out += "    VRAM Limit | Max H100s | Actual VRAM | FP8 PFLOPS |  Max Model | H100-eq "
               "|   N->10^24 |     Cost |   N->10^25 |     Cost |   N->10^26 |     Cost | \n";
        appendRule(out, '-', 145, "  ");
    } else {
        out += "    VRAM Limit | Max A100s | Actual VRAM |  PFLOPS |  Max Model | H100-eq "
               "|   N->10^24 |     Cost |   N->10^25 |     Cost |   N->10^26 |     Cost | \n";
        appendRule(out, '-', 140, "  ");
    }
    const int labelWidth = context.layout().memoryLimitWidth;
    std::vector<QualityTargetNode> labelled;
    for (const double limitGb : context.rules().countermeasureMemoryThresholdsGb) {
        const NodeConfig node = memoryThresholdNode(context, gpu, fp8, limitGb);
        out += "  ";
        appendRightAligned(out, memoryLimitLabel(limitGb), labelWidth);
        appendf(out, " | %9d | %8.0f GB | %*.2f | %7.0fB | %7.1f", node.gpuCount, node.vramGb,
                fp8 ? 10 : 7, node.pflops, node.maxParamsB(), node.h100Equiv);
        appendTargetCells(out, context, node, 10);
        labelled.push_back({memoryLimitLabel(limitGb), node});
    }
    out += '\n';

    if (context.rules().qualityTargetOptimizer) {
        if (fp8)
            out += "  Optimal H100 FP8 evasion config for each C_quality target:\n\n";
        else
            appendEvasionConfigIntro(out, context);
        appendQualityTargetTable(out, context, "VRAM Limit", labelWidth, labelled);
    }
}

void appendCollateralTable(std::string& out, const ReportContext& context)
{
    const std::vector<CollateralSystem> systems =
        collateralSystems(context.catalog(), context.revision());
    // Memory limits run from the loosest to the strictest, like the compute ones.
    const auto memoryLimits = std::rbegin(kReferenceMemoryThresholdsGb);
    const auto memoryLimitsEnd = std::rend(kReferenceMemoryThresholdsGb);
    std::string label;

    appendf(out, "%47s | GPUs |    VRAM | H100-eq |", "System");
    for (const double threshold : kReferenceComputeThresholds) {
        label.clear();
        appendf(label, "<%g", threshold);
        appendf(out, " %4s |", label.c_str());
    }
    out += " |";
    for (auto limit = memoryLimits; limit != memoryLimitsEnd; ++limit) {
        label.clear();
        appendf(label, "<%gG", *limit);
        appendf(out, " %6s |", label.c_str());
    }
    out += " \n";
    appendRule(out, '-', 140, "  ");

    for (const CollateralSystem& system : systems) {
        appendf(out, "%47s | %4d | %5.0fGB | %7.2f |", system.name.c_str(), system.gpuCount,
                system.vramGb, system.h100Equiv);
        for (const double threshold : kReferenceComputeThresholds)
            appendf(out, " %4s |", caughtByComputeThreshold(system, threshold) ? "X" : ".");
        out += " |";
        for (auto limit = memoryLimits; limit != memoryLimitsEnd; ++limit)
            appendf(out, " %6s |", caughtByMemoryThreshold(system, *limit) ? "X" : ".");
        appendf(out, "   [%s]\n", system.category.c_str());
    }
    out += '\n';

    appendf(out, "%47s |      |         |         |", "Systems caught");
    for (const double threshold : kReferenceComputeThresholds)
        appendf(out, " %4d |", systemsCaughtByCompute(systems, threshold));
    out += " |";
    for (auto limit = memoryLimits; limit != memoryLimitsEnd; ++limit)
        appendf(out, " %6d |", systemsCaughtByMemory(systems, *limit));
    out += " \n\n";
}

} // namespace

void appendCountermeasures(std::string& out, const ReportContext& context)
{
    // reportCatalogProblem() has already made sure both GPUs exist.
    const GpuSpec& a100 = *context.catalog().findGpu(kA100Gpu);
    const GpuSpec& h100 = *context.catalog().findGpu(kH100Gpu);

    appendBanner(out, "PART 6: TREATY MODIFICATION ANALYSIS", kPartRuleWidth);
    out += '\n';
    appendBanner(out, "COUNTERMEASURE: LOWERING CCC COMPUTE THRESHOLD", kWideRuleWidth);
    out += '\n';
    out += "--- A100 80GB nodes (FP16 training, max VRAM per compute) ---\n\n";
    appendComputeThresholdTables(out, context, a100, Precision::Fp16);
    out += "--- H100 SXM nodes (FP8 training, max compute per CCC threshold) ---\n\n";
    appendComputeThresholdTables(out, context, h100, Precision::Fp8);

    const NodeConfig& exploit = context.a100();
    appendBanner(out, "COUNTERMEASURE: ADDING MEMORY (VRAM) THRESHOLD TO CCC DEFINITION",
                 kWideRuleWidth);
    out += '\n';
    appendf(out, "  Current exploit: %s = %s GB VRAM at %.1f H100-equiv (under %g)\n",
            exploit.name.c_str(), groupedInteger(exploit.vramGb).c_str(), exploit.h100Equiv,
            kDefaultCccThresholdH100e);
    out += "  Adding a VRAM threshold constrains the max node to min(compute_limit, "
           "memory_limit)\n\n";
    appendMemoryThresholdTable(out, context, a100, Precision::Fp16);
    out += "  H100 SXM (FP8) under memory limits:\n";
    appendMemoryThresholdTable(out, context, h100, Precision::Fp8);

    appendBanner(out, "COLLATERAL DAMAGE: LEGITIMATE SYSTEMS CAUGHT BY EACH THRESHOLD",
                 kWideRuleWidth);
    out += '\n';
    appendCollateralTable(out, context);
}

} // namespace dtx::report
