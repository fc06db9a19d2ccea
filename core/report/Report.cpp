#include "Report.hpp"

#include "ReportParts.hpp"
#include "ScenarioValidation.hpp"

namespace dtx {
namespace report {

ReportContext::ReportContext(const HardwareCatalog& catalog, const ReportOptions& options,
                             const NodeConfig& a100, const NodeConfig& gh200,
                             const NodeConfig& h100, const NodeConfig& h100Fp8)
    : catalog_(catalog), options_(options), a100_(a100), gh200_(gh200), h100_(h100),
      h100Fp8_(h100Fp8)
{
    reference_ = scenario(a100_, kReferenceNodeCount);
}

Scenario ReportContext::scenario(const NodeConfig& node, std::int64_t nodes) const
{
    Scenario result = referenceScenario(node, options_.revision);
    result.nodes = nodes;
    result.assumptions.quality = options_.quality;
    result.assumptions.replicaPenalty = options_.replicaPenalty;
    if (options_.errorFeedback)
        result.training.errorFeedback = *options_.errorFeedback;
    if (options_.stragglerMode)
        result.assumptions.stragglerMode = *options_.stragglerMode;
    return result;
}

Scenario ReportContext::flat(const NodeConfig& node, std::int64_t nodes, double compression) const
{
    Scenario result = scenario(node, nodes);
    result.mode = Mode::Flat;
    result.training.compression = compression;
    return result;
}

Scenario ReportContext::hierarchical(const NodeConfig& node, std::int64_t nodes,
                                     double compression) const
{
    Scenario result = flat(node, nodes, compression);
    result.mode = Mode::Hierarchical;
    return result;
}

Scenario ReportContext::moe(const NodeConfig& node, std::int64_t nodes) const
{
    Scenario result = scenario(node, nodes);
    result.mode = Mode::Moe;
    return result;
}

Scenario ReportContext::pipeline(const NodeConfig& node, std::int64_t nodes, double paramsB) const
{
    Scenario result = scenario(node, nodes);
    result.mode = Mode::PipelineDiloco;
    result.paramsB = paramsB;
    return result;
}

Evaluation evaluateValid(const Scenario& scenario)
{
    switch (scenario.mode) {
    case Mode::Hierarchical:
        return evaluateHierarchical(scenario);
    case Mode::Moe:
        return evaluateMoe(scenario);
    case Mode::PipelineDiloco: {
        EvaluationOutcome outcome = evaluatePipelineDiloco(scenario);
        return outcome.ok() ? *outcome.evaluation : Evaluation{};
    }
    case Mode::Flat:
        break;
    }
    return evaluateFlat(scenario);
}

double inUnitsOf1e24(double flop)
{
    return flop / 1e24;
}

} // namespace report

std::optional<std::string> reportCatalogProblem(const HardwareCatalog& catalog, Revision revision)
{
    // Part 5 lists every preset of the revision; part 6 builds its own
    // nodes of these two GPUs.
    for (const char* gpu : {kA100Gpu, kH100Gpu})
        if (!catalog.findGpu(gpu))
            return std::string("the hardware catalog has no GPU named \"") + gpu + "\"";
    for (const NodePreset& preset : nodePresets(revision)) {
        const std::optional<NodeConfig> node = presetNode(catalog, preset.name, revision);
        if (!node)
            return std::string("the hardware catalog has no GPU named \"") + preset.gpu
                   + "\" (needed for the " + preset.name + " preset)";
        if (const std::optional<InputError> error =
                validateScenario(referenceScenario(*node, revision)))
            return std::string("the ") + preset.name + " preset cannot be evaluated: "
                   + error->key + " " + error->message;
    }
    return std::nullopt;
}

std::optional<std::string> reportOptionsProblem(const ReportOptions& options)
{
    if ((options.errorFeedback || options.stragglerMode)
        && !revisionRules(options.revision).hasRevisedInputs)
        return "error feedback and the straggler mode are inputs of revision "
               + std::string(revisionName(Revision::Apr2026)) + " only; revision "
               + std::string(revisionName(options.revision)) + " has neither";
    return std::nullopt;
}

std::string referenceReport(const HardwareCatalog& catalog, const ReportOptions& options)
{
    if (reportCatalogProblem(catalog, options.revision) || reportOptionsProblem(options))
        return {};
    const Revision revision = options.revision;
    const report::ReportContext context(catalog, options, *referenceNode(catalog, revision),
                                        *presetNode(catalog, kPresetGh200, revision),
                                        *presetNode(catalog, kPresetH100, revision),
                                        *presetNode(catalog, kPresetH100Fp8, revision));
    std::string out;
    out.reserve(96 * 1024); // the reference reports are about 47 and 58 KB
    report::appendHeader(out, context);
    report::appendNodeTables(out, context);
    report::appendScaling(out, context);
    report::appendConfigurationComparison(out, context);
    report::appendTimeSensitivity(out, context);
    report::appendNetworkSensitivity(out, context);
    report::appendCrossValidation(out, context);
    report::appendCountermeasures(out, context);
    report::appendQualitySensitivity(out, context);
    report::appendModelSizeOptimization(out, context);
    return out;
}

} // namespace dtx
