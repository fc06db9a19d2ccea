#include "CliCommon.hpp"
#include "DilocoModes.hpp"
#include "ResultOutput.hpp"

namespace dtx::cli {

int runEvaluate(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = outputFormat(
        context, {OutputFormat::Text, OutputFormat::Json, OutputFormat::Csv}, OutputFormat::Text,
        &status);
    if (!format)
        return status;
    const std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario)
        return status;
    const EvaluationOutcome outcome = evaluate(*scenario);
    if (!outcome.ok())
        return fail(context, QString::fromStdString(outcome.error.text()));
    switch (*format) {
    case OutputFormat::Json: return writeOutput(context, resultsAsJson(*scenario, *outcome.evaluation));
    case OutputFormat::Csv: return writeOutput(context, resultsAsCsv(*outcome.evaluation));
    case OutputFormat::Text: break;
    }
    return writeOutput(context, resultsAsText(*scenario, *outcome.evaluation));
}

} // namespace dtx::cli
