#pragma once

#include "Evaluation.hpp"

#include <string>
#include <vector>

// The metrics of one evaluation under their CLI.md result keys, in one
// table shared by the text, JSON and CSV outputs and the sweep columns.
namespace dtx {

enum class ResultKind { Number, Boolean, Text };

struct ResultValue {
    bool present = false; // false: the key does not apply to this result
    double number = 0;
    bool flag = false;
    std::string text;
};

struct ResultField {
    const char* key;
    const char* label; // for the text output
    const char* unit;  // "" when unitless
    ResultKind kind;
    ResultValue (*read)(const Evaluation&);
    // The label under a revision whose rules rename the quantity (R14:
    // C_throughput, chi); null when the label holds in every revision.
    const char* revisedLabel = nullptr;
    // `evaluate` only: not a sweep column (computed per row at a cost the
    // sweep's speed goal cannot carry).
    bool evaluateOnly = false;

    const char* labelFor(Revision revision) const
    {
        return revisedLabel && revisionRules(revision).replicaModel == ReplicaModel::LossMultiplier
                   ? revisedLabel
                   : label;
    }
};

const std::vector<ResultField>& resultFields();

// The keys a scenario of this mode can produce, in table order (for CSV
// headers: hierarchical also lists the flat keys it falls back to).
std::vector<const ResultField*> resultFieldsForMode(Mode mode, Revision revision);

} // namespace dtx
