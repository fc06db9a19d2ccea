#pragma once

#include "ChangeSet.hpp"
#include "PlotData.hpp"
#include "Scenario.hpp"
#include "TrainingPlanner.hpp"

#include <QCoreApplication>

namespace dtx::ui {

// What the Time tab shows: compute against the time budget (from the
// scenario) and the longest sensible run against total growth (from the
// document's growth rates, MODEL.md §13). Each part is computed from what
// it reads alone. Roles: "c_local", "c_quality", "limit", "no_treaty",
// "treaty", "yours", "marker".
struct BudgetResult {
    PlotData budget;
};
struct RunLengthResult {
    PlotData runLength;
    double limitMonths = 0; // infinite: nothing grows
    double totalGrowthOom = 0;
    double noTreatyMonths = 0;
    double treatyMonths = 0;
};

class TimeCompute {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::TimeTab)
public:
    static bool budgetReads(const ChangeSet& changes);
    static bool runLengthReads(const ChangeSet& changes);
    static BudgetResult budget(const Scenario& scenario);
    static RunLengthResult runLength(const RunLengthInputs& growth);
};

} // namespace dtx::ui
