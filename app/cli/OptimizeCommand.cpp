#include "CliCommon.hpp"
#include "JsonWriter.hpp"
#include "ModelSizeSearch.hpp"
#include "ResultOutput.hpp"

#include <cstdio>

namespace dtx::cli {
namespace {

const char* candidateModeName(Mode mode)
{
    return mode == Mode::PipelineDiloco ? "pp_diloco" : "flat";
}

double stagesOf(const ModelSizeCandidate& candidate)
{
    return candidate.evaluation.pipeline ? candidate.evaluation.pipeline->stages : 1.0;
}

double groupsOf(const ModelSizeCandidate& candidate)
{
    return candidate.evaluation.pipeline ? candidate.evaluation.pipeline->groups
                                         : candidate.evaluation.nodes;
}

double activationQualityOf(const ModelSizeCandidate& candidate)
{
    return candidate.evaluation.pipeline ? candidate.evaluation.pipeline->activationQuality : 1.0;
}

// The columns of every format, in one list.
struct Column {
    const char* key;
    double (*read)(const ModelSizeCandidate&);
};
const Column kColumns[] = {
    {"params_b", [](const ModelSizeCandidate& c) { return c.evaluation.paramsB; }},
    {"multiple_of_max_params", [](const ModelSizeCandidate& c) { return c.multipleOfMaxParams; }},
    {"pp_stages", stagesOf},
    {"n_groups", groupsOf},
    {"overtraining_ratio", [](const ModelSizeCandidate& c) { return c.evaluation.overtrainingRatio; }},
    {"eta", [](const ModelSizeCandidate& c) { return c.evaluation.eta; }},
    {"eta_activation", activationQualityOf},
    {"eta_chinchilla", [](const ModelSizeCandidate& c) { return c.evaluation.chinchillaEfficiency; }},
    {"c_local", [](const ModelSizeCandidate& c) { return c.evaluation.computeLocal; }},
    {"c_quality", [](const ModelSizeCandidate& c) { return c.evaluation.computeQuality; }},
};

std::string asText(const Scenario& scenario, const ModelSizeSearchResult& result)
{
    std::string out;
    char line[256];
    std::snprintf(line, sizeof line,
                  "Model-size search: %lld nodes of %s (Chinchilla-optimal: ~%.0fB, max "
                  "single-node: %.0fB)\n\n",
                  static_cast<long long>(scenario.nodes), scenario.node.name.c_str(),
                  result.chinchillaOptimalParamsB, scenario.node.maxParamsB());
    out += line;
    // R14 calls the Chinchilla efficiency chi under 2026-04.
    const bool chi = scenario.rules().replicaModel == ReplicaModel::LossMultiplier;
    out += std::string("         Mode |   Model | PP | Groups |       OT |   eta | eta_act | ")
           + (chi ? "     chi" : "eta_chin") + " |    C_local |  C_quality\n";
    out += std::string(104, '-') + "\n";
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        const ModelSizeCandidate& c = result.candidates[i];
        std::snprintf(line, sizeof line,
                      "%13s | %6.0fB | %2.0f | %6.0f | %7.1fx | %.3f |   %.3f |    %.3f | %10.2e | "
                      "%10.2e%s\n",
                      candidateModeName(c.mode), c.evaluation.paramsB, stagesOf(c), groupsOf(c),
                      c.evaluation.overtrainingRatio, c.evaluation.eta, activationQualityOf(c),
                      c.evaluation.chinchillaEfficiency, c.evaluation.computeLocal,
                      c.evaluation.computeQuality, i == 0 ? " *" : "");
        out += line;
    }
    std::snprintf(line, sizeof line,
                  "\n* Best quality-adjusted compute: %.0fB (%s), %.2fx the largest flat model's "
                  "C_quality\n",
                  result.best().evaluation.paramsB, candidateModeName(result.best().mode),
                  result.bestVsLargestFlat);
    out += line;
    return out;
}

std::string asJson(const Scenario& scenario, const ModelSizeSearchResult& result)
{
    std::string out;
    JsonWriter writer(&out);
    beginResultsJson(scenario, &writer);
    writer.key("chinchilla_optimal_params_b");
    writer.value(result.chinchillaOptimalParamsB);
    writer.key("best_vs_largest_flat");
    writer.value(result.bestVsLargestFlat);
    writer.key("candidates");
    writer.beginArray();
    for (const ModelSizeCandidate& candidate : result.candidates) {
        writer.beginObject();
        writer.key("mode");
        writer.value(candidateModeName(candidate.mode));
        for (const Column& column : kColumns) {
            writer.key(column.key);
            writer.value(column.read(candidate));
        }
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    writer.endObject();
    out.push_back('\n');
    return out;
}

std::string asCsv(const ModelSizeSearchResult& result)
{
    std::string out = "rank,mode";
    for (const Column& column : kColumns)
        out += std::string(",") + column.key;
    out += "\r\n";
    int rank = 1;
    for (const ModelSizeCandidate& candidate : result.candidates) {
        out += std::to_string(rank++) + "," + candidateModeName(candidate.mode);
        for (const Column& column : kColumns) {
            out.push_back(',');
            appendJsonNumber(&out, column.read(candidate));
        }
        out += "\r\n";
    }
    return out;
}

} // namespace

int runOptimize(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = textJsonOrCsv(context, &status);
    if (!format)
        return status;
    const std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario)
        return status;
    const ModelSizeSearchResult result = searchModelSize(*scenario);
    return writeAs(context, *format,
                   {[&] { return asText(*scenario, result); }, [&] { return asJson(*scenario, result); }, [&] { return asCsv(result); }});
}

} // namespace dtx::cli
