// `dtx calibrate`: ANALYSES.md C, what real runs reported against what the
// active model predicts from their inputs.
#include "CalibrationFile.hpp"
#include "CliCommon.hpp"
#include "JsonWriter.hpp"
#include "ResultOutput.hpp"

namespace dtx::cli {
namespace {

// --runs FILE, else the built-in runs.
std::optional<CalibrationData> runsOption(const CommandContext& context, int* exitCode)
{
    if (!context.parser.isSet(QStringLiteral("runs")))
        return builtInCalibrationData();
    QString error;
    std::optional<CalibrationData> data =
        loadCalibrationFile(context.parser.value(QStringLiteral("runs")), &error);
    if (!data)
        *exitCode = fail(context, QStringLiteral("--runs ") + error);
    return data;
}

void optionalNumber(JsonWriter* writer, const char* key, std::optional<double> value)
{
    writer->key(key);
    if (value)
        writer->value(*value);
    else
        writer->null();
}

std::string json(const Scenario& scenario, const std::vector<CalibrationRow>& rows)
{
    std::string out;
    JsonWriter writer(&out);
    beginResultsJson(scenario, &writer);
    writer.key("rows");
    writer.beginArray();
    for (const CalibrationRow& row : rows) {
        writer.beginObject();
        writer.key("run");
        writer.value(row.record->run);
        writer.key("metric");
        writer.value(calibrationMetricName(row.record->metric));
        optionalNumber(&writer, "reported_low", row.record->reportedLow);
        optionalNumber(&writer, "reported_high", row.record->reportedHigh);
        optionalNumber(&writer, "predicted", row.predicted);
        writer.key("predicted_variants");
        writer.beginObject();
        for (const CalibrationVariant& variant : row.variants) {
            writer.key(variant.key);
            writer.value(variant.value);
        }
        writer.endObject();
        writer.key("source");
        writer.value(row.record->source);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    writer.endObject();
    return out + "\n";
}

void appendOptionalNumber(std::string* out, std::optional<double> value)
{
    *out += ",";
    if (value)
        appendJsonNumber(out, *value);
}

// Variants as "key=value; key=value" in one cell.
std::string variantsText(const CalibrationRow& row)
{
    std::string text;
    for (const CalibrationVariant& variant : row.variants) {
        if (!text.empty())
            text += "; ";
        text += variant.key + "=" + formatGeneral(variant.value);
    }
    return text;
}

std::string csv(const std::vector<CalibrationRow>& rows)
{
    std::string out = "run,metric,reported_low,reported_high,predicted,predicted_variants,source\r\n";
    for (const CalibrationRow& row : rows) {
        appendCsvText(&out, row.record->run);
        out += ",";
        appendCsvText(&out, calibrationMetricName(row.record->metric));
        appendOptionalNumber(&out, row.record->reportedLow);
        appendOptionalNumber(&out, row.record->reportedHigh);
        appendOptionalNumber(&out, row.predicted);
        out += ",";
        appendCsvText(&out, variantsText(row));
        out += ",";
        appendCsvText(&out, row.record->source);
        out += "\r\n";
    }
    return out;
}

std::string reportedText(const CalibrationRecord& record)
{
    if (!record.reportedLow)
        return "-";
    if (*record.reportedLow == *record.reportedHigh)
        return formatGeneral(*record.reportedLow);
    return formatGeneral(*record.reportedLow) + " to " + formatGeneral(*record.reportedHigh);
}

std::string text(const Scenario& scenario, const std::vector<CalibrationRow>& rows)
{
    std::string out = "Calibration against real runs (ANALYSES.md C), revision "
                      + std::string(revisionName(scenario.revision)) + "\n";
    for (const CalibrationRow& row : rows) {
        out += row.record->run + "  " + std::string(calibrationMetricName(row.record->metric))
               + ": reported " + reportedText(*row.record) + ", predicted "
               + (row.predicted ? formatGeneral(*row.predicted) : std::string("-")) + "\n";
        if (!row.variants.empty())
            out += "    also: " + variantsText(row) + "\n";
        if (!row.record->reported.empty())
            out += "    upstream: " + row.record->reported + "\n";
        if (!row.record->source.empty())
            out += "    source: " + row.record->source + "\n";
    }
    return out;
}

} // namespace

int runCalibrate(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = textJsonOrCsv(context, &status);
    if (!format)
        return status;
    const std::optional<CalibrationData> data = runsOption(context, &status);
    if (!data)
        return status;
    const std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario)
        return status;
    const std::vector<CalibrationRow> rows = calibrate(*data, calibrationModel(*scenario));
    return writeAs(context, *format,
                   {[&] { return text(*scenario, rows); }, [&] { return json(*scenario, rows); }, [&] { return csv(rows); }});
}

} // namespace dtx::cli
