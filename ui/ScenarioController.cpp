#include "ScenarioController.hpp"

#include "VectorUnitState.hpp"

#include <utility>

namespace dtx::ui {

ScenarioController::ScenarioController(HardwareCatalog catalog, QObject* parent)
    : QObject(parent), catalog_(std::move(catalog))
{
    // The reference scenario of CLI.md: 72 flat nodes of 48x A100.
    const std::optional<NodeConfig> node = presetNode(catalog_, kPresetA100);
    defaults_ = referenceScenario(node.value_or(NodeConfig{}));
    defaults_.nodeOrigin.preset = kPresetA100;
    scenario_ = defaults_;
    outcome_ = dtx::evaluate(scenario_);

    pending_.setSingleShot(true);
    pending_.setInterval(0);
    connect(&pending_, &QTimer::timeout, this, &ScenarioController::evaluateNow);
}

void ScenarioController::setScenario(const Scenario& scenario)
{
    scenario_ = scenario;
    emit scenarioChanged(scenario_);
    pending_.start();
}

void ScenarioController::edit(const std::function<void(Scenario&)>& change)
{
    Scenario changed = scenario_;
    change(changed);
    setScenario(changed);
}

void ScenarioController::evaluateNow()
{
    pending_.stop();
    clearUpperVectorState(); // the model is SSE code: see VectorUnitState.hpp
    outcome_ = dtx::evaluate(scenario_);
    emit evaluated();
}

} // namespace dtx::ui
