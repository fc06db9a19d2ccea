// `dtx uncertainty`: ANALYSES.md A2 for one scenario, or along one --vary
// key with the same samples at every point (common random numbers).
#include "AnalysisOptions.hpp"
#include "CliCommon.hpp"
#include "JsonWriter.hpp"
#include "ResultOutput.hpp"
#include "ScenarioFile.hpp"

#include <QStringList>

#include <cstdio>

namespace dtx::cli {
namespace {

// A sweep's evaluations at most (about half a minute on two cores).
constexpr double kMaxSweepEvaluations = 1e8;

constexpr UncertainMetric kMetrics[] = {UncertainMetric::Eta, UncertainMetric::ComputeLocal,
                                        UncertainMetric::ComputeQuality,
                                        UncertainMetric::ChinchillaEfficiency};
constexpr ExceedanceEvent kEvents[] = {ExceedanceEvent::Quality1e24, ExceedanceEvent::Quality1e25,
                                       ExceedanceEvent::Quality1e26,
                                       ExceedanceEvent::QualityStrict, ExceedanceEvent::LocalStrict};

void writeSummaryJson(const UncertaintySummary& s, JsonWriter* writer)
{
    writer->key("deterministic");
    writer->beginObject();
    for (UncertainMetric m : kMetrics) {
        writer->key(uncertainMetricName(m));
        writer->value(s.deterministicOf(m));
    }
    writer->endObject();
    writer->key("quantiles");
    writer->beginObject();
    for (UncertainMetric m : kMetrics) {
        const QuantileSummary& q = s.of(m);
        writer->key(uncertainMetricName(m));
        writer->beginObject();
        writer->key("mean");
        writer->value(q.mean);
        writer->key("q05");
        writer->value(q.q05);
        writer->key("q50");
        writer->value(q.q50);
        writer->key("q95");
        writer->value(q.q95);
        writer->endObject();
    }
    writer->endObject();
    writer->key("p_exceed");
    writer->beginObject();
    for (ExceedanceEvent e : kEvents) {
        writer->key(exceedanceEventName(e));
        writer->value(s.of(e).probability);
    }
    writer->endObject();
}

std::string csvHeader(const std::string& varyKey)
{
    std::string out = varyKey.empty() ? "" : varyKey + ",";
    for (UncertainMetric m : kMetrics) {
        const std::string name(uncertainMetricName(m));
        for (const char* part : {"deterministic", "mean", "q05", "q50", "q95"})
            out += name + "_" + part + ",";
    }
    for (ExceedanceEvent e : kEvents)
        out += "p_" + std::string(exceedanceEventName(e)) + ",";
    return out + "error\r\n";
}

std::string csvRow(const UncertaintyOutcome& outcome, const std::optional<double>& x)
{
    std::string out;
    if (x) {
        appendJsonNumber(&out, *x);
        out += ",";
    }
    if (!outcome.ok()) {
        out.append(kUncertainMetricCount * 5 + kExceedanceEventCount, ',');
        appendCsvText(&out, outcome.error.text());
        return out + "\r\n";
    }
    const UncertaintySummary& s = *outcome.summary;
    for (UncertainMetric m : kMetrics) {
        const QuantileSummary& q = s.of(m);
        for (double v : {s.deterministicOf(m), q.mean, q.q05, q.q50, q.q95}) {
            appendJsonNumber(&out, v);
            out += ",";
        }
    }
    for (ExceedanceEvent e : kEvents) {
        appendJsonNumber(&out, s.of(e).probability);
        out += ",";
    }
    return out + "\r\n";
}

std::string printfText(const char* format, double a, double b = 0, double c = 0, double d = 0,
                       double e = 0)
{
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, format, a, b, c, d, e);
    return buffer;
}

std::string summaryText(const Scenario& scenario, const UncertaintySummary& s)
{
    std::string out = "metric            deterministic         mean          q05          q50          q95\n";
    const char* labels[] = {"eta             ", "C_local (FLOP)  ", "C_quality (FLOP)",
                            "eta_chinchilla  "};
    for (std::size_t i = 0; i < std::size(kMetrics); ++i) {
        const QuantileSummary& q = s.of(kMetrics[i]);
        out += std::string(labels[i])
               + printfText("  %12.4g %12.4g %12.4g %12.4g %12.4g\n", s.deterministicOf(kMetrics[i]),
                            q.mean, q.q05, q.q50, q.q95);
    }
    const std::string strict = formatGeneral(scenario.treaty.strictThresholdFlop);
    const std::string names[] = {"P(C_quality > 1e24)", "P(C_quality > 1e25)",
                                 "P(C_quality > 1e26)", "P(C_quality > Strict Threshold " + strict + ")",
                                 "P(C_local > Strict Threshold " + strict + ")"};
    for (std::size_t i = 0; i < std::size(kEvents); ++i) {
        const Exceedance& e = s.of(kEvents[i]);
        out += names[i] + ": " + printfText("%.3f (standard error %.3f)\n", e.probability,
                                            e.standardError);
    }
    return out;
}

std::string headerText(const Scenario& scenario, const UncertaintyOptions& options)
{
    return "Monte Carlo (ANALYSES.md A2), revision " + std::string(revisionName(scenario.revision))
           + ", mode " + std::string(modeName(scenario.mode)) + ": "
           + withThousands(static_cast<long long>(options.samples)) + " samples, seed "
           + std::to_string(options.seed) + ", profile "
           + std::string(uncertaintyProfileName(options.profile))
           + (scenario.hooks.fit == kHoffmann2022Fit ? ", Hoffmann 2022 fit" : "") + "\n";
}

void writeOptionsJson(const UncertaintyOptions& options, JsonWriter* writer)
{
    writer->key("samples");
    writer->value(static_cast<double>(options.samples));
    writer->key("seed");
    writer->integer(options.seed);
    writer->key("profile");
    writer->value(uncertaintyProfileName(options.profile));
}

std::string jsonDocument(const Scenario& scenario, const UncertaintyOptions& options,
                         const std::optional<VaryAxis>& axis,
                         const std::vector<UncertaintyOutcome>& outcomes)
{
    std::string out;
    JsonWriter writer(&out);
    beginResultsJson(scenario, &writer);
    writeOptionsJson(options, &writer);
    if (scenario.hooks.fit == kHoffmann2022Fit) {
        writer.key("fit");
        writer.value(scalingLawFitName(ScalingLawFit::Hoffmann2022));
    }
    if (!axis) {
        writeSummaryJson(*outcomes.front().summary, &writer);
    } else {
        writer.key("rows");
        writer.beginArray();
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            writer.beginObject();
            writer.key(axis->key);
            writer.value(axis->values[i]);
            if (outcomes[i].ok()) {
                writeSummaryJson(*outcomes[i].summary, &writer);
            } else {
                writer.key("error");
                writer.value(outcomes[i].error.text());
            }
            writer.endObject();
        }
        writer.endArray();
    }
    writer.endObject();
    writer.endObject();
    return out + "\n";
}

