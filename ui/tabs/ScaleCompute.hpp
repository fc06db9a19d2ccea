#pragma once

#include "ChangeSet.hpp"
#include "Hardware.hpp"
#include "PlotData.hpp"
#include "Scenario.hpp"

#include <QCoreApplication>

namespace dtx::ui {

// What the Scale tab shows, computed from the scenario alone: C_local and
// C_quality, eta and cost against the node count, for the scenario's node
// and, as comparisons, for the other reference presets, and the scenario's
// own point (drawn from the document's evaluation, not computed here).
// Roles: "c_local", "c_quality", "eta", "cost", "preset".
struct ScaleResult {
    PlotData compute;
    PlotData efficiency;
    PlotData cost;
    double gridEnd = 0; // the largest node count swept
};

class ScaleCompute {
    // The words are the Scale tab's.
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::ScaleTab)
public:
    // The sweeps read every scenario input but the treaty, the name and the
    // node count itself (which only moves the scenario's point, unless it
    // leaves the swept range: gridEnd).
    static bool reads(const ChangeSet& changes);
    static double gridEnd(const Scenario& scenario);
    // `comparisonPresets`: also the other presets' curves (not wanted for
    // the other revision's dashed curves, which leave them out).
    static ScaleResult run(const Scenario& scenario, const HardwareCatalog& catalog,
                           bool comparisonPresets = true);
};

} // namespace dtx::ui
