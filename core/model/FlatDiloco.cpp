// Flat streaming DiLoCo (MODEL.md §4): every node syncs with all others over
// the WAN, and the inner-step count H is the smallest that hides the sync
// behind compute (Douillard et al. 2023, 2025).
#include "DilocoCommon.hpp"
#include "DilocoModes.hpp"
#include "VectorUnitState.hpp"

#include <cmath>

namespace dtx {

Evaluation evaluateFlat(const Scenario& scenario)
{
    clearUpperVectorState();
    Evaluation e;
    detail::describeCluster(scenario, &e);
    e.mode = Mode::Flat;
    detail::describeDenseStep(scenario, &e);

    const double syncBase = detail::syncBaseSeconds(e.syncBits, scenario.wan);
    e.stragglerFactor = scenario.stragglerFactorFor(e.nodes);
    e.syncSeconds = syncBase * e.stragglerFactor;
    e.flat = FlatDetails{syncBase};

    const bool distributed = e.nodes > 1;
    if (distributed) {
        e.innerSteps = std::ceil(e.syncSeconds / e.computeStepSeconds);
        e.alpha = syncIntervalSensitivity(e.paramsB);
        e.eta = dilocoEfficiency(e.innerSteps, e.paramsB, scenario.training.compression, e.nodes,
                                 scenario.efficiencyAssumptions());
    }
    detail::finishCompute(scenario, e.paramsB * kParamsPerBillion, distributed, &e);
    return e;
}

} // namespace dtx
