// `dtx links`: ANALYSES.md G1, the link each compute utilisation needs,
// data-parallel against DiLoCo at several inner-step counts, streaming and
// blocking.
#include "CliCommon.hpp"
#include "JsonWriter.hpp"
#include "LinkRequirements.hpp"
#include "ResultOutput.hpp"

#include <cstdio>

namespace dtx::cli {
namespace {

using Needs = std::array<std::optional<double>, kLinkUtilisations.size()>;

// "0.50", "0.75", …: CLI.md's keys of the utilisations.
std::string utilisationKey(double u)
{
    char key[16];
    std::snprintf(key, sizeof key, "%.2f", u);
    return key;
}

void needsObject(JsonWriter* writer, const char* key, const Needs& needs)
{
    writer->key(key);
    writer->beginObject();
    for (std::size_t i = 0; i < needs.size(); ++i) {
        writer->key(utilisationKey(kLinkUtilisations[i]));
        if (needs[i])
            writer->value(*needs[i]);
        else
            writer->null();
    }
    writer->endObject();
}

std::string json(const Scenario& scenario, const LinkRequirements& links)
{
    std::string out;
    JsonWriter writer(&out);
    beginResultsJson(scenario, &writer);
    writer.key("rows");
    writer.beginArray();
    for (const LinkRequirementRow& row : links.rows) {
        writer.beginObject();
        writer.key("h");
        writer.value(row.innerSteps);
        writer.key("data_parallel");
        writer.value(row.dataParallel);
        needsObject(&writer, "streaming_mbps", row.streamingMbps);
        needsObject(&writer, "blocking_mbps", row.blockingMbps);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    writer.endObject();
    return out + "\n";
}

std::string csv(const LinkRequirements& links)
{
    std::string out = "h,data_parallel";
    for (const char* reading : {"streaming", "blocking"})
        for (double u : kLinkUtilisations)
            out += std::string(",") + reading + "_mbps_" + utilisationKey(u);
    out += "\r\n";
    for (const LinkRequirementRow& row : links.rows) {
        appendJsonNumber(&out, row.innerSteps);
        out += row.dataParallel ? ",true" : ",false";
        for (const Needs* needs : {&row.streamingMbps, &row.blockingMbps})
            for (const std::optional<double>& mbps : *needs) {
                out += ",";
                if (mbps)
                    appendJsonNumber(&out, *mbps);
            }
        out += "\r\n";
    }
    return out;
}

std::string text(const Scenario& scenario, const LinkRequirements& links)
{
    std::string out = "Link needed for a compute utilisation (ANALYSES.md G1), revision "
                      + std::string(revisionName(scenario.revision))
                      + (links.asFlat ? ", flat-mode quantities (as flat)" : "") + ": t_comp "
                      + formatGeneral(links.computeStepSeconds) + " s, f(n) "
                      + formatGeneral(links.stragglerFactor) + ", H_min "
                      + formatGeneral(links.minimumInnerSteps) + "\n";
    out += "Mbps; '-' = unreachable (the latency alone exceeds the budget)\n";
    out += "row              reading       U=0.50      U=0.75      U=0.90      U=0.95      U=0.99\n";
    for (const LinkRequirementRow& row : links.rows) {
        const std::string name = row.dataParallel ? std::string("data-parallel")
                                 : row.scenarioRow ? "H = " + formatGeneral(row.innerSteps) + " (H_min)"
                                                   : "H = " + formatGeneral(row.innerSteps);
        for (const auto& [reading, needs] : {std::pair{"streaming", &row.streamingMbps},
                                             std::pair{"blocking", &row.blockingMbps}}) {
            char line[200];
            std::snprintf(line, sizeof line, "%-16s %-9s", name.c_str(), reading);
            out += line;
            for (const std::optional<double>& mbps : *needs) {
                std::snprintf(line, sizeof line, " %11s", mbps ? formatGeneral(*mbps).c_str() : "-");
                out += line;
            }
            out += "\n";
        }
    }
    return out;
}

} // namespace

int runLinks(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = textJsonOrCsv(context, &status);
    if (!format)
        return status;
    const std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario)
        return status;
    const LinkRequirements links = linkRequirements(*scenario);
    return writeAs(context, *format,
                   {[&] { return text(*scenario, links); }, [&] { return json(*scenario, links); },
                    [&] { return csv(links); }});
}

} // namespace dtx::cli
