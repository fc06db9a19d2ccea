#include "ThresholdMap.hpp"

#include "DilocoModes.hpp"
#include "ParallelFor.hpp"
#include "SweepGrid.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dtx {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

constexpr std::array<std::string_view, 6> kAxisNames = {
    "nodes", "bandwidth", "latency", "compression", "years", "ccc_threshold"};
constexpr std::array<std::string_view, 4> kMetricNames = {"c_quality", "c_local", "eta",
                                                          "cost_usd"};

// The usual span of each axis: what a policy question ranges over.
struct UsualSpan {
    double from;
    double to;
    bool logarithmic;
};
constexpr std::array<UsualSpan, 6> kUsualSpans = {{
    {2, 10000, true},   // nodes
    {1, 10000, true},   // Mbps: a home uplink to a leased 10 Gbit/s line
    {1, 1000, true},    // ms: a metro link to a satellite hop
    {1, 1000, true},    // compression ratio
    {0.25, 5, true},    // years
    {1, 64, true},      // H100-equivalents
}};

double interpolateOnAxis(double a, double b, double t, bool logarithmic)
{
    if (logarithmic)
        return std::pow(10.0, std::log10(a) + t * (std::log10(b) - std::log10(a)));
    return a + t * (b - a);
}

} // namespace

std::string_view mapAxisName(MapAxis axis)
{
    return kAxisNames[static_cast<std::size_t>(axis)];
}

bool parseMapAxis(std::string_view text, MapAxis* axis)
{
    for (MapAxis a : kMapAxes) {
        if (text == mapAxisName(a)) {
            *axis = a;
            return true;
        }
    }
    return false;
}

std::string_view mapMetricName(MapMetric metric)
{
    return kMetricNames[static_cast<std::size_t>(metric)];
}

double mapMetricOf(const Evaluation& e, MapMetric metric)
{
    switch (metric) {
    case MapMetric::ComputeQuality:
        return e.computeQuality;
    case MapMetric::ComputeLocal:
        return e.computeLocal;
    case MapMetric::Eta:
        return e.eta;
    case MapMetric::Cost:
        return e.costUsd;
    }
    return kNaN;
}

double mapAxisValue(MapAxis axis, const Scenario& scenario)
{
    switch (axis) {
    case MapAxis::Nodes:
        return static_cast<double>(scenario.nodes);
    case MapAxis::Bandwidth:
        return scenario.wan.equivalentSymmetricMbps();
    case MapAxis::Latency:
        return scenario.wan.latencyMs;
    case MapAxis::Compression:
        return scenario.training.compression;
    case MapAxis::Years:
        return scenario.training.years;
    case MapAxis::CccThreshold:
        return scenario.treaty.cccThresholdH100e;
    }
    return kNaN;
}

MapAxisRange defaultMapAxisRange(MapAxis axis, const Scenario& scenario)
{
    const UsualSpan& span = kUsualSpans[static_cast<std::size_t>(axis)];
    const double value = mapAxisValue(axis, scenario);
    MapAxisRange range{axis, span.from, span.to, span.logarithmic};
    if (value > 0 && std::isfinite(value)) {
        range.to = sweepEndCovering(span.to, value);
        range.from = std::min(span.from, value / 1.5);
        if (axis == MapAxis::Nodes)
            range.from = std::max(1.0, std::floor(range.from));
    }
    return range;
}

NodeConfig largestNodeUnderThreshold(const NodeConfig& node, double thresholdH100e)
{
    const double perGpuH100e = node.h100Equiv / node.gpuCount;
    // The same rule as isUnderThreshold (≤), kept to whole GPUs.
    int count = static_cast<int>(std::floor(thresholdH100e / perGpuH100e * (1 + 1e-12)));
    count = std::max(1, count);
    const double scale = static_cast<double>(count) / node.gpuCount;
    NodeConfig resized = node;
    resized.gpuCount = count;
    resized.pflops = node.pflops * scale;
    resized.pflopsFp16 = node.pflopsFp16 * scale;
    resized.vramGb = node.vramGb * scale;
    resized.h100Equiv = node.h100Equiv * scale;
    return resized;
}

void setMapAxis(MapAxis axis, double value, Scenario* scenario)
{
    switch (axis) {
    case MapAxis::Nodes:
        scenario->nodes = static_cast<std::int64_t>(std::llround(std::max(1.0, value)));
        break;
    case MapAxis::Bandwidth:
        scenario->wan.setBandwidth(value);
        break;
    case MapAxis::Latency:
        scenario->wan.latencyMs = value;
        break;
    case MapAxis::Compression:
        scenario->training.compression = value;
        break;
    case MapAxis::Years:
        scenario->training.years = value;
        break;
    case MapAxis::CccThreshold:
        scenario->treaty.cccThresholdH100e = value;
        scenario->node = largestNodeUnderThreshold(scenario->node, value);
        break;
    }
}

std::vector<double> mapAxisCells(const MapAxisRange& range, int cells)
{
    std::vector<double> values(static_cast<std::size_t>(std::max(cells, 2)));
    const double last = static_cast<double>(values.size() - 1);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = interpolateOnAxis(range.from, range.to, static_cast<double>(i) / last,
                                      range.logarithmic);
    values.front() = range.from;
    values.back() = range.to;
    return values;
}

