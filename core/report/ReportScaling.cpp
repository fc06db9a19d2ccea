// Part 2 and the 10^27 comparison: how many sub-threshold nodes, and which
// techniques, an actor needs to reach 10^27 FLOP.
#include "ReportFormat.hpp"
#include "ReportParts.hpp"


namespace dtx::report {
namespace {

void appendFlatScalingTable(std::string& out, const ReportContext& context,
                            const NodeConfig& node, double compression)
{
    out += "    N |    GPUs |     Cost |  f(N) | H_min |   eta |    C_local |  x10^24\n";
    appendRule(out, '-', 75);
    for (const std::int64_t nodes : kLargeNodeCountSweep) {
        const Evaluation e = evaluateValid(context.flat(node, nodes, compression));
        appendf(out, "%5lld | %7s | %8s | %5.3f | %5.0f | %5.3f | %10.2e | %6.0fx\n",
                static_cast<long long>(nodes), groupedInteger(e.totalGpus).c_str(),
                compactCost(e.costUsd).c_str(), e.stragglerFactor, e.innerSteps, e.eta,
                e.computeLocal, inUnitsOf1e24(e.computeLocal));
    }
    out += '\n';
}

void appendHierarchicalScalingTable(std::string& out, const ReportContext& context,
                                    const NodeConfig& node, double compression)
{
    out += "    N | Groups |  H_in | H_reg | H_eff |   eta |    C_local |  x10^24\n";
    appendRule(out, '-', 75);
    for (const std::int64_t nodes : kLargeNodeCountSweep) {
        const Evaluation e = evaluateValid(context.hierarchical(node, nodes, compression));
        const HierarchicalDetails h = e.hierarchical.value_or(HierarchicalDetails{});
        appendf(out, "%5lld | %6.0f | %5.0f | %5.0f | %5.0f | %5.3f | %10.2e | %6.0fx\n",
                static_cast<long long>(nodes), h.groups, h.innerSteps, h.regionalSteps,
                e.innerSteps, e.eta, e.computeLocal, inUnitsOf1e24(e.computeLocal));
    }
    out += '\n';
}

void appendMoeLines(std::string& out, const ReportContext& context)
{
    const Scenario reference = context.moe(context.a100(), kReferenceNodeCount);
    appendf(out, "--- G: MoE + Expert Parallelism (%.0fB total / %.0fB active) ---\n",
            reference.moe.totalParamsB, reference.moe.activeParamsB);
    for (const std::int64_t nodes : {kReferenceNodeCount, std::int64_t{500}, std::int64_t{2000},
                                     kA100FleetFor1e27}) {
        const Evaluation e = evaluateValid(context.moe(context.a100(), nodes));
        const MoeDetails moe = e.moe.value_or(MoeDetails{});
        appendf(out,
                "  N=%5lld: mem/node=%.0fGB (%s), EP overhead=%.1f%%, eta=%.3f, C_local=%.2e, "
                "cost=%s\n",
                static_cast<long long>(nodes), moe.memoryPerNodeGb,
                moe.fitsOnNode ? "FITS" : "NO FIT", moe.expertParallelOverhead * 100, e.eta,
                e.computeLocal, compactCost(e.costUsd).c_str());
    }
    out += '\n';
}

struct ComparisonRow {
    const char* label;
    Scenario scenario;
};

std::string modelLabel(const Evaluation& e)
{
    std::string label;
    if (e.moe)
        appendf(label, "%.0fB MoE (%.0fB act)", e.moe->totalParamsB, e.moe->activeParamsB);
    else if (e.pipeline)
        appendf(label, "%.0fB PP-%.0fx%.0f", e.paramsB, e.pipeline->stages, e.pipeline->groups);
    else
        appendf(label, "%.0fB dense", e.paramsB);
    return label;
}

} // namespace

void appendScaling(std::string& out, const ReportContext& context)
{
    const NodeConfig& a100 = context.a100();
    const NodeConfig& h100Fp8 = context.h100Fp8();
    const double compression = context.reference().training.compression;
    // The reference's titles are text: 2026-04 keeps "48x A100" and "16x"
    // while A–D run its A100 node at its default compression (R14 "Part 2").
    struct Section {
        const char* title;
        Mode mode;
        const NodeConfig& node;
        double compression;
    };
    const Section sections[] = {
        {"A: Flat DiLoCo, 48x A100 FP16, 16x compression", Mode::Flat, a100, compression},
        {"B: Hierarchical DiLoCo (groups of 8), 48x A100 FP16, 16x", Mode::Hierarchical, a100,
         compression},
        {"C: Flat DiLoCo, 16x H100 FP8, 16x compression", Mode::Flat, h100Fp8, compression},
        {"D: Hierarchical DiLoCo, 16x H100 FP8, 16x compression", Mode::Hierarchical, h100Fp8,
         compression},
        {"E: Flat DiLoCo, 48x A100 FP16, 100x compression", Mode::Flat, a100,
         kAggressiveCompression},
        {"F: Hierarchical + 100x compression, 16x H100 FP8", Mode::Hierarchical, h100Fp8,
         kAggressiveCompression},
    };
    appendBanner(out, "PART 2: SCALING TO 10^27 FLOP", kPartRuleWidth);
    out += '\n';
    for (const Section& section : sections) {
        appendf(out, "--- %s ---\n\n", section.title);
        if (section.mode == Mode::Flat)
            appendFlatScalingTable(out, context, section.node, section.compression);
        else
            appendHierarchicalScalingTable(out, context, section.node, section.compression);
    }
    appendMoeLines(out, context);
}

void appendConfigurationComparison(std::string& out, const ReportContext& context)
{
    const NodeConfig& a100 = context.a100();
    const NodeConfig& h100Fp8 = context.h100Fp8();
    const std::int64_t a100Fleet = kA100FleetFor1e27;
    const std::int64_t h100Fleet = kH100Fp8FleetFor1e27;
    const double compression = context.reference().training.compression;
    // Pipeline sizes: four A100 nodes' worth of model, and a 480 B model
    // split over six FP8 H100 nodes.
    const ComparisonRow rows[] = {
        {"A: Flat, A100 FP16, 16x comp", context.flat(a100, a100Fleet, compression)},
        {"B: Hierarchical, A100 FP16, 16x", context.hierarchical(a100, a100Fleet, compression)},
        {"C: Flat, H100 FP8, 16x comp", context.flat(h100Fp8, h100Fleet, compression)},
        {"D: Hier, H100 FP8, 16x comp", context.hierarchical(h100Fp8, h100Fleet, compression)},
        {"E: Flat, A100 FP16, 100x comp", context.flat(a100, a100Fleet, kAggressiveCompression)},
        {"F: Hier+100x, H100 FP8",
         context.hierarchical(h100Fp8, h100Fleet, kAggressiveCompression)},
        {"G: MoE+EP 600B/100B, A100", context.moe(a100, a100Fleet)},
        {"H: PP-DiLoCo 960B, A100", context.pipeline(a100, a100Fleet, 960)},
        {"I: PP-DiLoCo 480B, H100 FP8", context.pipeline(h100Fp8, h100Fleet, 480)},
    };

    appendBanner(out, "10^27 FLOP CONFIGURATION COMPARISON", kWideRuleWidth);
    out += '\n';
    appendf(out,
            "                             Config | Nodes |    GPUs |     Cost |              Model "
            "|   eta |    C_local |  x10^24 | %8s |  C_quality\n",
            context.layout().chinchillaColumn);
    appendRule(out, '-', 145);
    for (const ComparisonRow& row : rows) {
        EvaluationOutcome outcome;
        if (row.scenario.mode == Mode::PipelineDiloco)
            outcome = evaluatePipelineDiloco(row.scenario);
        else
            outcome.evaluation = evaluateValid(row.scenario);
        if (!outcome.ok()) { // only with a catalog unlike the reference one
            appendf(out, "%35s | %5lld | not applicable: %s %s\n", row.label,
                    static_cast<long long>(row.scenario.nodes), outcome.error.key.c_str(),
                    outcome.error.message.c_str());
            continue;
        }
        const Evaluation& e = *outcome.evaluation;
        appendf(out, "%35s | %5lld | %7s | %8s | %18s | %5.3f | %10.2e | %6.0fx | %8.3f | %10.2e\n",
                row.label, static_cast<long long>(row.scenario.nodes),
                groupedInteger(e.totalGpus).c_str(), compactCost(e.costUsd).c_str(),
                modelLabel(e).c_str(), e.eta, e.computeLocal, inUnitsOf1e24(e.computeLocal),
                e.chinchillaEfficiency, e.computeQuality);
    }
    out += '\n';
}

} // namespace dtx::report
