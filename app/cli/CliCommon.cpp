#include "CliCommon.hpp"

#include "PrintableText.hpp"

#include <cstdio>

namespace dtx::cli {

int fail(const CommandContext& context, const QString& message)
{
    context.streams.err->append("error: " + printableText(message.toStdString()) + "\n");
    return kExitBadInput;
}

std::optional<OutputFormat> outputFormat(const CommandContext& context,
                                         std::initializer_list<OutputFormat> allowed,
                                         OutputFormat fallback, int* exitCode)
{
    if (!context.parser.isSet(QStringLiteral("format")))
        return fallback;
    const QString name = context.parser.value(QStringLiteral("format"));
    OutputFormat format;
    if (name == QLatin1String("text"))
        format = OutputFormat::Text;
    else if (name == QLatin1String("json"))
        format = OutputFormat::Json;
    else if (name == QLatin1String("csv"))
        format = OutputFormat::Csv;
    else {
        *exitCode = fail(context, QStringLiteral("--format: unknown format '%1'").arg(name));
        return std::nullopt;
    }
    for (OutputFormat offered : allowed)
        if (offered == format)
            return format;
    *exitCode = fail(context, QStringLiteral("--format: '%1' is not offered by this command").arg(name));
    return std::nullopt;
}

std::optional<Revision> revisionOption(const CommandContext& context, int* exitCode)
{
    *exitCode = kExitSuccess;
    if (!context.parser.isSet(QStringLiteral("revision")))
        return std::nullopt;
    const QString name = context.parser.value(QStringLiteral("revision"));
    Revision revision = kDefaultRevision;
    if (!parseRevision(name.toStdString(), &revision)) {
        *exitCode = fail(context, QStringLiteral("--revision: unknown model revision '%1'; use "
                                                 "2026-02 or 2026-04")
                                      .arg(name));
        return std::nullopt;
    }
    return revision;
}

std::optional<Scenario> scenarioFromArguments(const CommandContext& context, int* exitCode)
{
    if (context.positional.size() > 1) {
        *exitCode = fail(context, QStringLiteral("unexpected argument '%1' (give at most one FILE)")
                                      .arg(context.positional[1]));
        return std::nullopt;
    }
    std::vector<ScenarioAssignment> assignments;
    if (const std::optional<Revision> revision = revisionOption(context, exitCode))
        assignments.push_back({"revision", std::string(revisionName(*revision))});
    else if (*exitCode != kExitSuccess)
        return std::nullopt;
    for (const QString& text : context.parser.values(QStringLiteral("set"))) {
        ScenarioAssignment assignment;
        if (!parseAssignment(text.toStdString(), &assignment)) {
            *exitCode = fail(context, QStringLiteral("--set %1: expected KEY=VALUE").arg(text));
            return std::nullopt;
        }
        assignments.push_back(assignment);
    }
    const ScenarioLoad load =
        context.positional.isEmpty()
            ? loadScenario(QByteArray(), QString(), assignments, context.catalog)
            : loadScenarioFile(context.positional[0], assignments, context.catalog);
    if (!load.ok()) {
        *exitCode = fail(context, load.error);
        return std::nullopt;
    }
    return load.scenario;
}

std::optional<OutputFormat> textJsonOrCsv(const CommandContext& context, int* exitCode)
{
    return outputFormat(context, {OutputFormat::Text, OutputFormat::Json, OutputFormat::Csv},
                        OutputFormat::Text, exitCode);
}

int writeAs(const CommandContext& context, OutputFormat format, const Renderings& renderings)
{
    switch (format) {
    case OutputFormat::Json: return writeOutput(context, renderings.json());
    case OutputFormat::Csv: return writeOutput(context, renderings.csv());
    case OutputFormat::Text: break;
    }
    return writeOutput(context, renderings.text());
}

int writeFailure(const CommandContext& context)
{
    const std::string why = context.streams.whyOutFailed ? context.streams.whyOutFailed()
                                                         : std::string("cannot write the output");
    context.streams.err->append("error: " + printableText(why) + "\n");
    return kExitFailure;
}

int writeOutput(const CommandContext& context, std::string_view text)
{
    return context.streams.out(text) ? kExitSuccess : writeFailure(context);
}

std::string formatFixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string formatGeneral(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

std::string withThousands(long long value)
{
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 1);
    if (value < 0)
        grouped.push_back('-');
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped.push_back(',');
        grouped.push_back(digits[i]);
    }
    return grouped;
}

} // namespace dtx::cli
