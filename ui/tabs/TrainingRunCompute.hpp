#pragma once

#include "ChangeSet.hpp"
#include "PlotData.hpp"
#include "TrainingPlanner.hpp"

#include <QCoreApplication>

#include <optional>

namespace dtx::ui {

// What the Training run tab shows: the plan of the planner's inputs
// (Document::plannedInputs) and the training days against node count and
// against WAN bandwidth. Roles: "days", "within" (where more nodes first
// bring the run within the limit), "marker".
struct TrainingRunResult {
    PlannerInputs inputs;
    std::optional<PlannerInputError> error; // the inputs cannot be planned
    PlannerResult plan;
    PlotData byNodes;
    PlotData byBandwidth;
};

class TrainingRunCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::TrainingRunTab)
public:
    // The planner's inputs, the growth rates (its limit) and, unless it
    // plans a cluster of its own, the scenario it takes its cluster from.
    static bool reads(const ChangeSet& changes, bool ownCluster);
    static TrainingRunResult run(const PlannerInputs& inputs);
};

} // namespace dtx::ui
