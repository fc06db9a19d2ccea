// Hierarchical DiLoCo (MODEL.md §5, REVISION-2026-04.md R7): regional groups sync often over a fast
// link, and only the groups' sync crosses the WAN (Wang et al. 2018; SPES).
#include "DilocoCommon.hpp"
#include "DilocoModes.hpp"
#include "VectorUnitState.hpp"

#include <algorithm>
#include <cmath>

namespace dtx {

Evaluation evaluateHierarchical(const Scenario& scenario)
{
    clearUpperVectorState();
    const double groupSize = scenario.hierarchy.nodesPerGroup;
    const double groups = std::floor(static_cast<double>(scenario.nodes) / groupSize);
    if (groups < 2)
        return evaluateFlat(scenario); // one group is a flat cluster

    Evaluation e;
    detail::describeCluster(scenario, &e);
    e.mode = Mode::Hierarchical;
    detail::describeDenseStep(scenario, &e);
    const double paramsB = e.paramsB;
    const double tComp = e.computeStepSeconds;

    const double regionalStraggler = scenario.stragglerFactorFor(groupSize);
    const double tRegional =
        detail::syncBaseSeconds(e.syncBits, scenario.hierarchy.regional) * regionalStraggler;
    const double innerSteps = std::max(1.0, std::ceil(tRegional / tComp));
    const double globalStraggler = scenario.stragglerFactorFor(groups);
    const double tGlobal = detail::syncBaseSeconds(e.syncBits, scenario.wan) * globalStraggler;
    const double cycle = std::max(innerSteps * tComp, tRegional);
    const double regionalSteps = std::max(1.0, std::ceil(tGlobal / cycle));
    const double x = scenario.hooks.hierarchyExponent;
    const double effectiveSteps =
        innerSteps * (x == 0.5 ? std::sqrt(regionalSteps) : std::pow(regionalSteps, x));

    e.stragglerFactor = globalStraggler;
    e.syncSeconds = tGlobal;
    e.innerSteps = effectiveSteps;
    e.alpha = syncIntervalSensitivity(paramsB) * scenario.hooks.alphaMultiplier;
    e.eta = detail::syncEfficiency(scenario, effectiveSteps, paramsB, e.nodes);
    e.hierarchical = HierarchicalDetails{groupSize, groups,   innerSteps, regionalSteps,   effectiveSteps,
                                         tRegional, tGlobal,   regionalStraggler};
    // R7: every node is a replica, not every group.
    detail::finishCompute(scenario, {paramsB * kParamsPerBillion, e.nodes, effectiveSteps, paramsB},
                          true, &e);
    return e;
}

} // namespace dtx
