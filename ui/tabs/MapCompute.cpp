#include "MapCompute.hpp"

#include "Format.hpp"
#include "PlotColors.hpp"

#include <cmath>

namespace dtx::ui {
namespace {

// The first x of row `iy` from which the cells exceed `level`, if any.
std::optional<double> firstCrossing(const ThresholdMapGrid& grid, std::size_t iy, double level)
{
    for (std::size_t ix = 0; ix < grid.xs.size(); ++ix)
        if (grid.at(ix, iy) > level)
            return grid.xs[ix];
    return std::nullopt;
}

} // namespace

bool MapCompute::reads(const ChangeSet& changes)
{
    return changes.touchesAnyBut({QStringLiteral("scenario")}, {QStringLiteral("scenario.name")})
           || changes.touches(kAnalysisKey);
}

QString MapCompute::axisTitle(MapAxis axis)
{
    switch (axis) {
    case MapAxis::Nodes: return tr("Nodes");
    case MapAxis::Bandwidth: return tr("WAN bandwidth (Mbps)");
    case MapAxis::Latency: return tr("WAN latency (ms)");
    case MapAxis::Compression: return tr("Pseudo-gradient compression (×)");
    case MapAxis::Years: return tr("Time budget (years)");
    case MapAxis::CccThreshold: return tr("CCC threshold (H100-equivalents)");
    }
    return {};
}

QString MapCompute::axisValue(MapAxis axis, double value)
{
    switch (axis) {
    case MapAxis::Nodes: return tr("%Ln node(s)", nullptr, pluralCount(value));
    case MapAxis::Bandwidth: return formatBandwidth(value);
    case MapAxis::Latency: return tr("%1 ms").arg(formatSignificant(value, 3));
    case MapAxis::Compression: return formatMultiple(value);
    case MapAxis::Years: return formatMonths(value * 12);
    case MapAxis::CccThreshold: return tr("%1 H100e").arg(formatSignificant(value, 3));
    }
    return {};
}

QString MapCompute::metricTitle(MapMetric metric)
{
    switch (metric) {
    case MapMetric::ComputeQuality: return tr("C_quality (FLOP)");
    case MapMetric::ComputeLocal: return tr("C_local (FLOP)");
    case MapMetric::Eta: return tr("Efficiency eta");
    case MapMetric::Cost: return tr("Hardware cost (US$)");
    }
    return {};
}

QString MapCompute::metricValue(MapMetric metric, double value)
{
    switch (metric) {
    case MapMetric::ComputeQuality:
    case MapMetric::ComputeLocal: return formatFlop(value);
    case MapMetric::Eta: return formatPercent(value);
    case MapMetric::Cost: return formatUsd(value);
    }
    return {};
}

MapResult MapCompute::run(const Scenario& input, const AnalysisSettings& settings, bool coarse)
{
    MapResult result;
    result.coarse = coarse;
    const Scenario scenario = settings.applied(input);
    const MapAxisRange x = defaultMapAxisRange(settings.mapX, scenario);
    const MapAxisRange y = defaultMapAxisRange(settings.mapY, scenario);
    const int cells = coarse ? kCoarseCells : kCells;
    result.grid = computeThresholdMap(scenario, x, y, cells, cells, settings.mapMetric);

    if (metricIsCompute(settings.mapMetric)) {
        const double strict = scenario.treaty.strictThresholdFlop;
        for (double level : {1e24, 1e25, 1e26}) {
            if (std::abs(level / strict - 1) < 1e-12)
                continue; // drawn once, as the Strict Threshold
            const Qt::PenStyle style = level < 2e24   ? Qt::DotLine
                                       : level < 2e25 ? Qt::SolidLine
                                                      : Qt::DashLine;
            result.contours.push_back({formatPowerOfTen(level, 1) + tr(" FLOP"), Qt::black,
                                       style, contourSegments(result.grid, level, true)});
        }
        result.contours.push_back({tr("Strict Threshold %1").arg(formatFlop(strict)),
                                   colors::kStrictThreshold, Qt::SolidLine,
                                   contourSegments(result.grid, strict, true)});
    }
    if (!coarse && settings.mapProbabilityThreshold > 0) {
        result.probabilityCells = kProbabilityCells;
        result.probabilitySamples = kProbabilitySamples;
        UncertaintyOptions options = settings.options(kProbabilitySamples);
        options.keepSamples = true;
        const ThresholdMapGrid probability =
            computeExceedanceMap(scenario, x, y, kProbabilityCells, kProbabilityCells,
                                 settings.mapProbabilityThreshold, options);
        const QString threshold = formatFlop(settings.mapProbabilityThreshold);
        for (double p : {0.5, 0.95})
            result.contours.push_back(
                {tr("P(C_quality > %1) = %2").arg(threshold, formatPercent(p)),
                 p < 0.9 ? colors::kComputeRule : colors::kComputeQuality, Qt::DashDotLine,
                 contourSegments(probability, p, false)});
    }

    result.data = {axisTitle(settings.mapX), metricTitle(settings.mapMetric), {}};
    for (std::size_t iy = 0; iy < result.grid.ys.size(); ++iy) {
        PlotSeries row{axisTitle(settings.mapY) + QStringLiteral(" = ")
                           + QString::number(result.grid.ys[iy], 'g', 6),
                       result.grid.xs,
                       {},
                       QStringLiteral("row")};
        row.y.assign(result.grid.values.begin() + std::ptrdiff_t(iy * result.grid.xs.size()),
                     result.grid.values.begin() + std::ptrdiff_t((iy + 1) * result.grid.xs.size()));
        result.data.series.push_back(std::move(row));
    }

    // The sentence: along the scenario's own row, where compute crosses.
    if (metricIsCompute(settings.mapMetric)) {
        // The scenario's own row, evaluated at its exact value.
        const double own = mapAxisValue(settings.mapY, scenario);
        const ThresholdMapGrid row = computeThresholdMap(
            scenario, x, {settings.mapY, own, own, true}, cells, 2, settings.mapMetric);
        const QString at = axisValue(settings.mapY, own);
        QStringList crossings;
        for (double level : {1e24, 1e25, 1e26}) {
            if (const std::optional<double> from = firstCrossing(row, 0, level))
                crossings << tr("%1 from %2").arg(formatPowerOfTen(level, 1),
                                                  axisValue(settings.mapX, *from));
        }
        result.sentence =
            crossings.isEmpty()
                ? tr("At %1, %2 stays below 10²⁴ FLOP across the map.")
                      .arg(at, metricTitle(settings.mapMetric).section(QLatin1Char(' '), 0, 0))
                : tr("At %1 (the scenario's row), %2 crosses %3; the lines show where it "
                     "crosses for every value of “%4”.")
                      .arg(at, metricTitle(settings.mapMetric).section(QLatin1Char(' '), 0, 0),
                           crossings.join(tr(", ")), axisTitle(settings.mapY));
    } else {
        result.sentence = tr("%1 over %2 and %3; hover a cell for its values.")
                              .arg(metricTitle(settings.mapMetric), axisTitle(settings.mapX),
                                   axisTitle(settings.mapY));
    }
    return result;
}

} // namespace dtx::ui
