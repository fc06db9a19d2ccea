#pragma once

#include "DilocoModes.hpp"
#include "Hardware.hpp"
#include "Scenario.hpp"

#include <QObject>
#include <QTimer>

#include <functional>

namespace dtx::ui {

// Owns the scenario the window shows and its evaluation. Edits arrive from
// any control; evaluation is coalesced so that a burst of slider signals
// within one event-loop turn costs one evaluation and one replot (STYLE §8).
class ScenarioController : public QObject {
    Q_OBJECT
public:
    explicit ScenarioController(HardwareCatalog catalog, QObject* parent = nullptr);

    const HardwareCatalog& catalog() const { return catalog_; }
    const Scenario& scenario() const { return scenario_; }
    // The reference scenario the window opens with and resets to.
    const Scenario& defaultScenario() const { return defaults_; }
    // Of the scenario as it was at the last evaluated() signal.
    const EvaluationOutcome& outcome() const { return outcome_; }

    void setScenario(const Scenario& scenario);
    void edit(const std::function<void(Scenario&)>& change);

    // Runs a pending evaluation now rather than on the next event-loop turn.
    void evaluateNow();
    bool evaluationPending() const { return pending_.isActive(); }

signals:
    // At once, for controls that mirror the scenario.
    void scenarioChanged(const dtx::Scenario& scenario);
    // After the coalesced evaluation, for figures and plots.
    void evaluated();

private:
    HardwareCatalog catalog_;
    Scenario defaults_;
    Scenario scenario_;
    EvaluationOutcome outcome_;
    QTimer pending_;
};

} // namespace dtx::ui
