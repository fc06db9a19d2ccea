#pragma once

#include "MonteCarlo.hpp"

#include <string_view>
#include <vector>

// The threshold phase map: one metric over a grid of two levers (node
// count × WAN bandwidth by default), each cell a full evaluation, with the
// lines where the metric crosses a threshold.
namespace dtx {

enum class MapAxis { Nodes, Bandwidth, Latency, Compression, Years, CccThreshold };
inline constexpr MapAxis kMapAxes[] = {MapAxis::Nodes,       MapAxis::Bandwidth,
                                       MapAxis::Latency,     MapAxis::Compression,
                                       MapAxis::Years,       MapAxis::CccThreshold};
std::string_view mapAxisName(MapAxis axis); // nodes, bandwidth, latency, compression, years, ccc_threshold
bool parseMapAxis(std::string_view text, MapAxis* axis);

enum class MapMetric { ComputeQuality, ComputeLocal, Eta, Cost };
inline constexpr MapMetric kMapMetrics[] = {MapMetric::ComputeQuality, MapMetric::ComputeLocal,
                                            MapMetric::Eta, MapMetric::Cost};
std::string_view mapMetricName(MapMetric metric); // c_quality, c_local, eta, cost_usd
double mapMetricOf(const Evaluation& evaluation, MapMetric metric);

struct MapAxisRange {
    MapAxis axis = MapAxis::Nodes;
    double from = 1;
    double to = 1;
    bool logarithmic = true;
};
// The usual span of an axis, widened to show the scenario's own value.
MapAxisRange defaultMapAxisRange(MapAxis axis, const Scenario& scenario);

// The scenario's value on an axis, and the scenario moved to `value` (node
// counts rounded; a CCC threshold resizes the node to the most GPUs of its
// kind that stay under it, bandwidth moves both WAN directions).
double mapAxisValue(MapAxis axis, const Scenario& scenario);
void setMapAxis(MapAxis axis, double value, Scenario* scenario);

// The largest node of the same GPUs that stays under `thresholdH100e`
// (at least one GPU), scaled from the node's per-GPU figures.
NodeConfig largestNodeUnderThreshold(const NodeConfig& node, double thresholdH100e);

struct ThresholdMapGrid {
    MapAxisRange x;
    MapAxisRange y;
    std::vector<double> xs; // cell centres
    std::vector<double> ys;
    std::vector<double> values; // row-major, values[iy * xs.size() + ix]; NaN: no evaluation
    double at(std::size_t ix, std::size_t iy) const { return values[iy * xs.size() + ix]; }
};

// Cell centres of an axis: evenly spaced (in log10 on a log axis), the
// ends exact.
std::vector<double> mapAxisCells(const MapAxisRange& range, int cells);

ThresholdMapGrid computeThresholdMap(const Scenario& scenario, const MapAxisRange& x,
                                     const MapAxisRange& y, int xCells, int yCells,
                                     MapMetric metric, unsigned threads = 0);

// P(C_quality > threshold) per cell from the Monte Carlo (common random
// numbers across cells).
ThresholdMapGrid computeExceedanceMap(const Scenario& scenario, const MapAxisRange& x,
                                      const MapAxisRange& y, int xCells, int yCells,
                                      double thresholdFlop, const UncertaintyOptions& options);

// Where the grid crosses `level`: line segments by marching squares over
// the cell centres, interpolated in log10 of the values (linear for values
// that can be zero or negative) and in each axis's own scale. Segments come
// as pairs of points, (x0, y0, x1, y1).
struct ContourSegment {
    double x0, y0, x1, y1;
};
std::vector<ContourSegment> contourSegments(const ThresholdMapGrid& grid, double level,
                                            bool logValues);

} // namespace dtx
