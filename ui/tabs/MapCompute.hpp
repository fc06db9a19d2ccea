#pragma once

#include "AnalysisSettings.hpp"
#include "ChangeSet.hpp"
#include "PlotData.hpp"

#include <QColor>
#include <QCoreApplication>

#include <optional>
#include <vector>

namespace dtx::ui {

// What the Map tab shows: the chosen metric over the chosen two levers,
// each cell an evaluation (ThresholdMap), the lines where compute crosses
// 10²⁴, 10²⁵, 10²⁶ and the Strict Threshold, and optionally where the
// Monte Carlo's P(C_quality > T) crosses 0.5 and 0.95. A coarse grid comes
// first while inputs move; the full one when they are still.
struct MapContour {
    QString label;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine; // drawn over a white halo, legible on any colour
    std::vector<ContourSegment> segments; // in axis values
};

struct MapResult {
    ThresholdMapGrid grid;
    std::vector<MapContour> contours;
    PlotData data;    // one series per row of the grid (CSV export)
    QString sentence; // the computed plain sentence
    bool coarse = false;
    int probabilityCells = 0;       // per axis, 0: no probability contours
    std::size_t probabilitySamples = 0;
};

class MapCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::MapTab)
public:
    static bool reads(const ChangeSet& changes);
    static MapResult run(const Scenario& scenario, const AnalysisSettings& settings, bool coarse);

    static QString axisTitle(MapAxis axis);
    static QString axisValue(MapAxis axis, double value);
    static QString metricTitle(MapMetric metric);
    static QString metricValue(MapMetric metric, double value);
    static bool metricIsCompute(MapMetric metric)
    {
        return metric == MapMetric::ComputeQuality || metric == MapMetric::ComputeLocal;
    }

    // The full map is 200 × 200 cells (the speed goal), the coarse one 50 × 50.
    static constexpr int kCells = 200;
    static constexpr int kCoarseCells = 50;
    static constexpr int kProbabilityCells = 24;
    static constexpr std::size_t kProbabilitySamples = 200;
};

} // namespace dtx::ui
