#include "AnalysisOptions.hpp"

#include "InputLimits.hpp"
#include "ScenarioFile.hpp"
#include "SweepGrid.hpp"

#include <QStringList>

#include <charconv>
#include <cmath>

namespace dtx::cli {
namespace {

constexpr double kDefaultSteps = 50;
constexpr double kMaxStepsPerAxis = 1e6;

} // namespace

std::optional<UncertaintyOptions> uncertaintyOptions(const CommandContext& context, int* exitCode)
{
    UncertaintyOptions options;
    const QCommandLineParser& parser = context.parser;
    if (parser.isSet(QStringLiteral("samples"))) {
        const QString text = parser.value(QStringLiteral("samples"));
        double samples = 0;
        if (!parseNumberText(text.toStdString(), &samples) || samples != std::floor(samples)
            || samples < static_cast<double>(kMinUncertaintySamples)
            || samples > static_cast<double>(kMaxUncertaintySamples)) {
            *exitCode = fail(context, QStringLiteral("--samples '%1': a whole number from 1,000 "
                                                     "to 1,000,000")
                                          .arg(text));
            return std::nullopt;
        }
        options.samples = static_cast<std::size_t>(samples);
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        const std::string text = parser.value(QStringLiteral("seed")).toStdString();
        std::uint64_t seed = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seed);
        if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
            *exitCode = fail(context, QStringLiteral("--seed '%1': a whole number from 0 to "
                                                     "18446744073709551615")
                                          .arg(QString::fromStdString(text)));
            return std::nullopt;
        }
        options.seed = seed;
    }
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString text = parser.value(QStringLiteral("profile"));
        if (!parseUncertaintyProfile(text.toStdString(), &options.profile)) {
            *exitCode = fail(context,
                             QStringLiteral("--profile '%1': expected standard or wide").arg(text));
            return std::nullopt;
        }
    }
    return options;
}

bool applyScalingLawFit(const CommandContext& context, Scenario* scenario, int* exitCode)
{
    if (!context.parser.isSet(QStringLiteral("fit")))
        return true;
    const QString text = context.parser.value(QStringLiteral("fit"));
    ScalingLawFit fit{};
    if (!parseScalingLawFit(text.toStdString(), &fit)) {
        *exitCode =
            fail(context, QStringLiteral("--fit '%1': expected besiroglu or hoffmann").arg(text));
        return false;
    }
    scenario->hooks.fit = chinchillaFit(fit);
    return true;
}

std::optional<VaryAxis> parseVaryAxis(const CommandContext& context, const QString& spec,
                                      int* exitCode)
{
    const auto bad = [&](const QString& why) {
        *exitCode = fail(context, QStringLiteral("--vary %1: %2").arg(spec, why));
        return std::nullopt;
    };
    ScenarioAssignment assignment;
    if (!parseAssignment(spec.toStdString(), &assignment))
        return bad(QStringLiteral("expected KEY=FROM:TO[:STEPS[:log]]"));
    const std::optional<ScenarioValueType> type = scenarioKeyType(assignment.key);
    if (!type || *type == ScenarioValueType::Text || *type == ScenarioValueType::Boolean)
        return bad(QStringLiteral("'%1' is not a numeric scenario key")
                       .arg(QString::fromStdString(assignment.key)));
    const QStringList parts = QString::fromStdString(assignment.value).split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 4)
        return bad(QStringLiteral("expected FROM:TO[:STEPS[:log]]"));
    double from = 0;
    double to = 0;
    double steps = kDefaultSteps;
    if (!parseNumberText(parts[0].toStdString(), &from) || !std::isfinite(from))
        return bad(QStringLiteral("FROM '%1' is not a finite number").arg(parts[0]));
    if (!parseNumberText(parts[1].toStdString(), &to) || !std::isfinite(to))
        return bad(QStringLiteral("TO '%1' is not a finite number").arg(parts[1]));
    if (parts.size() >= 3
        && (!parseNumberText(parts[2].toStdString(), &steps) || steps != std::floor(steps)
            || steps < 1 || steps > kMaxStepsPerAxis))
        return bad(QStringLiteral("STEPS '%1' must be a whole number from 1 to 1000000").arg(parts[2]));
    const bool logarithmic = parts.size() == 4;
    if (logarithmic && parts[3] != QLatin1String("log"))
        return bad(QStringLiteral("the fourth part must be 'log', not '%1'").arg(parts[3]));
    if (logarithmic && !(from > 0 && to > 0))
        return bad(QStringLiteral("log spacing needs FROM and TO above 0"));

    VaryAxis axis{assignment.key, {}};
    // Whole-number keys are rounded (CLI.md), the nullable ones too
    // (training.inner_steps).
    const InputLimit* limit = scenarioInputLimit(assignment.key);
    axis.values = sweepValues(from, to, static_cast<int>(steps), logarithmic,
                              *type == ScenarioValueType::Integer || (limit && limit->whole));
    return axis;
}

} // namespace dtx::cli
