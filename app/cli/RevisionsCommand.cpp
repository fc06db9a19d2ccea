// `dtx revisions`: one scenario under every model revision, side by side,
// as a Markdown table (the README's table is this command's output) or
// JSON. Each column is the scenario moved to that revision as the
// explorer's selector moves it (switchRevision): inputs the user set keep
// their values, the rest take that revision's defaults.
#include "CliCommon.hpp"
#include "Countermeasures.hpp"
#include "JsonWriter.hpp"
#include "RevisionComparison.hpp"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace dtx::cli {
namespace {

using RevisionColumn = RevisionComparison;

std::string printf1(const char* format, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

std::string money(double usd)
{
    if (usd >= 1e9)
        return printf1("$%.2fB", usd / 1e9);
    if (usd >= 1e6)
        return printf1("$%.1fM", usd / 1e6);
    return printf1("$%.0fk", usd / 1e3);
}

std::string fleetText(const NodesForTargetResult& fleet)
{
    if (!fleet.reached)
        return "not within " + withThousands(kMaxSearchNodes) + " nodes";
    return withThousands(fleet.nodes) + " nodes (" + money(fleet.costUsd) + ")";
}

std::string markdown(const std::vector<RevisionColumn>& columns)
{
    std::string out = "| |";
    std::string rule = "| --- |";
    for (const RevisionColumn& c : columns) {
        out += " " + std::string(revisionName(c.revision)) + " |";
        rule += " --- |";
    }
    out += "\n" + rule + "\n";
    const auto row = [&](const std::string& title, auto cell) {
        out += "| " + title + " |";
        for (const RevisionColumn& c : columns)
            out += " " + (c.outcome.ok() ? cell(c) : std::string("not applicable")) + " |";
        out += "\n";
    };
    row("Node", [](const RevisionColumn& c) { return c.scenario.node.name; });
    row("C_local", [](const RevisionColumn& c) {
        const Evaluation& e = *c.outcome.evaluation;
        return printf1("%.3g FLOP", e.computeLocal) + printf1(" (%.1fx the Strict Threshold)",
                                                            e.thresholdMultiple);
    });
    row("C_quality", [](const RevisionColumn& c) {
        return printf1("%.3g FLOP", c.outcome.evaluation->computeQuality);
    });
    row("eta", [](const RevisionColumn& c) { return printf1("%.3f", c.outcome.evaluation->eta); });
    row("Hardware cost", [](const RevisionColumn& c) { return money(c.outcome.evaluation->costUsd); });
    for (std::size_t t = 0; t < std::size(kReferenceTargetsFlop); ++t)
        row(printf1("Fewest nodes for 10^%.0f FLOP", std::log10(kReferenceTargetsFlop[t])),
            [t](const RevisionColumn& c) { return fleetText(c.fleets[t]); });
    return out;
}

std::string json(const std::vector<RevisionColumn>& columns)
{
    std::string out;
    JsonWriter writer(&out);
    writer.beginObject();
    writer.key("revisions");
    writer.beginArray();
    for (const RevisionColumn& c : columns) {
        writer.beginObject();
        writer.key("revision");
        writer.value(revisionName(c.revision));
        writer.key("node");
        writer.value(c.scenario.node.name);
        if (c.outcome.ok()) {
            const Evaluation& e = *c.outcome.evaluation;
            for (const auto& [key, value] :
                 {std::pair{"c_local", e.computeLocal}, std::pair{"c_quality", e.computeQuality},
                  std::pair{"eta", e.eta}, std::pair{"cost_usd", e.costUsd},
                  std::pair{"threshold_multiple", e.thresholdMultiple}}) {
                writer.key(key);
                writer.value(value);
            }
            writer.key("targets");
            writer.beginArray();
            for (std::size_t t = 0; t < c.fleets.size(); ++t) {
                writer.beginObject();
                writer.key("flop");
                writer.value(kReferenceTargetsFlop[t]);
                writer.key("reached");
                writer.value(c.fleets[t].reached);
                writer.key("nodes");
                writer.value(double(c.fleets[t].nodes));
                writer.key("cost_usd");
                writer.value(c.fleets[t].costUsd);
                writer.endObject();
            }
            writer.endArray();
        } else {
            writer.key("error");
            writer.value(c.outcome.error.text());
        }
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    out.push_back('\n');
    return out;
}

} // namespace

int runRevisions(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format =
        outputFormat(context, {OutputFormat::Text, OutputFormat::Json}, OutputFormat::Text, &status);
    if (!format)
        return status;
    const std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario)
        return status;
    const std::vector<RevisionColumn> columns = compareRevisions(*scenario, context.catalog);
    return writeOutput(context, *format == OutputFormat::Json ? json(columns) : markdown(columns));
}

} // namespace dtx::cli
