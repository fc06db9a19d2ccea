#pragma once

#include "ScenarioFile.hpp"
#include "TrainingPlanner.hpp"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

// The planner file of CLI.md (`dtx plan`): the forward planner's inputs
// under dotted keys, read, overridden with --set, checked and written back.
namespace dtx {

inline constexpr int kPlanFormatVersion = 1;

const std::vector<std::string>& planKeys();

struct PlanLoad {
    std::optional<PlannerInputs> inputs;
    QString error;

    bool ok() const { return inputs.has_value(); }
};

PlanLoad loadPlan(const QByteArray& document, const QString& sourceName,
                  const std::vector<ScenarioAssignment>& assignments);
PlanLoad loadPlanFile(const QString& path, const std::vector<ScenarioAssignment>& assignments);

void writePlanJson(const PlannerInputs& inputs, class JsonWriter* writer);

// A numeric key's value as the file holds it, and set the same way (for
// the explorer's inputs); nothing / false for other keys.
std::optional<double> planNumber(const PlannerInputs& inputs, const std::string& key);
bool setPlanNumber(PlannerInputs* inputs, const std::string& key, double value);

// The planner-file keys whose values differ; empty when the inputs are the
// same.
std::vector<std::string> changedPlanKeys(const PlannerInputs& a, const PlannerInputs& b);

} // namespace dtx
