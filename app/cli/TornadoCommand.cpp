// `dtx tornado`: ANALYSES.md A3, one input at a time at its low and high
// value, rows by swing.
#include "AnalysisOptions.hpp"
#include "CliCommon.hpp"
#include "JsonWriter.hpp"
#include "ResultOutput.hpp"
#include "Tornado.hpp"

#include <cstdio>

namespace dtx::cli {
namespace {

std::optional<UncertainMetric> metricOption(const CommandContext& context, int* exitCode)
{
    if (!context.parser.isSet(QStringLiteral("metric")))
        return UncertainMetric::ComputeQuality;
    const QString text = context.parser.value(QStringLiteral("metric"));
    for (UncertainMetric m : {UncertainMetric::ComputeQuality, UncertainMetric::ComputeLocal,
                              UncertainMetric::Eta}) {
        if (text.toStdString() == uncertainMetricName(m))
            return m;
    }
    *exitCode = fail(context,
                     QStringLiteral("--metric '%1': expected c_quality, c_local or eta").arg(text));
    return std::nullopt;
}

const char* groupName(const TornadoRow& row)
{
    return row.isLever() ? "lever" : "uncertain";
}

std::string json(const Scenario& scenario, const Tornado& tornado)
{
    std::string out;
    JsonWriter writer(&out);
    beginResultsJson(scenario, &writer);
    writer.key("metric");
    writer.value(uncertainMetricName(tornado.metric));
    writer.key("baseline");
    writer.value(tornado.baseline);
    writer.key("rows");
    writer.beginArray();
    for (const TornadoRow& row : tornado.rows) {
        writer.beginObject();
        writer.key("input");
        writer.value(row.input);
        writer.key("group");
        writer.value(groupName(row));
        writer.key("low_value");
        writer.value(row.lowValue);
        writer.key("high_value");
        writer.value(row.highValue);
        writer.key("metric_low");
        writer.value(row.metricLow);
        writer.key("metric_high");
        writer.value(row.metricHigh);
        writer.key("swing");
        writer.value(row.swing);
        writer.key("swing_relative");
        writer.value(row.swingRelative);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    writer.endObject();
    return out + "\n";
}

std::string csv(const Tornado& tornado)
{
    std::string out = "input,group,low_value,high_value,metric_low,metric_high,swing,swing_relative\r\n";
    for (const TornadoRow& row : tornado.rows) {
        out += row.input + "," + groupName(row);
        for (double v : {row.lowValue, row.highValue, row.metricLow, row.metricHigh, row.swing,
                         row.swingRelative}) {
            out += ",";
            appendJsonNumber(&out, v);
        }
        out += "\r\n";
    }
    return out;
}

std::string text(const Scenario& scenario, const Tornado& tornado)
{
    std::string out = "Tornado (ANALYSES.md A3) of " + std::string(uncertainMetricName(tornado.metric))
                      + ", revision " + std::string(revisionName(scenario.revision)) + ", mode "
                      + std::string(modeName(scenario.mode)) + ": baseline "
                      + formatGeneral(tornado.baseline) + "\n";
    out += "input                 group          low value   high value   metric low  metric high   swing\n";
    for (const TornadoRow& row : tornado.rows) {
        char line[200];
        std::snprintf(line, sizeof line, "%-21s %-10s %12.4g %12.4g %12.4g %12.4g %6.1f %%\n",
                      row.input.c_str(), groupName(row), row.lowValue, row.highValue,
                      row.metricLow, row.metricHigh, row.swingRelative * 100);
        out += line;
    }
    return out;
}

} // namespace

int runTornado(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = textJsonOrCsv(context, &status);
    if (!format)
        return status;
    const std::optional<UncertainMetric> metric = metricOption(context, &status);
    if (!metric)
        return status;
    std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario || !applyScalingLawFit(context, &*scenario, &status))
        return status;
    const TornadoOutcome outcome = computeTornado(*scenario, *metric);
    if (!outcome.ok())
        return fail(context, QString::fromStdString(outcome.error.text()));
    return writeAs(context, *format,
                   {[&] { return text(*scenario, *outcome.tornado); }, [&] { return json(*scenario, *outcome.tornado); }, [&] { return csv(*outcome.tornado); }});
}

} // namespace dtx::cli
