#pragma once

#include "ChangeSet.hpp"
#include "PlotData.hpp"
#include "Scenario.hpp"

#include <QCoreApplication>

#include <vector>

namespace dtx::ui {

// A named spot on a plot (a deployment profile, a measured round trip).
struct PlotLabel {
    double x;
    double y;
    QString text;
};

// What the Network tab shows, from the scenario alone: compute, eta and the
// inner steps against WAN bandwidth with the deployment profiles of
// MODEL.md §11, and compute against latency with the measured round trips.
// Roles: "c_local", "c_quality", "eta", "steps", "profile" (one point
// each), "profiles" (their legend entry). The scenario's own point comes
// from the document's evaluation. The two sweeps are computed apart: moving
// the bandwidth only moves the point on the bandwidth plots, and likewise
// for latency.
struct BandwidthResult {
    PlotData compute;
    PlotData efficiency;
    PlotData innerSteps;
    std::vector<PlotLabel> profileLabels; // profiles sharing a bandwidth: one label
    double from = 0; // the swept range
    double to = 0;
};
struct LatencyResult {
    PlotData latency;
    std::vector<PlotLabel> labels;
    double to = 0;
};

class NetworkCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::NetworkTab)
public:
    // Every scenario input but the treaty, the name and the swept one.
    static bool bandwidthReads(const ChangeSet& changes);
    static bool latencyReads(const ChangeSet& changes);
    // The swept ranges, which widen to take in the scenario's own link.
    static std::pair<double, double> bandwidthRange(const Scenario& scenario);
    static double latencyEnd(const Scenario& scenario);
    static BandwidthResult bandwidth(const Scenario& scenario);
    static LatencyResult latency(const Scenario& scenario);
};

} // namespace dtx::ui
