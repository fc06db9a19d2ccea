#include "DilocoModes.hpp"
#include "ScenarioValidation.hpp"

namespace dtx {

EvaluationOutcome evaluate(const Scenario& scenario)
{
    EvaluationOutcome outcome;
    if (auto error = validateScenario(scenario)) {
        outcome.error = *error;
        return outcome;
    }
    switch (scenario.mode) {
    case Mode::Flat:
        outcome.evaluation = evaluateFlat(scenario);
        break;
    case Mode::Hierarchical:
        outcome.evaluation = evaluateHierarchical(scenario);
        break;
    case Mode::Moe:
        outcome.evaluation = evaluateMoe(scenario);
        break;
    case Mode::PipelineDiloco:
        return evaluatePipelineDiloco(scenario);
    }
    return outcome;
}

} // namespace dtx
