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
// each), "profiles" (their legend entry), "marker".
struct NetworkResult {
    PlotData compute;
    PlotData efficiency;
    PlotData innerSteps;
    PlotData latency;
    std::vector<PlotLabel> profileLabels; // profiles sharing a bandwidth: one label
    std::vector<PlotLabel> latencyLabels;
};

class NetworkCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::NetworkTab)
public:
    static bool reads(const ChangeSet& changes);
    static NetworkResult run(const Scenario& scenario);
};

} // namespace dtx::ui
