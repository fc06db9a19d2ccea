#include "StoryText.hpp"

#include "Constants.hpp"
#include "Countermeasures.hpp"
#include "Format.hpp"
#include "NodesForTarget.hpp"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace dtx::ui {
namespace {

QString nodesFor(const Scenario& scenario, double flop)
{
    const NodesForTargetResult result = nodesForTarget(scenario, flop);
    if (!result.reached)
        return QCoreApplication::translate("dtx::ui::StoryText", "more than %1")
            .arg(formatCount(double(kMaxSearchNodes)));
    return formatCount(double(result.nodes));
}

} // namespace

QString fillStoryText(const QString& text, const Scenario& scenario, const Evaluation* evaluation,
                      const HardwareCatalog& catalog)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    const auto systems = [&] { return collateralSystems(catalog, scenario.revision); };
    const auto value = [&](const QString& name) -> QString {
        const Scenario& s = scenario;
        if (name == QLatin1String("name"))
            return QString::fromStdString(s.name);
        if (name == QLatin1String("nodes"))
            return formatCount(double(s.nodes));
        if (name == QLatin1String("node"))
            return QString::fromStdString(s.node.name);
        if (name == QLatin1String("bandwidth"))
            return formatWanBandwidth(s.wan);
        if (name == QLatin1String("latency"))
            return QCoreApplication::translate("dtx::ui::StoryText", "%1 ms").arg(formatSignificant(s.wan.latencyMs));
        if (name == QLatin1String("compression"))
            return formatMultiple(s.training.compression);
        if (name == QLatin1String("budget"))
            return formatMonths(s.training.years * kMonthsPerYear);
        if (name == QLatin1String("ccc_threshold"))
            return formatSignificant(s.treaty.cccThresholdH100e);
        if (name == QLatin1String("memory_threshold"))
            return s.treaty.memoryThresholdGb
                       ? QCoreApplication::translate("dtx::ui::StoryText", "%1 GB")
                             .arg(formatCount(*s.treaty.memoryThresholdGb))
                       : QCoreApplication::translate("dtx::ui::StoryText", "none");
        if (name == QLatin1String("reference_systems"))
            return formatCount(double(systems().size()));
        if (name == QLatin1String("systems_caught_by_ccc"))
            return formatCount(systemsCaughtByCompute(systems(), s.treaty.cccThresholdH100e));
        if (name == QLatin1String("systems_caught_by_memory"))
            return formatCount(s.treaty.memoryThresholdGb
                                   ? systemsCaughtByMemory(systems(), *s.treaty.memoryThresholdGb)
                                   : 0);
        if (name == QLatin1String("nodes_for_strict"))
            return nodesFor(s, s.treaty.strictThresholdFlop);
        for (const auto& [key, flop] : {std::pair{"nodes_for_1e24", 1e24}, std::pair{"nodes_for_1e25", 1e25},
                                        std::pair{"nodes_for_1e26", 1e26}, std::pair{"nodes_for_1e27", 1e27}})
            if (name == QLatin1String(key))
                return nodesFor(s, flop);
        if (!evaluation)
            return QLatin1Char('{') + name + QLatin1Char('}');
        const Evaluation& e = *evaluation;
        if (name == QLatin1String("gpus"))
            return formatCount(e.totalGpus);
        if (name == QLatin1String("model_size"))
            return formatParamsB(e.paramsB);
        if (name == QLatin1String("c_local"))
            return formatFlop(e.computeLocal);
        if (name == QLatin1String("c_quality"))
            return formatFlop(e.computeQuality);
        if (name == QLatin1String("eta"))
            return formatPercent(e.eta);
        if (name == QLatin1String("cost"))
            return formatUsd(e.costUsd);
        if (name == QLatin1String("threshold_multiple"))
            return formatMultiple(e.thresholdMultiple);
        if (name == QLatin1String("h"))
            return formatCount(e.innerSteps);
        return QLatin1Char('{') + name + QLatin1Char('}');
    };
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z0-9_]+)\\}"));
    QString filled;
    qsizetype at = 0;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text)) {
        filled += text.mid(at, match.capturedStart() - at);
        filled += value(match.captured(1));
        at = match.capturedEnd();
    }
    filled += text.mid(at);
    return filled;
}

} // namespace dtx::ui
