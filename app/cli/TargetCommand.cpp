#include "CliCommon.hpp"
#include "JsonWriter.hpp"
#include "NodesForTarget.hpp"
#include "ScenarioValidation.hpp"

#include <cmath>

namespace dtx::cli {

int runTarget(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format =
        outputFormat(context, {OutputFormat::Text, OutputFormat::Json}, OutputFormat::Text, &status);
    if (!format)
        return status;
    if (!context.parser.isSet(QStringLiteral("flop")))
        return fail(context, QStringLiteral("--flop: required (the compute target, e.g. --flop 1e25)"));
    const QString flopText = context.parser.value(QStringLiteral("flop"));
    double target = 0;
    if (!parseNumberText(flopText.toStdString(), &target) || !std::isfinite(target) || !(target > 0)
        || target > 1e40)
        return fail(context, QStringLiteral("--flop: '%1' is not a positive number up to 1e40")
                                 .arg(flopText));
    const std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario)
        return status;

    const NodesForTargetResult result = nodesForTarget(*scenario, target);
    if (*format == OutputFormat::Json) {
        std::string out;
        JsonWriter writer(&out);
        writer.beginObject();
        writer.key("flop");
        writer.value(target);
        writer.key("reached");
        writer.value(result.reached);
        writer.key("nodes");
        writer.value(static_cast<double>(result.nodes));
        writer.key("total_gpus");
        writer.value(result.totalGpus);
        writer.key("cost_usd");
        writer.value(result.costUsd);
        writer.key("c_local");
        writer.value(result.computeLocal);
        writer.endObject();
        out.push_back('\n');
        return writeOutput(context, out);
    }
    std::string out;
    char targetText[32];
    std::snprintf(targetText, sizeof targetText, "%.3g", target);
    if (!result.reached) {
        out = "C_local >= " + std::string(targetText) + " FLOP is not reachable within "
              + withThousands(kMaxSearchNodes) + " nodes of " + scenario->node.name
              + " (they reach " + formatGeneral(result.computeLocal) + " FLOP).\n";
    } else {
        out = "Fewest nodes reaching C_local >= " + std::string(targetText) + " FLOP: "
              + withThousands(result.nodes) + " nodes of " + scenario->node.name + " ("
              + withThousands(static_cast<long long>(result.totalGpus)) + " GPUs), cost $"
              + withThousands(std::llround(result.costUsd)) + ", C_local "
              + formatGeneral(result.computeLocal) + " FLOP.\n";
    }
    return writeOutput(context, out);
}

} // namespace dtx::cli
