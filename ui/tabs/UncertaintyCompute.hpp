#pragma once

#include "AnalysisSettings.hpp"
#include "ChangeSet.hpp"
#include "PlotData.hpp"
#include "Tornado.hpp"

#include <QCoreApplication>

#include <optional>

namespace dtx::ui {

// What the Uncertainty tab shows (ANALYSES.md A2–A3), computed from the
// scenario and the analysis settings alone:
// - fan: the 5–95 % band, median and deterministic C_quality (or C_local)
//   against the node count; roles "band_low", "band_high", "median",
//   "deterministic";
// - exceedance: P(C_quality > 10²⁴, 10²⁵, 10²⁶, Strict) against the node
//   count; roles "p_1e24", "p_1e25", "p_1e26", "p_strict";
// - histogram: the share of samples per bin of log10 C_quality at the
//   scenario's node count; role "histogram";
// - tornado: one series per row, the low and high metric; role "tornado".
// A coarse result (few samples and node counts) is what a slider drag
// shows at once; the full one follows when the drag stops.
struct UncertaintyResult {
    PlotData fan;
    PlotData exceedance;
    PlotData histogram;
    PlotData tornadoData;
    std::optional<UncertaintySummary> atScenario;
    std::optional<Tornado> tornado;
    QString sentence; // the computed plain sentence
    QString problem;  // why nothing could be computed, or empty
    bool coarse = false;
    std::size_t fanSamples = 0;
    std::size_t histogramSamples = 0;
};

class UncertaintyCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::UncertaintyTab)
public:
    static bool reads(const ChangeSet& changes);
    static UncertaintyResult run(const Scenario& scenario, const AnalysisSettings& settings,
                                 bool coarse);
    // "With these inputs, 72 nodes cross 10²⁵ with probability 100 % and
    // 10²⁶ with probability 0 %; the assumption that matters most is the
    // time budget."
    static QString sentence(const Scenario& scenario, const UncertaintySummary& summary,
                            const Tornado& tornado);
    // The translated name of a tornado row.
    static QString rowLabel(const TornadoRow& row);
    // Its ranges in words, with the source of the uncertain ones (hover).
    static QString rowDetail(const TornadoRow& row, const AnalysisSettings& settings,
                             UncertainMetric metric);

    // Sizes: the full fan is 100 node counts × 1,000 samples (the speed goal).
    static constexpr int kFanNodeCounts = 100;
    static constexpr std::size_t kFanSamples = 1000;
    static constexpr int kCoarseFanNodeCounts = 20;
    static constexpr std::size_t kCoarseSamples = 100;
    static constexpr std::size_t kCoarseHistogramSamples = 1000;
};

} // namespace dtx::ui
