#pragma once

#include "DocumentFields.hpp"
#include "ScenarioFile.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

// The table of scenario-file keys: how each is stored into a scenario and
// read back. Internal to core/io (ScenarioFile.cpp reads it); one entry per
// key of CLI.md, in file order.
namespace dtx::scenario_fields {

// The node as the document describes it; resolved against the catalog once
// the whole document and every --set have been read.
struct NodeDraft {
    std::optional<std::string> preset;
    std::optional<std::string> gpu;
    std::optional<double> gpus;
    std::optional<std::string> precision;
    std::map<std::string, double> fields; // explicit overrides by leaf name
};

struct Draft {
    Scenario* scenario;
    NodeDraft node;
    // Keys whose mere presence matters (CLI.md "Model revisions").
    bool bandwidthGiven = false;
    bool directionGiven = false;
    bool errorFeedbackGiven = false;
    bool stragglerModeGiven = false;
};


// One key of the scenario file: how to store a value and how to read it
// back for writing. A setter returns an error message, empty when fine.
struct Field {
    const char* key;
    ScenarioValueType type;
    std::string (*set)(Draft&, const Scalar&);
    Scalar (*get)(const Scenario&, bool resolveDefaults);
};

const std::vector<Field>& fields();

// The rules that concern several keys of one document at once; empty when
// it is fine, else the key and message.
std::optional<std::pair<std::string, std::string>> checkDraft(const Draft& draft);
// By key; null for keys that are not in the table.
const Field* findField(const std::string& key);

} // namespace dtx::scenario_fields
