#pragma once

#include "Cli.hpp"
#include "Hardware.hpp"
#include "ScenarioFile.hpp"

#include <QCommandLineParser>

#include <functional>
#include <optional>
#include <string>
#include <vector>

// Shared by the dtx subcommands; internal to app/cli.
namespace dtx::cli {

enum class OutputFormat { Text, Json, Csv };

// What every subcommand receives: parsed options and where to write.
struct CommandContext {
    const QCommandLineParser& parser;
    QStringList positional; // after the command name
    const CliStreams& streams;
    const HardwareCatalog& catalog;
};

// An input error: prints "error: ..." and returns the bad-input exit code.
int fail(const CommandContext& context, const QString& message);

// --format, limited to the formats the command offers.
std::optional<OutputFormat> outputFormat(const CommandContext& context,
                                         std::initializer_list<OutputFormat> allowed,
                                         OutputFormat fallback, int* exitCode);

// --revision, when given; on a bad name *exitCode says so (else it is 0).
std::optional<Revision> revisionOption(const CommandContext& context, int* exitCode);

// FILE (optional positional), --revision and every --set, resolved and
// validated.
std::optional<Scenario> scenarioFromArguments(const CommandContext& context, int* exitCode);

// --format among text (the default), json and csv.
std::optional<OutputFormat> textJsonOrCsv(const CommandContext& context, int* exitCode);

// A result's renderings; only the one asked for is computed.
struct Renderings {
    std::function<std::string()> text;
    std::function<std::string()> json;
    std::function<std::string()> csv;
};
int writeAs(const CommandContext& context, OutputFormat format, const Renderings& renderings);

// Writes the whole output at once and reports a write failure (exit 1).
int writeOutput(const CommandContext& context, std::string_view text);
int writeFailure(const CommandContext& context);

std::string formatFixed(double value, int decimals);
std::string formatGeneral(double value); // %.6g
std::string withThousands(long long value);

int runReport(const CommandContext& context);
int runEvaluate(const CommandContext& context);
int runSweep(const CommandContext& context);
int runTarget(const CommandContext& context);
int runOptimize(const CommandContext& context);
int runPlan(const CommandContext& context);
int runRevisions(const CommandContext& context);
int runUncertainty(const CommandContext& context);
int runTornado(const CommandContext& context);
int runCalibrate(const CommandContext& context);
int runMemoryRule(const CommandContext& context);
int runLinks(const CommandContext& context);

} // namespace dtx::cli
