#include "UncertaintyCompute.hpp"

#include "CoreTerms.hpp"
#include "Format.hpp"
#include "SweepGrid.hpp"

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

constexpr double kPlottedNodes = 10000;
constexpr int kHistogramBins = 40;

std::vector<double> fanNodeCounts(const Scenario& scenario, int points)
{
    return logIntegerGrid(1, sweepEndCovering(kPlottedNodes, double(scenario.nodes)), points);
}

PlotData histogramOf(const std::vector<double>& samples)
{
    PlotData data{UncertaintyCompute::tr("log₁₀ C_quality (FLOP)"),
                  UncertaintyCompute::tr("Share of samples (%)"), {}};
    std::vector<double> logs;
    logs.reserve(samples.size());
    for (double v : samples)
        if (v > 0)
            logs.push_back(std::log10(v));
    if (logs.empty())
        return data;
    const auto [lo, hi] = std::minmax_element(logs.begin(), logs.end());
    const double width = std::max((*hi - *lo) / kHistogramBins, 1e-6);
    std::vector<double> counts(kHistogramBins, 0.0);
    for (double v : logs)
        counts[std::min<std::size_t>(kHistogramBins - 1,
                                     static_cast<std::size_t>((v - *lo) / width))] += 1;
    PlotSeries series{UncertaintyCompute::tr("Samples"), {}, {}, QStringLiteral("histogram")};
    for (int i = 0; i < kHistogramBins; ++i) {
        series.x.push_back(*lo + (i + 0.5) * width);
        series.y.push_back(100.0 * counts[i] / static_cast<double>(logs.size()));
    }
    data.series.push_back(std::move(series));
    return data;
}

// The tornado as plot numbers: per row, the change from the point estimate
// at the low and the high value (x, %), at the row's place from the top (y).
PlotData tornadoPlotData(const Tornado& tornado)
{
    PlotData data{UncertaintyCompute::tr("Change from the point estimate (%)"),
                  UncertaintyCompute::tr("Input (row from the bottom)"), {}};
    const double rows = static_cast<double>(tornado.rows.size());
    const auto change = [&](double v) {
        return tornado.baseline != 0 ? 100.0 * (v / tornado.baseline - 1.0) : 0.0;
    };
    for (std::size_t i = 0; i < tornado.rows.size(); ++i) {
        const TornadoRow& row = tornado.rows[i];
        const double y = rows - static_cast<double>(i);
        data.series.push_back({UncertaintyCompute::rowLabel(row),
                               {change(row.metricLow), change(row.metricHigh)},
                               {y, y},
                               QStringLiteral("tornado")});
    }
    return data;
}

QString powerOfTenName(double flop)
{
    return formatPowerOfTen(flop, 1);
}

} // namespace

bool UncertaintyCompute::reads(const ChangeSet& changes)
{
    return changes.touchesAnyBut({QStringLiteral("scenario")}, {QStringLiteral("scenario.name")})
           || changes.touches(kAnalysisKey);
}

QString UncertaintyCompute::rowLabel(const TornadoRow& row)
{
    if (row.uncertainInput)
        return QCoreApplication::translate("dtx::UncertainInput",
                                           uncertainInputLabel(*row.uncertainInput));
    return QCoreApplication::translate("dtx::TornadoLever", tornadoLeverLabel(*row.leverInput));
}

QString UncertaintyCompute::rowDetail(const TornadoRow& row, const AnalysisSettings& settings,
                                      UncertainMetric metric)
{
    const auto value = [&](double v) { return formatSignificant(v, 4); };
    QString text = tr("%1: %2 at %3, %4 at %5 (swing %6)")
                       .arg(rowLabel(row), CoreTerms::metricValue(metric, row.metricLow),
                            value(row.lowValue), CoreTerms::metricValue(metric, row.metricHigh),
                            value(row.highValue), formatPercent(row.swingRelative));
    if (row.uncertainInput)
        text += QLatin1Char('\n')
                + tr("Range: %1")
                      .arg(QCoreApplication::translate(
                          "dtx::UncertainInput",
                          uncertainInputSource(*row.uncertainInput, settings.profile)));
    else
        text += QLatin1Char('\n') + tr("Range: a lever set to fixed values (ANALYSES.md A3)");
    return text;
}

QString UncertaintyCompute::sentence(const Scenario& scenario, const UncertaintySummary& summary,
                                     const Tornado& tornado)
{
    // The two powers of ten around the median: the one it passes and the next.
    const double median = summary.of(UncertainMetric::ComputeQuality).q50;
    const double lower = std::clamp(std::floor(std::log10(std::max(median, 1.0))), 24.0, 25.0);
    const auto probabilityAbove = [&](double exponent) {
        const ExceedanceEvent event = exponent <= 24   ? ExceedanceEvent::Quality1e24
                                      : exponent <= 25 ? ExceedanceEvent::Quality1e25
                                                       : ExceedanceEvent::Quality1e26;
        return formatPercent(summary.of(event).probability);
    };
    const QuantileSummary& q = summary.of(UncertainMetric::ComputeQuality);
    QString text = tr("With these inputs, %Ln node(s) reach a median C_quality of %1 (90 % "
                      "between %2 and %3); they cross %4 with probability %5 and %6 with "
                      "probability %7",
                      nullptr, pluralCount(double(scenario.nodes)))
                       .arg(formatFlop(q.q50), formatPowerOfTen(q.q05), formatPowerOfTen(q.q95),
                            powerOfTenName(std::pow(10.0, lower)), probabilityAbove(lower),
                            powerOfTenName(std::pow(10.0, lower + 1)), probabilityAbove(lower + 1));
    if (!tornado.rows.empty() && tornado.rows.front().swing > 0)
        text += tr("; what matters most is “%1” (%2 swing)")
                    .arg(rowLabel(tornado.rows.front()),
                         formatPercent(tornado.rows.front().swingRelative));
    return text + QLatin1Char('.');
}

