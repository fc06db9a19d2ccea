#pragma once

#include "ChangeSet.hpp"
#include "ModelSizeSearch.hpp"
#include "PlotData.hpp"
#include "Scenario.hpp"

#include <QCoreApplication>

namespace dtx::ui {

// What the Model size tab shows: the search of MODEL.md §8 for the
// scenario's cluster, and C_local and C_quality against model size for
// flat DiLoCo up to one node's memory and PP-Group DiLoCo beyond it.
// Roles: "flat_local", "pipeline_local", "flat_quality", "pipeline_quality".
struct ModelSizeResult {
    ModelSizeSearchResult search;
    PlotData curves;
    double smallestSize = 0; // the sizes the curves span; 0 when none
    double largestSize = 0;
};

class ModelSizeCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::ModelSizeTab)
public:
    // Everything but the treaty, the name and the scenario's own model size
    // (the search varies it).
    static bool reads(const ChangeSet& changes);
    static ModelSizeResult run(const Scenario& scenario);
};

} // namespace dtx::ui
