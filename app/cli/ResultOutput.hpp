#pragma once

#include "Evaluation.hpp"
#include "JsonWriter.hpp"
#include "ResultFields.hpp"

#include <string>
#include <vector>

// Writing evaluation results as text, JSON or CSV; internal to app/cli.
namespace dtx::cli {

// "key: value unit  (label)" lines for a person to read.
std::string resultsAsText(const Scenario& scenario, const Evaluation& evaluation);
// Opens CLI.md's wrapper {"inputs": <the scenario>, "results": { and leaves
// the results object open for the caller, who closes both.
void beginResultsJson(const Scenario& scenario, JsonWriter* writer);

// {"inputs": ..., "results": ...}
std::string resultsAsJson(const Scenario& scenario, const Evaluation& evaluation);
// A header row and one data row.
std::string resultsAsCsv(const Evaluation& evaluation);

// One CSV cell: shortest round-trip numbers, true/false, quoted text.
void appendCsvValue(std::string* out, const ResultField& field, const ResultValue& value);
void appendCsvText(std::string* out, std::string_view text);

} // namespace dtx::cli
