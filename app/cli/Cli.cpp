#include "Cli.hpp"

#include "CliCommon.hpp"
#include "HardwareCatalogFile.hpp"
#include "PrintableText.hpp"
#include "SaveFile.hpp"

#include <QCoreApplication>

#include <map>
#include <set>

namespace dtx {
namespace {

constexpr const char* kUsage = R"(Usage: dtx COMMAND [FILE] [options]

How much training compute can sub-threshold nodes linked over the internet
reach with DiLoCo-style training? Every figure follows MODEL.md.

Commands:
  report     the full reference report (parts 1-8)
               [--quality none|optimistic|expected|conservative] [--no-replica-penalty]
               [--no-error-feedback] [--straggler synchronous|threshold|relay] (2026-04)
  evaluate   one scenario (FILE, else the default), every metric
               [--set KEY=VALUE]... [--format text|json|csv]
  sweep      one row per point of a 1-D or 2-D grid
               --vary KEY=FROM:TO[:STEPS[:log]] [--vary ...] [--set ...] [--format csv|json]
  target     the fewest nodes (and their cost) reaching C_local >= X
               --flop X [--set ...] [--format text|json]
  optimize   the model-size search, best first [--set ...] [--format text|json|csv]
  plan       the forward training-run planner (planner FILE) [--set ...] [--format text|json|csv]
  revisions  the scenario under each model revision side by side: C_local, C_quality,
               eta, cost, fewest nodes for 1e24/1e25/1e26 [--set ...] [--format text|json]
  uncertainty  Monte Carlo over the model's uncertain assumptions (ANALYSES.md A2):
               quantiles and P(C_quality > 1e24/1e25/1e26/strict)
               [--samples N] [--seed S] [--profile standard|wide] [--fit besiroglu|hoffmann]
               [--vary KEY=FROM:TO[:STEPS[:log]]] [--set ...] [--format text|json|csv]
  tornado    one assumption or lever at a time, ordered by swing (ANALYSES.md A3)
               [--metric c_quality|c_local|eta] [--fit ...] [--set ...] [--format text|json|csv]
  calibrate  real runs' reported figures against the model's predictions (ANALYSES.md C)
               [--runs FILE] [--set ...] [--format text|json|csv]
  links      the link each compute utilisation needs, data-parallel against DiLoCo,
               streaming and blocking (ANALYSES.md G1) [--set ...] [--format text|json|csv]
  memory-rule  per chip, the largest unregistered node and model before and after a
               memory (HBM) threshold (ANALYSES.md D)
               [--limit-gb L] [--hbm-only] [--catalog FILE] [--set ...] [--format text|json|csv]

Options:
  --revision R        the model revision: 2026-02 (MODEL.md, the default) or
                      2026-04 (its authors' April revision); = --set revision=R
  -o, --output FILE   write the output to FILE atomically instead of stdout
  -h, --help          show this help
  -v, --version       show the version

Scenario keys for --set and --vary are the dotted keys of the scenario file,
e.g. nodes=144, network.bandwidth_mbps=25, assumptions.compression_quality=conservative.
Exit status: 0 success, 2 bad usage or input, 1 any other failure.
)";

using Command = int (*)(const cli::CommandContext&);

struct CommandSpec {
    Command run;
    std::set<QString> options; // besides output/help/version
};

const std::map<QString, CommandSpec>& commands()
{
    static const std::map<QString, CommandSpec> table = {
        {QStringLiteral("report"),
         {cli::runReport,
          {QStringLiteral("quality"), QStringLiteral("no-replica-penalty"),
           QStringLiteral("no-error-feedback"), QStringLiteral("straggler")}}},
        {QStringLiteral("evaluate"),
         {cli::runEvaluate, {QStringLiteral("set"), QStringLiteral("format")}}},
        {QStringLiteral("sweep"),
         {cli::runSweep, {QStringLiteral("set"), QStringLiteral("format"), QStringLiteral("vary")}}},
        {QStringLiteral("target"),
         {cli::runTarget, {QStringLiteral("set"), QStringLiteral("format"), QStringLiteral("flop")}}},
        {QStringLiteral("optimize"),
         {cli::runOptimize, {QStringLiteral("set"), QStringLiteral("format")}}},
        {QStringLiteral("plan"), {cli::runPlan, {QStringLiteral("set"), QStringLiteral("format")}}},
        {QStringLiteral("revisions"),
         {cli::runRevisions, {QStringLiteral("set"), QStringLiteral("format")}}},
        {QStringLiteral("uncertainty"),
         {cli::runUncertainty,
          {QStringLiteral("set"), QStringLiteral("format"), QStringLiteral("vary"),
           QStringLiteral("samples"), QStringLiteral("seed"), QStringLiteral("profile"),
           QStringLiteral("fit")}}},
        {QStringLiteral("calibrate"),
         {cli::runCalibrate, {QStringLiteral("set"), QStringLiteral("format"), QStringLiteral("runs")}}},
        {QStringLiteral("links"), {cli::runLinks, {QStringLiteral("set"), QStringLiteral("format")}}},
        {QStringLiteral("memory-rule"),
         {cli::runMemoryRule,
          {QStringLiteral("set"), QStringLiteral("format"), QStringLiteral("limit-gb"),
           QStringLiteral("hbm-only"), QStringLiteral("catalog")}}},
        {QStringLiteral("tornado"),
         {cli::runTornado,
          {QStringLiteral("set"), QStringLiteral("format"), QStringLiteral("metric"),
           QStringLiteral("fit")}}},
    };
    return table;
}

// Options that take one value: given twice, which one was meant is unclear,
// so neither is taken.
const std::set<QString>& singleValueOptions()
{
    static const std::set<QString> names = {QStringLiteral("output"), QStringLiteral("format"),
                                            QStringLiteral("flop"), QStringLiteral("quality"),
                                            QStringLiteral("revision"), QStringLiteral("straggler"),
                                            QStringLiteral("samples"), QStringLiteral("seed"),
                                            QStringLiteral("profile"), QStringLiteral("fit"),
                                            QStringLiteral("metric"), QStringLiteral("runs"),
                                            QStringLiteral("limit-gb"), QStringLiteral("catalog")};
    return names;
}

void addOptions(QCommandLineParser* parser)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")},
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."),
         QStringLiteral("FILE")},
        {QStringLiteral("quality"), QStringLiteral("Quality scenario."), QStringLiteral("NAME")},
        {QStringLiteral("no-replica-penalty"), QStringLiteral("Switch the replica penalty off.")},
        {QStringLiteral("no-error-feedback"), QStringLiteral("Compress without error feedback.")},
        {QStringLiteral("straggler"), QStringLiteral("Straggler mode."), QStringLiteral("MODE")},
        {QStringLiteral("revision"), QStringLiteral("Model revision."), QStringLiteral("R")},
        {QStringLiteral("set"), QStringLiteral("Set a scenario key."), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("vary"), QStringLiteral("Vary a scenario key."),
         QStringLiteral("KEY=FROM:TO[:STEPS[:log]]")},
        {QStringLiteral("format"), QStringLiteral("Output format."), QStringLiteral("FORMAT")},
        {QStringLiteral("flop"), QStringLiteral("Target compute."), QStringLiteral("X")},
        {QStringLiteral("samples"), QStringLiteral("Monte Carlo samples."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S")},
        {QStringLiteral("profile"), QStringLiteral("Uncertainty profile."), QStringLiteral("NAME")},
        {QStringLiteral("fit"), QStringLiteral("Scaling-law fit."), QStringLiteral("NAME")},
        {QStringLiteral("metric"), QStringLiteral("Tornado metric."), QStringLiteral("NAME")},
        {QStringLiteral("runs"), QStringLiteral("Calibration runs file."), QStringLiteral("FILE")},
        {QStringLiteral("limit-gb"), QStringLiteral("Memory limit in GB."), QStringLiteral("L")},
        {QStringLiteral("hbm-only"), QStringLiteral("Count HBM only.")},
        {QStringLiteral("catalog"), QStringLiteral("Hardware catalog file."), QStringLiteral("FILE")},
    });
    parser->addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command."));
}

