#pragma once

#include "ChangeSet.hpp"
#include "Evaluation.hpp"
#include "Scenario.hpp"
#include "StoryFile.hpp"
#include "TrainingPlanner.hpp"

#include <vector>

namespace dtx::ui {

// The training-run planner's part of the document. By default the planner
// plans the headline's scenario: its cluster, node, model, network and the
// tokens its time budget trains (plannedInputs). With `ownCluster` on it
// plans a cluster of its own, the one in `inputs`. Precision, streaming,
// straggler mitigation and the other algorithm settings are always the
// planner's own.
struct PlannerSettings {
    PlannerInputs inputs;
    bool ownCluster = false;
};

// Everything the user sets, in one value: what files, the session and a
// language switch carry, and what one undo step restores.
struct DocumentState {
    Scenario scenario;
    PlannerSettings planner;
    // The Time tab's growth rates (hardware, software, investment); its
    // manual run length is unused.
    RunLengthInputs growth;
    std::vector<Scenario> pinned;
    Story story;
};

// What differs between two states, as ChangeSet keys; empty when they are
// the same.
ChangeSet changesBetween(const DocumentState& a, const DocumentState& b);

// The planner's inputs for the state: its own with `ownCluster`, else its
// own algorithm settings around the scenario's cluster, node, model,
// network and the tokens the scenario trains in its time budget (from
// `evaluation`, the scenario's; without one, the planner's own tokens).
PlannerInputs plannedInputs(const DocumentState& state, const Evaluation* evaluation);

} // namespace dtx::ui
