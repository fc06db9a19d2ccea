#pragma once

#include "Evaluation.hpp"

// The four training modes of MODEL.md §4–§7. `evaluate` checks the inputs
// first; the per-mode functions assume inputs that passed that check.
namespace dtx {

EvaluationOutcome evaluate(const Scenario& scenario);
// The same for a scenario whose single values are known to be in range
// (validateScenarioRanges): a sweep checks its axes' ends once, then its
// rows skip the per-value checks.
EvaluationOutcome evaluateInRange(const Scenario& scenario);

Evaluation evaluateFlat(const Scenario& scenario);
Evaluation evaluateHierarchical(const Scenario& scenario);
Evaluation evaluateMoe(const Scenario& scenario);
// Empty with `error` set when the pipeline mode does not apply (the model
// fits one node, or fewer than two pipeline groups).
EvaluationOutcome evaluatePipelineDiloco(const Scenario& scenario);

// Stages needed to hold a model of `paramsB` across nodes of this config:
// ceil(P × bytes_per_param / (vram_gb × 1e9)), in exactly that order.
double pipelineStages(double paramsB, const NodeConfig& node);

} // namespace dtx
