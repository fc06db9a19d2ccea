#pragma once

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
};

class CompareCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::CompareTab)
public:
    static bool currentReads(const ChangeSet& changes) { return changes.touches(QStringLiteral("scenario")); }
    static bool pinsReads(const ChangeSet& changes) { return changes.touches(QStringLiteral("pins")); }
    // `name` labels the curves ("Current", "Pinned 2").
    static CompareColumn column(const Scenario& scenario, const QString& name);
};

} // namespace dtx::ui
