#include "RevisionComparison.hpp"

#include "Countermeasures.hpp"
#include "DilocoModes.hpp"

namespace dtx {

std::vector<RevisionComparison> compareRevisions(const Scenario& scenario,
                                                 const HardwareCatalog& catalog)
{
    std::vector<RevisionComparison> columns;
    for (const Revision revision : kAllRevisions) {
        RevisionComparison column{revision, switchRevision(scenario, revision, catalog).scenario,
                                  {}, {}};
        column.outcome = evaluate(column.scenario);
        for (const double target : kReferenceTargetsFlop)
            column.fleets.push_back(nodesForTarget(column.scenario, target));
        columns.push_back(std::move(column));
    }
    return columns;
}

} // namespace dtx
