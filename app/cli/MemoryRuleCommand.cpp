// `dtx memory-rule`: ANALYSES.md D, per chip the largest unregistered node
// and model before and after the memory (HBM) threshold amendment.
#include "CliCommon.hpp"
#include "HardwareCatalogFile.hpp"
#include "JsonWriter.hpp"
#include "MemoryRule.hpp"
#include "ResultOutput.hpp"

#include <cmath>
#include <cstdio>

namespace dtx::cli {
namespace {

// The largest limit that still means something: far above any cluster.
constexpr double kMaxLimitGb = 1e9;

std::optional<MemoryRuleOptions> ruleOptions(const CommandContext& context, int* exitCode)
{
    MemoryRuleOptions options;
    options.hbmOnly = context.parser.isSet(QStringLiteral("hbm-only"));
    if (!context.parser.isSet(QStringLiteral("limit-gb")))
        return options;
    const QString text = context.parser.value(QStringLiteral("limit-gb"));
    bool ok = false;
    const double limit = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(limit) || !(limit > 0) || limit > kMaxLimitGb) {
        *exitCode = fail(context, QStringLiteral("--limit-gb '%1': expected a memory limit in GB, "
                                                 "more than 0 and at most 1e9")
                                      .arg(text));
        return std::nullopt;
    }
    options.limitGb = limit;
    return options;
}

void optionalInteger(JsonWriter* writer, const char* key, std::optional<int> value)
{
    writer->key(key);
    if (value)
        writer->integer(static_cast<std::uint64_t>(*value));
    else
        writer->null();
}

std::string json(const Scenario& scenario, const MemoryRuleOptions& options,
                 const std::vector<MemoryRuleRow>& rows)
{
    std::string out;
    JsonWriter writer(&out);
    beginResultsJson(scenario, &writer);
    writer.key("limit_gb");
    writer.value(options.limitGb);
    writer.key("hbm_only");
    writer.value(options.hbmOnly);
    writer.key("rows");
    writer.beginArray();
    for (const MemoryRuleRow& row : rows) {
        writer.beginObject();
        writer.key("chip");
        writer.value(row.gpu->name);
        writer.key("memory_gb");
        writer.value(row.gpu->vramGb);
        writer.key("memory_type");
        writer.value(row.gpu->memoryType);
        writer.key("fp16_tflops");
        writer.value(row.gpu->fp16Tflops);
        optionalInteger(&writer, "n_compute", row.nCompute);
        optionalInteger(&writer, "n_memory", row.nMemory);
        optionalInteger(&writer, "n_max", row.nMax);
        optionalInteger(&writer, "first_over", row.firstOver);
        optionalInteger(&writer, "newly_caught_min", row.newlyCaughtMin);
        optionalInteger(&writer, "newly_caught_max", row.newlyCaughtMax);
        writer.key("max_params_b_before");
        writer.value(row.maxParamsBBefore);
        writer.key("max_params_b_after");
        writer.value(row.maxParamsBAfter);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    writer.endObject();
    return out + "\n";
}

void appendOptional(std::string* out, std::optional<int> value)
{
    *out += ",";
    if (value)
        *out += std::to_string(*value);
}

std::string csv(const std::vector<MemoryRuleRow>& rows)
{
    std::string out = "chip,memory_gb,memory_type,fp16_tflops,n_compute,n_memory,n_max,first_over,"
                      "newly_caught_min,newly_caught_max,max_params_b_before,max_params_b_after\r\n";
    for (const MemoryRuleRow& row : rows) {
        appendCsvText(&out, row.gpu->name);
        out += ",";
        appendJsonNumber(&out, row.gpu->vramGb);
        out += ",";
        appendCsvText(&out, row.gpu->memoryType);
        out += ",";
        appendJsonNumber(&out, row.gpu->fp16Tflops);
        for (std::optional<int> v : {std::optional<int>(row.nCompute), row.nMemory,
                                     std::optional<int>(row.nMax), row.firstOver,
                                     row.newlyCaughtMin, row.newlyCaughtMax})
            appendOptional(&out, v);
        for (double v : {row.maxParamsBBefore, row.maxParamsBAfter}) {
            out += ",";
            appendJsonNumber(&out, v);
        }
        out += "\r\n";
    }
    return out;
}

std::string countText(std::optional<int> value)
{
    return value ? std::to_string(*value) : std::string("-");
}

std::string text(const MemoryRuleOptions& options, const std::vector<MemoryRuleRow>& rows)
{
    std::string out = "Memory (HBM) threshold amendment (ANALYSES.md D): covered when FP16 > "
                      + formatGeneral(kCccComputeBoundTflops) + " TFLOPS or "
                      + (options.hbmOnly ? "HBM" : "accelerator memory") + " > "
                      + formatGeneral(options.limitGb) + " GB\n";
    out += "chip           memory        FP16 TF  nodes now  after  first over  newly caught  "
           "largest model (B) now -> after\n";
    for (const MemoryRuleRow& row : rows) {
        const std::string memory = formatGeneral(row.gpu->vramGb) + " GB " + row.gpu->memoryType;
        const std::string caught = row.newlyCaughtMin
                                       ? std::to_string(*row.newlyCaughtMin) + "-"
                                             + std::to_string(*row.newlyCaughtMax)
                                       : std::string("none");
        char line[240];
        std::snprintf(line, sizeof line, "%-14s %-13s %7.0f  %9d  %5d  %10s  %12s  %9.1f -> %.1f\n",
                      row.gpu->name.c_str(), memory.c_str(), row.gpu->fp16Tflops, row.nCompute,
                      row.nMax, countText(row.firstOver).c_str(), caught.c_str(),
                      row.maxParamsBBefore, row.maxParamsBAfter);
        out += line;
    }
    return out;
}

} // namespace

int runMemoryRule(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = textJsonOrCsv(context, &status);
    if (!format)
        return status;
    const std::optional<MemoryRuleOptions> options = ruleOptions(context, &status);
    if (!options)
        return status;
    const std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario)
        return status;
    const std::vector<MemoryRuleRow> rows = memoryRuleTable(context.catalog, *options);
    return writeAs(context, *format,
                   {[&] { return text(*options, rows); }, [&] { return json(*scenario, *options, rows); }, [&] { return csv(rows); }});
}

} // namespace dtx::cli
