#include "ModelSizeSearch.hpp"

#include "Chinchilla.hpp"
#include "DilocoModes.hpp"

#include <algorithm>
#include <cmath>

namespace dtx {

ModelSizeSearchResult searchModelSize(const Scenario& scenario)
{
    ModelSizeSearchResult result;
    const double maxParamsB = scenario.node.maxParamsB();
    double largestFlatQuality = 0;

    Scenario candidate = scenario;
    candidate.mode = Mode::Flat;
    for (double multiple : kFlatSizeMultiples) {
        candidate.paramsB = multiple * maxParamsB;
        Evaluation evaluation = evaluateFlat(candidate);
        largestFlatQuality = std::max(largestFlatQuality, evaluation.computeQuality);
        result.candidates.push_back({Mode::Flat, multiple, evaluation});
    }
    candidate.mode = Mode::PipelineDiloco;
    for (double multiple : kPipelineSizeMultiples) {
        candidate.paramsB = multiple * maxParamsB;
        EvaluationOutcome outcome = evaluatePipelineDiloco(candidate);
        if (outcome.ok())
            result.candidates.push_back({Mode::PipelineDiloco, multiple, *outcome.evaluation});
    }
    std::stable_sort(result.candidates.begin(), result.candidates.end(),
                     [](const ModelSizeCandidate& a, const ModelSizeCandidate& b) {
                         return a.evaluation.computeQuality > b.evaluation.computeQuality;
                     });

    const double nodes = static_cast<double>(scenario.nodes);
    const double budget =
        scenario.rules().computeOptimalBudgetLeftToRight
            ? nodes * scenario.node.pflops * kFlopPerPetaflop * scenario.training.mfu
                  * scenario.timeBudgetSeconds()
            : nodes * scenario.nodeFlopPerSecond() * scenario.timeBudgetSeconds();
    result.chinchillaOptimalParamsB =
        chinchillaOptimalAllocation(budget).params / kParamsPerBillion;
    result.bestVsLargestFlat =
        largestFlatQuality > 0 ? result.best().evaluation.computeQuality / largestFlatQuality : 1.0;
    return result;
}

} // namespace dtx
