#include "DilocoModes.hpp"
#include "ScenarioValidation.hpp"

namespace dtx {
namespace {

EvaluationOutcome evaluateMode(const Scenario& scenario)
{
    EvaluationOutcome outcome;
    switch (scenario.mode) {
    case Mode::Flat:
    case Mode::Hierarchical: {
        // The one rule beyond single ranges (PP-Group checks its own).
        if (auto error = modelTooLargeForNode(scenario)) {
            outcome.error = *error;
            return outcome;
        }
        outcome.evaluation = scenario.mode == Mode::Flat ? evaluateFlat(scenario)
                                                         : evaluateHierarchical(scenario);
        break;
    }
    case Mode::Moe:
        outcome.evaluation = evaluateMoe(scenario);
        break;
    case Mode::PipelineDiloco:
        return evaluatePipelineDiloco(scenario);
    }
    return outcome;
}

} // namespace

EvaluationOutcome evaluate(const Scenario& scenario)
{
    if (auto error = validateScenarioRanges(scenario)) {
        EvaluationOutcome outcome;
        outcome.error = *error;
        return outcome;
    }
    return evaluateInRange(scenario);
}

EvaluationOutcome evaluateInRange(const Scenario& scenario)
{
    EvaluationOutcome outcome = evaluateMode(scenario);
    // Every mode's traffic on the WAN (ANALYSES.md B), from its result.
    TrafficFingerprint traffic;
    if (outcome.evaluation && trafficFingerprint(scenario, *outcome.evaluation, &traffic))
        outcome.evaluation->traffic = traffic;
    return outcome;
}

} // namespace dtx
