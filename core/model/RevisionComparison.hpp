#pragma once

#include "Evaluation.hpp"
#include "NodesForTarget.hpp"
#include "RevisionSwitch.hpp"

#include <vector>

// One scenario under every model revision, side by side: what `dtx
// revisions` prints, the README's table, and the brief's comparison when
// "show the other revision" is on. Each is the scenario moved to that
// revision as the explorer's selector moves it (switchRevision).
namespace dtx {

struct RevisionComparison {
    Revision revision;
    Scenario scenario;
    EvaluationOutcome outcome;
    std::vector<NodesForTargetResult> fleets; // one per kReferenceTargetsFlop
};

std::vector<RevisionComparison> compareRevisions(const Scenario& scenario,
                                                 const HardwareCatalog& catalog);

} // namespace dtx
