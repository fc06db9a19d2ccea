#include "ScenarioController.hpp"

#include "ScenarioEditCommand.hpp"
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
    undoStack_.clear();
    apply(scenario);
    undoStack_.setClean();
}

void ScenarioController::edit(const QString& input, const std::function<void(Scenario&)>& change)
{
    Scenario changed = scenario_;
    change(changed);
    if (sameInputs(changed, scenario_))
        return; // a control echoing the value it shows
    undoStack_.push(new ScenarioEditCommand(input, inputTitles_.value(input, input), scenario_,
                                            changed, dragging_ ? dragCount_ : 0,
                                            [this](const Scenario& s) { apply(s); }));
}

void ScenarioController::beginDrag()
{
    ++dragCount_;
    dragging_ = true;
}

void ScenarioController::endDrag()
{
    dragging_ = false;
}

void ScenarioController::apply(const Scenario& scenario)
{
    scenario_ = scenario;
    emit scenarioChanged(scenario_);
    pending_.start();
}

void ScenarioController::evaluateNow()
{
    pending_.stop();
    clearUpperVectorState(); // the model is SSE code: see VectorUnitState.hpp
    outcome_ = dtx::evaluate(scenario_);
    emit evaluated();
}

} // namespace dtx::ui
