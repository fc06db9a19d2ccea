#pragma once

#include "DilocoModes.hpp"
#include "Hardware.hpp"
#include "Scenario.hpp"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace dtx::ui {

// Owns the scenario the window shows, its evaluation and its undo history
// (one QUndoStack per scenario, STYLE §6). Edits arrive from any control as
// undo steps; evaluation is coalesced so that a burst of slider signals
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

    // Replaces the scenario and starts a fresh, clean history: for a file
    // just opened or a new scenario.
    void setScenario(const Scenario& scenario);
    // Changes `input` (a scenario-file key or a control's name) as one undo
    // step, merged with the steps before it while a slider drag lasts.
    // The words the Edit menu uses for an input key ("Nodes" for "nodes").
    void setInputTitle(const QString& input, const QString& title) { inputTitles_.insert(input, title); }
    void edit(const QString& input, const std::function<void(Scenario&)>& change);

    QUndoStack* undoStack() { return &undoStack_; }
    // A slider drag begins or ends: its edits become one undo step.
    void beginDrag();
    void endDrag();

    // Runs a pending evaluation now rather than on the next event-loop turn.
    void evaluateNow();
    bool evaluationPending() const { return pending_.isActive(); }

signals:
    // At once, for controls that mirror the scenario.
    void scenarioChanged(const dtx::Scenario& scenario);
    // After the coalesced evaluation, for figures and plots.
    void evaluated();

private:
    QHash<QString, QString> inputTitles_;
    void apply(const Scenario& scenario);

    HardwareCatalog catalog_;
    Scenario defaults_;
    Scenario scenario_;
    EvaluationOutcome outcome_;
    QTimer pending_;
    QUndoStack undoStack_;
    int dragCount_ = 0;  // drags so far, numbering them
    bool dragging_ = false;
};

} // namespace dtx::ui