namespace {

// The scenario at one cell: the node restored first, so that a CCC axis
// always resizes the scenario's own node.
void moveToCell(const Scenario& base, const ThresholdMapGrid& grid, std::size_t ix,
                std::size_t iy, Scenario* cell)
{
    cell->node = base.node;
    cell->treaty.cccThresholdH100e = base.treaty.cccThresholdH100e;
    setMapAxis(grid.y.axis, grid.ys[iy], cell);
    setMapAxis(grid.x.axis, grid.xs[ix], cell);
}

ThresholdMapGrid emptyGrid(const MapAxisRange& x, const MapAxisRange& y, int xCells, int yCells)
{
    ThresholdMapGrid grid;
    grid.x = x;
    grid.y = y;
    grid.xs = mapAxisCells(x, xCells);
    grid.ys = mapAxisCells(y, yCells);
    grid.values.assign(grid.xs.size() * grid.ys.size(), kNaN);
    return grid;
}

} // namespace

ThresholdMapGrid computeThresholdMap(const Scenario& scenario, const MapAxisRange& x,
                                     const MapAxisRange& y, int xCells, int yCells,
                                     MapMetric metric, unsigned threads)
{
    ThresholdMapGrid grid = emptyGrid(x, y, xCells, yCells);
    parallelFor(grid.ys.size(), resolvedThreadCount(threads),
                [&](std::size_t begin, std::size_t end) {
                    Scenario cell = scenario;
                    for (std::size_t iy = begin; iy < end; ++iy) {
                        for (std::size_t ix = 0; ix < grid.xs.size(); ++ix) {
                            moveToCell(scenario, grid, ix, iy, &cell);
                            const EvaluationOutcome outcome = evaluate(cell);
                            if (outcome.ok())
                                grid.values[iy * grid.xs.size() + ix] =
                                    mapMetricOf(*outcome.evaluation, metric);
                        }
                    }
                });
    return grid;
}

ThresholdMapGrid computeExceedanceMap(const Scenario& scenario, const MapAxisRange& x,
                                      const MapAxisRange& y, int xCells, int yCells,
                                      double thresholdFlop, const UncertaintyOptions& options)
{
    ThresholdMapGrid grid = emptyGrid(x, y, xCells, yCells);
    std::vector<Scenario> cells(grid.values.size(), scenario);
    for (std::size_t iy = 0; iy < grid.ys.size(); ++iy)
        for (std::size_t ix = 0; ix < grid.xs.size(); ++ix)
            moveToCell(scenario, grid, ix, iy, &cells[iy * grid.xs.size() + ix]);
    const std::vector<UncertaintyOutcome> outcomes = runUncertaintySweep(cells, options);
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i].ok())
            continue;
        const auto& samples = outcomes[i].summary->computeQualitySamples;
        grid.values[i] = samples.empty()
                             ? kNaN
                             : exceedance(samples, thresholdFlop).probability;
    }
    return grid;
}

std::vector<ContourSegment> contourSegments(const ThresholdMapGrid& grid, double level,
                                            bool logValues)
{
    // Signed distance to the level in the scale the values are drawn in.
    const auto distance = [&](double v) {
        if (!logValues)
            return v - level;
        return v > 0 ? std::log10(v) - std::log10(level) : -std::numeric_limits<double>::max();
    };
    struct Point {
        double x, y;
    };
    std::vector<ContourSegment> segments;
    const std::size_t nx = grid.xs.size();
    const std::size_t ny = grid.ys.size();
    for (std::size_t iy = 0; iy + 1 < ny; ++iy) {
        for (std::size_t ix = 0; ix + 1 < nx; ++ix) {
            // Corners counter-clockwise from the bottom left.
            const std::array<double, 4> v = {grid.at(ix, iy), grid.at(ix + 1, iy),
                                             grid.at(ix + 1, iy + 1), grid.at(ix, iy + 1)};
            if (std::any_of(v.begin(), v.end(), [](double c) { return std::isnan(c); }))
                continue;
            const std::array<double, 4> d = {distance(v[0]), distance(v[1]), distance(v[2]),
                                             distance(v[3])};
            const std::array<double, 4> cx = {grid.xs[ix], grid.xs[ix + 1], grid.xs[ix + 1],
                                              grid.xs[ix]};
            const std::array<double, 4> cy = {grid.ys[iy], grid.ys[iy], grid.ys[iy + 1],
                                              grid.ys[iy + 1]};
            // Crossings on the edges 0–1 (bottom), 1–2 (right), 2–3 (top), 3–0 (left).
            std::array<Point, 4> crossing{};
            std::array<bool, 4> crosses{};
            int count = 0;
            for (int edge = 0; edge < 4; ++edge) {
                const int a = edge;
                const int b = (edge + 1) % 4;
                if ((d[a] > 0) == (d[b] > 0))
                    continue;
                const double t = std::clamp(d[a] / (d[a] - d[b]), 0.0, 1.0);
                crossing[edge] = {interpolateOnAxis(cx[a], cx[b], t, grid.x.logarithmic),
                                  interpolateOnAxis(cy[a], cy[b], t, grid.y.logarithmic)};
                crosses[edge] = true;
                ++count;
            }
            const auto add = [&](int e0, int e1) {
                segments.push_back({crossing[e0].x, crossing[e0].y, crossing[e1].x,
                                    crossing[e1].y});
            };
            if (count == 2) {
                std::array<int, 2> edges{};
                int k = 0;
                for (int edge = 0; edge < 4; ++edge)
                    if (crosses[edge])
                        edges[k++] = edge;
                add(edges[0], edges[1]);
            } else if (count == 4) {
                // A saddle: the centre decides which corners connect.
                const double centre = 0.25 * (d[0] + d[1] + d[2] + d[3]);
                if ((centre > 0) == (d[0] > 0)) {
                    add(0, 1); // corner 1 cut off
                    add(2, 3); // corner 3 cut off
                } else {
                    add(3, 0);
                    add(1, 2);
                }
            }
        }
    }
    return segments;
}

} // namespace dtx
