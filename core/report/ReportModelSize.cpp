// Part 8: which model size makes the most of a cluster once quality-adjusted
// compute is the measure (MODEL.md §8), including pipeline-parallel groups
// for models larger than one node.
#include "Chinchilla.hpp"
#include "ModelSizeSearch.hpp"
#include "ReportFormat.hpp"
#include "QualityTables.hpp"
#include "ReportParts.hpp"

#include <vector>

namespace dtx::report {
namespace {

// Activations are FP16 (16 bits) before compression.
constexpr double kActivationBits = 16;

const char* modeLabel(Mode mode)
{
    return mode == Mode::PipelineDiloco ? "PP-DiLoCo" : "DiLoCo";
}

double stagesOf(const Evaluation& e)
{
    return e.pipeline ? e.pipeline->stages : 1.0;
}

void appendAssumptions(std::string& out, const ReportContext& context)
{
    const PipelineInputs& pipeline = context.reference().pipeline;
    appendf(out, "Activation compression: %gx (%g-bit quantization)\n",
            pipeline.activationCompression, kActivationBits / pipeline.activationCompression);
    appendf(out, "PP interconnect: %g Gbps, %g ms (regional co-location)\n",
            pipeline.stageLink.bandwidthMbps / 1000, pipeline.stageLink.latencyMs);
    appendf(out, "Chinchilla optimal D/N ratio: %.1f\n", kChinchillaTokensPerParam);
    appendf(out, "Micro-batches: %g\n\n", pipeline.microBatches);

    out += "Activation compression quality factors (per stage boundary):\n";
    const QualityTable& table = *context.rules().activation;
    for (const double ratio : table.keys) {
        appendf(out, "%6.0fx: optimistic=%.3f, expected=%.3f, conservative=%.3f\n", ratio,
                lookUpQuality(table, ratio, QualityScenario::Optimistic),
                lookUpQuality(table, ratio, QualityScenario::Expected),
                lookUpQuality(table, ratio, QualityScenario::Conservative));
    }
    out += '\n';
}

void appendSearchTable(std::string& out, const ReportContext& context, const Scenario& scenario,
                       const ModelSizeSearchResult& result)
{
    appendf(out, "--- %lld nodes, %s (Chinchilla-optimal: ~%.0fB, max single-node: %.0fB) ---\n\n",
            static_cast<long long>(scenario.nodes), scenario.node.name.c_str(),
            result.chinchillaOptimalParamsB, scenario.node.maxParamsB());
    appendf(out,
            "          Mode |   Model | PP | Groups |     OT |   eta | eta_act | %8s |    "
            "C_local |  C_quality\n",
            context.layout().chinchillaColumn);
    appendRule(out, '-', 105, "  ");
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        const ModelSizeCandidate& candidate = result.candidates[i];
        const Evaluation& e = candidate.evaluation;
        const double groups = e.pipeline ? e.pipeline->groups : e.nodes;
        const double activationQuality = e.pipeline ? e.pipeline->activationQuality : 1.0;
        appendf(out,
                "%14s | %6.0fB | %2.0f | %6.0f | %5.1fx | %5.3f | %7.3f | %8.3f | %10.2e | "
                "%10.2e%s\n",
                modeLabel(candidate.mode), e.paramsB, stagesOf(e), groups, e.overtrainingRatio,
                e.eta, activationQuality, e.chinchillaEfficiency, e.computeLocal,
                e.computeQuality, i == 0 ? " *" : "");
    }
    const ModelSizeCandidate& best = result.best();
    appendf(out, "\n  * Best quality-adjusted compute: %.0fB (%s), C_quality = %.2e\n\n",
            best.evaluation.paramsB, modeLabel(best.mode), best.evaluation.computeQuality);
}

} // namespace

void appendModelSizeOptimization(std::string& out, const ReportContext& context)
{
    appendBanner(out, "PART 8: MODEL SIZE OPTIMIZATION & PP-GROUP DiLoCo", kPartRuleWidth);
    out += '\n';
    appendAssumptions(out, context);

    const Scenario cases[] = {
        context.reference(),
        context.scenario(context.a100(), 500),
        context.scenario(context.a100(), kA100FleetFor1e27),
        context.scenario(context.h100Fp8(), kH100Fp8FleetFor1e27),
    };
    std::vector<ModelSizeSearchResult> results;
    for (const Scenario& scenario : cases) {
        results.push_back(searchModelSize(scenario));
        appendSearchTable(out, context, scenario, results.back());
    }

    out += "\n--- Summary: Optimal model size at each scale ---\n";
    out += "                Config | Nodes |    Best Mode |   Model | PP |  C_quality | vs DiLoCo "
           "max\n";
    appendRule(out, '-', 90, "  ");
    for (std::size_t i = 0; i < results.size(); ++i) {
        const ModelSizeCandidate& best = results[i].best();
        appendf(out, "%22s | %5lld | %12s | %6.0fB | %2.0f | %10.2e | %12.2fx\n",
                cases[i].node.name.c_str(), static_cast<long long>(cases[i].nodes),
                modeLabel(best.mode), best.evaluation.paramsB, stagesOf(best.evaluation),
                best.evaluation.computeQuality, results[i].bestVsLargestFlat);
    }
}

} // namespace dtx::report