UncertaintyResult UncertaintyCompute::run(const Scenario& input, const AnalysisSettings& settings,
                                          bool coarse)
{
    UncertaintyResult result;
    result.coarse = coarse;
    const Scenario scenario = settings.applied(input);
    const UncertainMetric fanMetric =
        settings.fanShowsLocal ? UncertainMetric::ComputeLocal : UncertainMetric::ComputeQuality;
    result.fan = {tr("Nodes"), CoreTerms::metricTitle(fanMetric), {}};
    result.exceedance = {tr("Nodes"), tr("Probability"), {}};

    // At the scenario: the histogram's samples, its quantiles and the sentence.
    result.histogramSamples = coarse ? kCoarseHistogramSamples : settings.samples;
    UncertaintyOptions options = settings.options(result.histogramSamples);
    options.keepSamples = true;
    const UncertaintyOutcome at = runUncertainty(scenario, options);
    if (!at.ok()) {
        result.problem = CoreTerms::inputErrorText(at.error);
        return result;
    }
    result.atScenario = at.summary;
    result.histogram = histogramOf(at.summary->computeQualitySamples);
    result.atScenario->computeQualitySamples.clear();
    result.atScenario->computeLocalSamples.clear();
    const TornadoOutcome tornado = computeTornado(scenario, UncertainMetric::ComputeQuality);
    if (tornado.ok()) {
        result.tornado = tornado.tornado;
        result.tornadoData = tornadoPlotData(*tornado.tornado);
        result.sentence = sentence(scenario, *result.atScenario, *tornado.tornado);
    }

    // Along the node count, with the same samples at every count.
    result.fanSamples = coarse ? kCoarseSamples : kFanSamples;
    const std::vector<double> nodes =
        fanNodeCounts(scenario, coarse ? kCoarseFanNodeCounts : kFanNodeCounts);
    std::vector<Scenario> points;
    for (double n : nodes) {
        Scenario point = scenario;
        point.nodes = static_cast<std::int64_t>(n);
        points.push_back(std::move(point));
    }
    const std::vector<UncertaintyOutcome> sweep =
        runUncertaintySweep(points, settings.options(result.fanSamples));
    PlotSeries low{tr("5th percentile"), {}, {}, QStringLiteral("band_low")};
    PlotSeries high{tr("95th percentile"), {}, {}, QStringLiteral("band_high")};
    PlotSeries median{tr("Median"), {}, {}, QStringLiteral("median")};
    PlotSeries deterministic{tr("Point estimate (no uncertainty)"), {}, {}, QStringLiteral("deterministic")};
    PlotSeries p24{tr("P(C_quality > 10²⁴)"), {}, {}, QStringLiteral("p_1e24")};
    PlotSeries p25{tr("P(C_quality > 10²⁵)"), {}, {}, QStringLiteral("p_1e25")};
    PlotSeries p26{tr("P(C_quality > 10²⁶)"), {}, {}, QStringLiteral("p_1e26")};
    PlotSeries pStrict{tr("P(C_quality > Strict Threshold)"), {}, {}, QStringLiteral("p_strict")};
    for (std::size_t i = 0; i < sweep.size(); ++i) {
        if (!sweep[i].ok())
            continue;
        const UncertaintySummary& s = *sweep[i].summary;
        const QuantileSummary& q = s.of(fanMetric);
        for (PlotSeries* series : {&low, &high, &median, &deterministic, &p24, &p25, &p26, &pStrict})
            series->x.push_back(nodes[i]);
        low.y.push_back(q.q05);
        high.y.push_back(q.q95);
        median.y.push_back(q.q50);
        deterministic.y.push_back(s.deterministicOf(fanMetric));
        p24.y.push_back(s.of(ExceedanceEvent::Quality1e24).probability);
        p25.y.push_back(s.of(ExceedanceEvent::Quality1e25).probability);
        p26.y.push_back(s.of(ExceedanceEvent::Quality1e26).probability);
        pStrict.y.push_back(s.of(ExceedanceEvent::QualityStrict).probability);
    }
    result.fan.series = {std::move(low), std::move(high), std::move(median),
                         std::move(deterministic)};
    result.exceedance.series = {std::move(p24), std::move(p25), std::move(p26), std::move(pStrict)};
    return result;
}

} // namespace dtx::ui
