#pragma once

#include "Evaluation.hpp"

#include <optional>

namespace dtx {

// Checks every input of a scenario against the range the model is meant
// for, and returns the first offender named by its scenario-file key.
// Bounds are generous but finite, so no output can overflow to inf or NaN.
std::optional<InputError> validateScenario(const Scenario& scenario);

// Only the ranges of single values, not whether the mode applies (a model
// that fits the node, enough pipeline groups): sweeps check their end
// points with this and let single points fail on applicability.
std::optional<InputError> validateScenarioRanges(const Scenario& scenario);

// The limits, shared with the scenario parser and the explorer's inputs.
inline constexpr double kMaxNodes = 1e9;
inline constexpr double kMinParamsB = 0.001; // keeps alpha(P_b) finite and positive
inline constexpr double kMaxParamsB = 1e6;
// Lower limits above zero: a tiny bandwidth, MFU or node speed passes
// "greater than 0" yet turns sync and compute times into inf. 1e-6 Mbps is
// 1 bit/s; 1e-6 PFLOPS is 1 GFLOPS.
inline constexpr double kMinBandwidthMbps = 1e-6;
inline constexpr double kMinMfu = 1e-6;
inline constexpr double kMinNodePflops = 1e-6;
inline constexpr double kMaxBandwidthMbps = 1e9;
inline constexpr double kMaxLatencyMs = 1e7;
inline constexpr double kMaxCompression = 1e9;
inline constexpr double kMaxYears = 1000;

} // namespace dtx
