#pragma once

#include "Revision.hpp"

#include <span>
#include <string_view>

// What differs between the model revisions in the forward planner, in one
// record per revision: the seed planner of MODEL.md §13 (2026-02) and the
// reference web planner of April 2026 (REVISION-2026-04.md "R-planner").
// The planner's formulas read these rules; they never ask which revision
// they run under.
namespace dtx {

struct QualityTable;

// A hardware choice of the 2026-04 planner's picker: it sets the node's
// PFLOPS and VRAM only (the planner knows no prices or GPU counts).
struct PlannerPreset {
    std::string_view name;
    double nodePflops;
    double nodeVramGb;
};

struct PlannerRules {
    Revision revision;

    // Defaults that changed (R-planner's table); node VRAM is 2,304 GB in
    // both revisions.
    double defaultCompression;
    double defaultNodePflops;
    bool defaultErrorFeedback;

    // Whether the WAN's two directions and error feedback are inputs. The
    // seed planner has one symmetric bandwidth and no quality tables.
    bool hasRevisedInputs;

    // The quality model (q_c, q_act, chi, C_quality); null under 2026-02,
    // where the efficiency is eta_H alone.
    const QualityTable* compressionWithErrorFeedback;
    const QualityTable* compressionWithoutErrorFeedback;
    const QualityTable* activation;

    // The hardware picker, in the order the reference planner lists it;
    // empty when the revision has none.
    std::span<const PlannerPreset> presets;

    bool hasQualityModel() const { return activation != nullptr; }
    const QualityTable& compressionQuality(bool errorFeedback) const
    {
        return errorFeedback ? *compressionWithErrorFeedback : *compressionWithoutErrorFeedback;
    }
    // Nothing when the revision has no preset of that name.
    const PlannerPreset* findPreset(std::string_view name) const;
};

const PlannerRules& plannerRules(Revision revision);

} // namespace dtx
