#pragma once

#include <optional>
#include <string>

// Input checking shared by the scenario and the planner: a value's allowed
// range, and the error that names the offending key.
namespace dtx {

// An input that cannot be evaluated, named by its file key.
struct InputError {
    std::string key;
    std::string message;
};

struct RangeRule {
    const char* key;
    double value;
    double min;
    bool minInclusive;
    double max;
    bool whole = false; // must also be an integer
};

// Empty when the value is finite and in range; else the error for its key.
std::optional<InputError> checkRange(const RangeRule& rule);

// %.6g, for messages.
std::string formatInputNumber(double value);

} // namespace dtx
