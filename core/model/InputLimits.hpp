#pragma once

#include "RangeCheck.hpp"

#include <optional>
#include <string_view>
#include <vector>

// What each numeric input may be, in one table: the scenario's keys and the
// planner's. Core validation checks values against it, and the explorer's
// spin boxes and sliders take their ranges from it, so a value the window
// offers is always one the command line accepts (a test holds both to it).
//
// The limits are physically meaningful, not merely finite: a training run
// lasts at least an hour and at most decades, a node has at least 1 GB of
// memory, a WAN carries at least 1 bit/s.
namespace dtx {

struct InputLimit {
    const char* key;
    double min;
    bool minInclusive;
    double max;
    bool whole = false; // must be an integer
};

// The scenario file's numeric keys (moe.active_params_b is further bounded
// by moe.total_params_b; model.params_b by what fits the node).
const std::vector<InputLimit>& scenarioInputLimits();
// The planner file's numeric keys.
const std::vector<InputLimit>& plannerInputLimits();

// The limit of a key of either table; nothing for keys without one.
const InputLimit* scenarioInputLimit(std::string_view key);
const InputLimit* plannerInputLimit(std::string_view key);

// Checks a value against its limit (the key must have one).
std::optional<InputError> checkLimit(const InputLimit& limit, double value);

// Shared bounds, named because other code reasons with them.
inline constexpr double kMaxNodes = 1e9;
inline constexpr double kMinParamsB = 0.001; // keeps alpha(P_b) finite and positive
inline constexpr double kMaxParamsB = 1e6;
inline constexpr double kMaxGpusPerNode = 1e6;
// One hour, and fifty years: a training run, not a rounding error or an
// era (MODEL.md's budgets are months to a few years).
inline constexpr double kMinYears = 1.0 / (365.25 * 24.0);
inline constexpr double kMaxYears = 50;
// Accelerator memory: at least 1 GB; a node with less cannot hold a model
// worth counting, and a near-zero value split models into 10^18 stages.
inline constexpr double kMinVramGb = 1;

} // namespace dtx
