#include "CliCommon.hpp"
#include "DilocoModes.hpp"
#include "ResultOutput.hpp"

namespace dtx::cli {

int runEvaluate(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format = textJsonOrCsv(context, &status);
    if (!format)
        return status;
    const std::optional<Scenario> scenario = scenarioFromArguments(context, &status);
    if (!scenario)
        return status;
    const EvaluationOutcome outcome = evaluate(*scenario);
    if (!outcome.ok())
        return fail(context, QString::fromStdString(outcome.error.text()));
    return writeAs(context, *format,
                   {[&] { return resultsAsText(*scenario, *outcome.evaluation); }, [&] { return resultsAsJson(*scenario, *outcome.evaluation); }, [&] { return resultsAsCsv(*outcome.evaluation); }});
}

} // namespace dtx::cli
