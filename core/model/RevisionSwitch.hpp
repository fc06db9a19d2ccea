#pragma once

#include "Scenario.hpp"

#include <string>
#include <vector>

// Moving a scenario to the other model revision (the explorer's selector,
// `--set revision=...` keeps the file's keys instead): every input the user
// moved that exists in both revisions keeps its value; inputs still at the
// old revision's default take the new one's; inputs the target revision does
// not have go to their seed equivalents. What changed is listed, so the
// window can say so.
namespace dtx {

struct RevisionDefaultChange {
    enum class Input { NodePreset, Compression, ErrorFeedback, StragglerMode, Bandwidth, InnerSteps };
    Input input;
    std::string from; // as a scenario file writes it ("48x A100 80GB", "16", "relay")
    std::string to;   // empty: the input is gone (e.g. H_fix under 2026-02)
};

struct RevisionSwitch {
    Scenario scenario;
    std::vector<RevisionDefaultChange> changes;
};

RevisionSwitch switchRevision(const Scenario& scenario, Revision to, const HardwareCatalog& catalog);

} // namespace dtx
