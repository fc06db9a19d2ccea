#pragma once

#include <optional>
#include <string>

// Input checking shared by the scenario and the planner: a value's allowed
// range, and the error that names the offending key.
namespace dtx {

// What is wrong with an input, so that a front end can say it in its own
// words; the numbers it needs travel with it.
enum class InputProblem {
    NotFinite,            // value
    OutOfRange,           // value, low (inclusive or not), high
    NotWhole,             // value
    ModelTooLargeForNode, // value = the model's B parameters, high = what fits one node
    ModelFitsOneNode,     // pp_diloco with a model that fits one node
    TooFewPipelineGroups, // value = nodes per pipeline group
    GrowthTooSlow,        // value = summed growth rates, low = the least allowed
    NotInRevision,        // an input the scenario's model revision does not have
    FlatModeOnly,         // an input only flat mode reads (training.inner_steps)
};

// An input that cannot be evaluated, named by its file key; message is the
// English sentence the command line prints after the key.
struct InputError {
    std::string key;
    std::string message;
    InputProblem problem = InputProblem::OutOfRange;
    double value = 0;
    double low = 0;
    double high = 0;
    bool lowInclusive = true;

    // "key: message", as the command line prints it.
    std::string text() const { return key + ": " + message; }
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

// %.6g in the C locale whatever the process locale, for messages.
std::string formatInputNumber(double value);

} // namespace dtx
