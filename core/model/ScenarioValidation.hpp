#pragma once

#include "Evaluation.hpp"
#include "InputLimits.hpp"

#include <optional>

namespace dtx {

// Checks every input of a scenario against the range the model is meant
// for, and returns the first offender named by its scenario-file key.
// Bounds are generous but finite, so no output can overflow to inf or NaN.
std::optional<InputError> validateScenario(const Scenario& scenario);

// Flat and hierarchical modes: the model must fit one node.
std::optional<InputError> modelTooLargeForNode(const Scenario& scenario);

// Only the ranges of single values, not whether the mode applies (a model
// that fits the node, enough pipeline groups): sweeps check their end
// points with this and let single points fail on applicability.
std::optional<InputError> validateScenarioRanges(const Scenario& scenario);

} // namespace dtx