void reportError(const CliStreams& streams, const std::string& message)
{
    streams.err->append("error: " + printableText(message) + "\n");
}

// Runs the command into FILE through the one save path: a failed or killed
// run never leaves half an output, and the old FILE stays as it was.
int runIntoFile(const CommandSpec& command, const cli::CommandContext& context, const QString& path)
{
    SaveFile file(path);
    if (!file.open()) {
        reportError(context.streams, cannotWriteMessage(path, file.errorString()).toStdString());
        return kExitFailure;
    }
    const CliStreams toFile{[&file](std::string_view text) { return file.write(text); },
                            context.streams.err, [&file, &path] {
                                return cannotWriteMessage(path, file.errorString()).toStdString();
                            }};
    const int status = command.run({context.parser, context.positional, toFile, context.catalog});
    if (status != kExitSuccess) {
        file.cancel();
        return status;
    }
    if (!file.commit()) {
        reportError(context.streams, cannotWriteMessage(path, file.errorString()).toStdString());
        return kExitFailure;
    }
    return kExitSuccess;
}

} // namespace

int runDtx(const QStringList& arguments, const CliStreams& streams)
{
    QCommandLineParser parser;
    addOptions(&parser);
    if (!parser.parse(QStringList{QStringLiteral("dtx")} + arguments)) {
        reportError(streams, parser.errorText().toStdString());
        return kExitBadInput;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        const std::string version = "dtx " DTX_VERSION "\n";
        return streams.out(version) ? kExitSuccess : kExitFailure;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        if (positional.isEmpty() && !parser.isSet(QStringLiteral("help"))) {
            reportError(streams, "no command given");
            streams.err->append(kUsage);
            return kExitBadInput;
        }
        return streams.out(kUsage) ? kExitSuccess : kExitFailure;
    }
    const QString name = positional.takeFirst();
    const auto command = commands().find(name);
    if (command == commands().end()) {
        reportError(streams, "unknown command '" + name.toStdString()
                                 + "'; commands: report, evaluate, sweep, target, optimize, plan, revisions, uncertainty, tornado, calibrate, memory-rule, links");
        return kExitBadInput;
    }
    for (const QString& option : parser.optionNames()) {
        const QString longName = option == QLatin1String("o") ? QStringLiteral("output") : option;
        if (longName != QLatin1String("output") && longName != QLatin1String("revision")
            && !command->second.options.count(longName)) {
            reportError(streams, "--" + longName.toStdString() + " is not an option of 'dtx "
                                     + name.toStdString() + "'");
            return kExitBadInput;
        }
    }
    for (const QString& option : singleValueOptions())
        if (parser.values(option).size() > 1) {
            reportError(streams, "--" + option.toStdString()
                                     + " is given more than once; give it once");
            return kExitBadInput;
        }

    HardwareCatalog catalog;
    if (parser.isSet(QStringLiteral("catalog"))) {
        QString error;
        std::optional<HardwareCatalog> loaded =
            loadHardwareCatalogFile(parser.value(QStringLiteral("catalog")), &error);
        if (!loaded) {
            reportError(streams, "--catalog " + error.toStdString());
            return kExitBadInput;
        }
        catalog = std::move(*loaded);
    } else {
        catalog = builtInHardwareCatalog();
    }
    const cli::CommandContext context{parser, positional, streams, catalog};
    if (!parser.isSet(QStringLiteral("output")))
        return command->second.run(context);
    return runIntoFile(command->second, context, parser.value(QStringLiteral("output")));
}

} // namespace dtx
