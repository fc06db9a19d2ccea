// The report's header and part 1: how far flat DiLoCo takes each reference
// node config across the node-count sweep, with a step-by-step breakdown of
// the cases the treaty analysis cites.
#include "Constants.hpp"
#include "ReportFormat.hpp"
#include "ReportParts.hpp"

#include <initializer_list>

namespace dtx::report {
namespace {

void appendNodeSummary(std::string& out, const NodeConfig& node)
{
    appendRule(out, '=', kPartRuleWidth);
    appendf(out, "Configuration: %s\n", node.name.c_str());
    appendf(out, "  Peak FP16:    %.2f PFLOPS (%.1f H100-equiv)\n", node.pflopsFp16,
            node.h100Equiv);
    appendf(out, "  VRAM:         %s GB\n", groupedInteger(node.vramGb).c_str());
    appendf(out, "  Max model:    %.0fB params (%s training)\n", node.maxParamsB(),
            trainingPrecisionName(node.bytesPerParam));
    appendf(out, "  GPU cost:     %s/GPU x %d = %s/node\n", dollars(node.gpuCostUsd).c_str(),
            node.gpuCount, dollars(node.costUsd()).c_str());
    appendRule(out, '=', kPartRuleWidth);
    out += '\n';
}

void appendSweepTable(std::string& out, const ReportContext& context, const NodeConfig& node)
{
    appendf(out,
            "    N |    GPUs |     Cost |  f(N) | H_min |   eta |    C_local |  x10^24 |  Model "
            "|  Tokens | OT ratio | %8s |  C_quality\n",
            context.layout().chinchillaColumn);
    appendRule(out, '-', 135);
    for (const std::int64_t nodes : kNodeCountSweep) {
        const Evaluation e = evaluateValid(context.scenario(node, nodes));
        appendf(out,
                "%5lld | %7s | %8s | %5.3f | %5.0f | %5.3f | %10.2e | %6.1fx | %5.0fB | %6.1fT "
                "| %7.1fx | %8.3f | %10.2e\n",
                static_cast<long long>(nodes), groupedInteger(e.totalGpus).c_str(),
                costInMillions(e.costUsd).c_str(), e.stragglerFactor, e.innerSteps, e.eta,
                e.computeLocal, inUnitsOf1e24(e.computeLocal), e.paramsB, e.tokens / 1e12,
                e.overtrainingRatio, e.chinchillaEfficiency, e.computeQuality);
    }
    out += '\n';
}

void appendDetail(std::string& out, const ReportContext& context, const NodeConfig& node,
                  std::int64_t nodes)
{
    const Evaluation e = evaluateValid(context.scenario(node, nodes));
    const double syncBase = e.flat ? e.flat->syncBaseSeconds : 0.0;
    appendf(out, "--- Detailed: %s, N=%lld ---\n", node.name.c_str(),
            static_cast<long long>(nodes));
    appendf(out, "  Per-step compute:    %.2f seconds\n", e.computeStepSeconds);
    appendf(out, "  Sync base time:     %.1f seconds\n", syncBase);
    appendf(out, "  Straggler factor:   %.3f\n", e.stragglerFactor);
    appendf(out, "  Sync time (total):  %.1f seconds\n", e.syncSeconds);
    appendf(out, "  Min inner steps H:  %.0f\n", e.innerSteps);
    appendf(out, "  Alpha:              %.5f\n", e.alpha);
    appendf(out, "  Efficiency eta:       %.4f\n", e.eta);
    // The label and its padding fill 20 characters in both revisions.
    appendf(out, "  %-20s%.3e FLOP\n", (context.layout().computeLabel + std::string(":")).c_str(),
            e.computeActual);
    appendf(out, "  C_local:            %.3e FLOP (local-equivalent)\n", e.computeLocal);
    appendf(out, "  x Strict Threshold: %.1fx\n", e.thresholdMultiple);
    appendf(out, "  Model:              %.0fB params\n", e.paramsB);
    appendf(out, "  Tokens:             %.1fT\n", e.tokens / 1e12);
    appendf(out, "  Chinchilla tokens:  %.1fT\n", e.chinchillaTokens / 1e12);
    appendf(out, "  Overtraining:       %.1fx\n", e.overtrainingRatio);
    appendf(out, "  Cost:               %s\n", dollars(e.costUsd).c_str());
    out += '\n';
}

void appendNodeSection(std::string& out, const ReportContext& context, const NodeConfig& node,
                       std::initializer_list<std::int64_t> detailedNodeCounts)
{
    appendNodeSummary(out, node);
    appendSweepTable(out, context, node);
    for (const std::int64_t nodes : detailedNodeCounts)
        appendDetail(out, context, node, nodes);
}

} // namespace

void appendHeader(std::string& out, const ReportContext& context)
{
    const Scenario& reference = context.reference();
    appendRule(out, '=', kPartRuleWidth);
    out += "TREATY EVASION SCENARIO: Maximum Distributed Training Below CCC Threshold\n";
    appendf(out, "Time limit: %g years (%.0f days)\n", reference.training.years,
            reference.training.years * kDaysPerYear);
    // DiLoCo here always overlaps the sync with compute (Streaming DiLoCo).
    if (context.layout().namesRevisedInputs) {
        appendf(out, "WAN: %g Mbps up / %g Mbps down, %g ms latency\n", reference.wan.uploadMbps,
                reference.wan.downloadMbps, reference.wan.latencyMs);
        appendf(out,
                "MFU: %.0f%%  |  Compression: %gx  |  Error feedback: %s  |  Streaming: Yes  |  "
                "Straggler: %s\n",
                reference.training.mfu * 100, reference.training.compression,
                reference.training.errorFeedback ? "Yes" : "No",
                std::string(stragglerModeName(reference.assumptions.stragglerMode)).c_str());
    } else {
        appendf(out, "WAN: %g Mbps, %g ms latency\n", reference.wan.uploadMbps,
                reference.wan.latencyMs);
        appendf(out, "MFU: %.0f%%  |  Compression: %gx  |  Streaming: Yes\n",
                reference.training.mfu * 100, reference.training.compression);
    }
    appendf(out, "Compression quality scenario: %s\n",
            std::string(qualityScenarioName(context.options().quality)).c_str());
    appendf(out, "CCC threshold: %g H100-equivalents = %s TFLOPS FP16\n",
            reference.treaty.cccThresholdH100e,
            groupedInteger(reference.treaty.cccThresholdH100e * kH100Fp16Tflops).c_str());
    appendRule(out, '=', kPartRuleWidth);
    out += '\n';
}

void appendNodeTables(std::string& out, const ReportContext& context)
{
    // N = 4 is the smallest fleet near the Strict Threshold, N = 72 the
    // reference scenario; the other configs show the reference case only.
    appendNodeSection(out, context, context.a100(), {4, kReferenceNodeCount});
    appendNodeSection(out, context, context.gh200(), {kReferenceNodeCount});
    appendNodeSection(out, context, context.h100(), {});
}

} // namespace dtx::report
