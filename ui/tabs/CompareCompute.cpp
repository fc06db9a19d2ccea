#include "CompareCompute.hpp"

#include "DilocoModes.hpp"
#include "SweepGrid.hpp"

namespace dtx::ui {
namespace {

constexpr double kPlottedNodes = 10000;
constexpr double kMinMbps = 1;
constexpr double kMaxMbps = 10000;

PlotSeries computeLocalSeries(const std::vector<SweepPoint>& points, const QString& name)
{
    PlotSeries series{name, {}, {}, QStringLiteral("c_local")};
    for (const SweepPoint& point : points) {
        series.x.push_back(point.x);
        series.y.push_back(point.evaluation.computeLocal);
    }
    return series;
}

} // namespace

CompareColumn CompareCompute::column(const Scenario& scenario, const QString& name,
                                     const AnalysisSettings* settings)
{
    CompareColumn column{scenario, evaluate(scenario).evaluation, {}, {}, {}};
    column.byNodes = computeLocalSeries(
        sweepScenario(scenario, logIntegerGrid(1, sweepEndCovering(kPlottedNodes, double(scenario.nodes))),
                      [](Scenario& s, double n) { s.nodes = static_cast<std::int64_t>(n); }),
        name);
    column.byBandwidth = computeLocalSeries(
        sweepScenario(scenario,
                      logGrid(std::min(kMinMbps, scenario.wan.equivalentSymmetricMbps()),
                              sweepEndCovering(kMaxMbps, scenario.wan.equivalentSymmetricMbps())),
                      [](Scenario& s, double mbps) { s.wan.setBandwidth(mbps); }),
        name);
    if (settings) {
        const UncertaintyOutcome outcome =
            runUncertainty(settings->applied(scenario), settings->options(kIntervalSamples));
        column.uncertainty = outcome.summary;
    }
    return column;
}

} // namespace dtx::ui