std::string sweepText(const VaryAxis& axis, const std::vector<UncertaintyOutcome>& outcomes)
{
    std::string out = axis.key + ": C_quality q05 / q50 / q95 (FLOP), P(C_quality > 1e24 / 1e25 / "
                                 "1e26 / strict)\n";
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        out += formatGeneral(axis.values[i]) + "  ";
        if (!outcomes[i].ok()) {
            out += "error: " + outcomes[i].error.text() + "\n";
            continue;
        }
        const UncertaintySummary& s = *outcomes[i].summary;
        const QuantileSummary& q = s.of(UncertainMetric::ComputeQuality);
        out += printfText("%.4g / %.4g / %.4g  ", q.q05, q.q50, q.q95)
               + printfText("%.3f / %.3f / %.3f / %.3f\n",
                            s.of(ExceedanceEvent::Quality1e24).probability,
                            s.of(ExceedanceEvent::Quality1e25).probability,
                            s.of(ExceedanceEvent::Quality1e26).probability,
                            s.of(ExceedanceEvent::QualityStrict).probability);
    }
    return out;
}

} // namespace

int runUncertainty(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = outputFormat(
        context, {OutputFormat::Text, OutputFormat::Json, OutputFormat::Csv}, OutputFormat::Text,
        &status);
    if (!format)
        return status;
    const std::optional<UncertaintyOptions> options = uncertaintyOptions(context, &status);
    if (!options)
        return status;
    std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario || !applyScalingLawFit(context, &*scenario, &status))
        return status;

    const QStringList specs = context.parser.values(QStringLiteral("vary"));
    if (specs.size() > 1)
        return fail(context, QStringLiteral("--vary: give one key (the uncertainty of a 1-D sweep)"));
    std::optional<VaryAxis> axis;
    std::vector<UncertaintyOutcome> outcomes;
    if (specs.isEmpty()) {
        outcomes.push_back(dtx::runUncertainty(*scenario, *options));
        if (!outcomes.front().ok())
            return fail(context, QString::fromStdString(outcomes.front().error.text()));
    } else {
        axis = parseVaryAxis(context, specs.front(), &status);
        if (!axis)
            return status;
        if (static_cast<double>(axis->values.size()) * static_cast<double>(options->samples)
            > kMaxSweepEvaluations)
            return fail(context, QStringLiteral("--vary: %1 points × %2 samples is more than the "
                                                "100,000,000 evaluations allowed")
                                     .arg(axis->values.size())
                                     .arg(options->samples));
        std::vector<Scenario> points;
        for (double x : axis->values) {
            Scenario point = *scenario;
            const QString error = assignScenarioNumber(&point, axis->key, x, context.catalog);
            if (!error.isEmpty())
                return fail(context, QStringLiteral("--vary ") + error);
            points.push_back(std::move(point));
        }
        outcomes = runUncertaintySweep(points, *options);
    }

    switch (*format) {
    case OutputFormat::Json:
        return writeOutput(context, jsonDocument(*scenario, *options, axis, outcomes));
    case OutputFormat::Csv: {
        std::string out = csvHeader(axis ? axis->key : std::string());
        for (std::size_t i = 0; i < outcomes.size(); ++i)
            out += csvRow(outcomes[i], axis ? std::optional<double>(axis->values[i]) : std::nullopt);
        return writeOutput(context, out);
    }
    case OutputFormat::Text:
        break;
    }
    std::string text = headerText(*scenario, *options);
    text += axis ? sweepText(*axis, outcomes) : summaryText(*scenario, *outcomes.front().summary);
    return writeOutput(context, text);
}

} // namespace dtx::cli
