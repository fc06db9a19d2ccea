#pragma once

#include "AnalysisSettings.hpp"
#include "ChangeSet.hpp"
#include "Evaluation.hpp"
#include "PlotData.hpp"
#include "Scenario.hpp"

#include <QCoreApplication>

#include <optional>

namespace dtx::ui {

// One scenario of the Compare tab: its evaluation (empty when it has no
// result) and its C_local against node count and against WAN bandwidth.
// Pinned scenarios never change, so their columns are computed once when
// pinned; the current one whenever the scenario does.
struct CompareColumn {
    Scenario scenario;
    std::optional<Evaluation> evaluation;
    PlotSeries byNodes;     // x: nodes
    PlotSeries byBandwidth; // x: Mbps
    // The Monte Carlo's summary (ANALYSES.md A2, kIntervalSamples samples):
    // each column's 90 % interval.
    std::optional<UncertaintySummary> uncertainty;
};

class CompareCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::CompareTab)
public:
    static bool currentReads(const ChangeSet& changes)
    {
        return changes.touches(QStringLiteral("scenario")) || changes.touches(kAnalysisKey);
    }
    static bool pinsReads(const ChangeSet& changes)
    {
        return changes.touches(QStringLiteral("pins")) || changes.touches(kAnalysisKey);
    }
    // `name` labels the curves ("Current", "Pinned 2"); `settings` say how
    // the interval is sampled (none without them).
    static CompareColumn column(const Scenario& scenario, const QString& name,
                                const AnalysisSettings* settings = nullptr);
    static constexpr std::size_t kIntervalSamples = 1000;
};

} // namespace dtx::ui
