#include "CliCommon.hpp"
#include "JsonWriter.hpp"
#include "PlanFile.hpp"
#include "ResultOutput.hpp"

#include <cstdio>
#include <variant>

namespace dtx::cli {
namespace {

using PlanValue = std::variant<std::monostate, double, bool, std::string>;

// How text output shows a number: %.6g with the unit, or (R-planner) as a
// percentage with a fixed number of decimals.
enum class Shown { General, Percent, PercentPoints };

struct PlanOutput {
    const char* key;
    const char* label;
    const char* unit;
    PlanValue (*read)(const PlannerResult&);
    Shown shown = Shown::General;
    int decimals = 0;
};

PlanValue optionalNumber(const std::optional<double>& value)
{
    if (value)
        return *value;
    return {};
}

// An R-planner output: present under 2026-04 only.
template <typename Read>
PlanValue quality(const PlannerResult& r, Read read)
{
    if (r.quality)
        return read(*r.quality);
    return {};
}

// The planner's results under their CLI.md keys, shared by all formats.
const PlanOutput kOutputs[] = {
    {"mode", "Mode", "", [](const PlannerResult& r) -> PlanValue { return std::string(plannerModeName(r.mode)); }},
    {"moe", "Mixture of experts", "", [](const PlannerResult& r) -> PlanValue { return r.moe; }},
    {"t_step_s", "Per-step compute", "s", [](const PlannerResult& r) -> PlanValue { return r.stepSeconds; }},
    {"compute_block_s", "Compute block", "s", [](const PlannerResult& r) -> PlanValue { return r.computeBlockSeconds; }},
    {"global_sync_s", "Global sync", "s", [](const PlannerResult& r) -> PlanValue { return r.globalSyncSeconds; }},
    {"regional_sync_s", "Regional sync", "s", [](const PlannerResult& r) { return optionalNumber(r.regionalSyncSeconds); }},
    {"days_before_penalty", "Days before efficiency penalty", "days", [](const PlannerResult& r) -> PlanValue { return r.daysBeforePenalty; }},
    {"days", "Training time", "days", [](const PlannerResult& r) -> PlanValue { return r.days; }},
    {"efficiency", "Algorithmic efficiency", "", [](const PlannerResult& r) -> PlanValue { return r.efficiency; }},
    {"eta_h", "Sync-interval efficiency (eta_H)", "", [](const PlannerResult& r) { return quality(r, [](const PlannerQualityResult& q) { return q.syncIntervalEfficiency; }); }, Shown::Percent, 1},
    {"q_c", "Compression quality (q_c)", "", [](const PlannerResult& r) { return quality(r, [](const PlannerQualityResult& q) { return q.compressionQuality; }); }, Shown::Percent, 1},
    {"q_act", "Activation compression quality (q_act)", "", [](const PlannerResult& r) { return quality(r, [](const PlannerQualityResult& q) { return q.activationQuality; }); }, Shown::Percent, 1},
    {"replica_loss_percent", "Replica loss (m - 1)", "", [](const PlannerResult& r) { return quality(r, [](const PlannerQualityResult& q) { return q.replicaLossPercent(); }); }, Shown::PercentPoints, 2},
    {"chi", "Chinchilla efficiency (chi)", "", [](const PlannerResult& r) { return quality(r, [](const PlannerQualityResult& q) { return q.chi; }); }, Shown::Percent, 1},
    {"c_quality", "Quality-adjusted compute", "FLOP", [](const PlannerResult& r) { return quality(r, [](const PlannerQualityResult& q) { return q.qualityComputeFlop; }); }},
    {"bottleneck", "Bottleneck", "", [](const PlannerResult& r) -> PlanValue { return std::string(bottleneckName(r.bottleneck)); }},
    {"max_run_length_days", "Maximum run length", "days", [](const PlannerResult& r) -> PlanValue { return r.maxRunLengthDays; }},
    {"feasible", "Feasible within the maximum run length", "", [](const PlannerResult& r) -> PlanValue { return r.feasible; }},
    {"global_mfu", "Global MFU", "", [](const PlannerResult& r) -> PlanValue { return r.globalMfu; }},
    {"global_hfu", "Global HFU", "", [](const PlannerResult& r) -> PlanValue { return r.globalHfu; }},
    {"pp_stages", "Pipeline stages", "", [](const PlannerResult& r) { return optionalNumber(r.pipelineStages); }},
    {"pp_groups", "Pipeline groups", "", [](const PlannerResult& r) { return optionalNumber(r.pipelineGroups); }},
    {"per_node_params_b", "Parameters stored per node", "B", [](const PlannerResult& r) -> PlanValue { return r.perNodeParamsB; }},
    {"max_params_b_fp16", "Largest model per node, FP16", "B", [](const PlannerResult& r) -> PlanValue { return r.maxParamsBFp16; }},
    {"max_params_b_fp8", "Largest model per node, FP8", "B", [](const PlannerResult& r) -> PlanValue { return r.maxParamsBFp8; }},
    {"max_params_b_fp4", "Largest model per node, FP4", "B", [](const PlannerResult& r) -> PlanValue { return r.maxParamsBFp4; }},
};

std::string shownNumber(const PlanOutput& output, double number)
{
    switch (output.shown) {
    case Shown::Percent: return formatFixed(number * 100, output.decimals) + " %";
    case Shown::PercentPoints: return formatFixed(number, output.decimals) + " %";
    case Shown::General: break;
    }
    return formatGeneral(number);
}

std::string textLine(const char* label, const std::string& shown, const char* key)
{
    char line[256];
    std::snprintf(line, sizeof line, "%-40s %-18s %s\n", label, shown.c_str(), key);
    return line;
}

std::string asText(const PlannerInputs& inputs, const PlannerResult& result)
{
    std::string out = textLine("Model revision", std::string(revisionName(inputs.revision)), "revision");
    for (const PlanOutput& output : kOutputs) {
        const PlanValue value = output.read(result);
        std::string shown;
        if (const double* number = std::get_if<double>(&value))
            shown = shownNumber(output, *number);
        else if (const bool* flag = std::get_if<bool>(&value))
            shown = *flag ? "yes" : "no";
        else if (const std::string* text = std::get_if<std::string>(&value))
            shown = *text;
        else
            continue;
        if (*output.unit)
            shown += std::string(" ") + output.unit;
        out += textLine(output.label, shown, output.key);
    }
    return out;
}

std::string asJson(const PlannerInputs& inputs, const PlannerResult& result)
{
    std::string out;
    JsonWriter writer(&out);
    writer.beginObject();
    writer.key("inputs");
    writePlanJson(inputs, &writer);
    writer.key("results");
    writer.beginObject();
    for (const PlanOutput& output : kOutputs) {
        const PlanValue value = output.read(result);
        if (std::holds_alternative<std::monostate>(value))
            continue;
        writer.key(output.key);
        if (const double* number = std::get_if<double>(&value))
            writer.value(*number);
        else if (const bool* flag = std::get_if<bool>(&value))
            writer.value(*flag);
        else
            writer.value(std::get<std::string>(value));
    }
    writer.endObject();
    writer.endObject();
    out.push_back('\n');
    return out;
}

std::string asCsv(const PlannerResult& result)
{
    std::string header;
    std::string row;
    for (const PlanOutput& output : kOutputs) {
        const PlanValue value = output.read(result);
        if (std::holds_alternative<std::monostate>(value))
            continue;
        if (!header.empty()) {
            header.push_back(',');
            row.push_back(',');
        }
        header += output.key;
        if (const double* number = std::get_if<double>(&value))
            appendJsonNumber(&row, *number);
        else if (const bool* flag = std::get_if<bool>(&value))
            row += *flag ? "true" : "false";
        else
            appendCsvText(&row, std::get<std::string>(value));
    }
    return header + "\r\n" + row + "\r\n";
}

} // namespace

int runPlan(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = textJsonOrCsv(context, &status);
    if (!format)
        return status;
    if (context.positional.size() > 1)
        return fail(context, QStringLiteral("unexpected argument '%1' (give at most one FILE)")
                                 .arg(context.positional[1]));
    // --revision R is --set revision=R, before the other assignments.
    std::vector<ScenarioAssignment> assignments;
    if (const std::optional<Revision> revision = revisionOption(context, &status))
        assignments.push_back({"revision", std::string(revisionName(*revision))});
    else if (status != kExitSuccess)
        return status;
    for (const QString& text : context.parser.values(QStringLiteral("set"))) {
        ScenarioAssignment assignment;
        if (!parseAssignment(text.toStdString(), &assignment))
            return fail(context, QStringLiteral("--set %1: expected KEY=VALUE").arg(text));
        assignments.push_back(assignment);
    }
    const PlanLoad load = context.positional.isEmpty()
                              ? loadPlan(QByteArray(), QString(), assignments)
                              : loadPlanFile(context.positional[0], assignments);
    if (!load.ok())
        return fail(context, load.error);
    const PlannerResult result = planTrainingRun(*load.inputs);
    return writeAs(context, *format,
                   {[&] { return asText(*load.inputs, result); }, [&] { return asJson(*load.inputs, result); }, [&] { return asCsv(result); }});
}

} // namespace dtx::cli
