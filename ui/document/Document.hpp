#pragma once

#include "AnalysisSettings.hpp"
#include "CalibrationFile.hpp"
#include "ChangeSet.hpp"
#include "DilocoModes.hpp"
#include "DocumentState.hpp"
#include "Hardware.hpp"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace dtx::ui {

// The one owner of everything the user sets (in the spirit of Tiled's
// Document): the scenario, the planner's inputs, the growth rates, the
// pinned scenarios and the story (DocumentState), the file it belongs to,
// and the one undo stack. Every edit is an undo step that says what it
// changed; views subscribe to `changed` (at once, for controls that mirror
// a value) or `evaluated` (after the coalesced evaluation, for figures and
// plots) and redo only what the change set touches. No view keeps its own
// copy of user state, so files, the session and a language switch carry all
// of it.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(HardwareCatalog catalog, CalibrationData runs = builtInCalibrationData(),
                      QObject* parent = nullptr);

    const HardwareCatalog& catalog() const { return catalog_; }
    // The real runs the Evidence tab and the brief calibrate against
    // (ANALYSES.md C): data, like the catalog, not something the user edits.
    const CalibrationData& calibrationRuns() const { return runs_; }
    const DocumentState& state() const { return state_; }
    const Scenario& scenario() const { return state_.scenario; }
    // The `dtx evaluate --set ...` command that reproduces the scenario.
    QString commandLine() const;
    // The reference scenario the window opens with and resets to, and the
    // state around it (planner, growth rates and story at their defaults).
    const Scenario& defaultScenario() const { return defaults_.scenario; }
    const DocumentState& defaultState() const { return defaults_; }
    // Of the scenario as it was at the last evaluated() signal.
    const EvaluationOutcome& outcome() const { return outcome_; }
    // The planner's inputs as it plans them (plannedInputs of the state).
    PlannerInputs plannedInputs() const;

    // "Show the other revision": a way of looking, not an edit (no undo
    // step, not saved with the scenario). While on, every evaluation also
    // evaluates the scenario moved to the other model revision
    // (switchRevision), and views draw both; the change key is
    // "view.other_revision".
    bool showsOtherRevision() const { return showOtherRevision_; }
    void setShowOtherRevision(bool on);
    const Scenario& otherScenario() const { return otherScenario_; }
    const EvaluationOutcome& otherOutcome() const { return otherOutcome_; }

    // How the analyses sample and draw; like the other revision a way of
    // looking (no undo step, not saved with the scenario), change key
    // kAnalysisKey.
    const AnalysisSettings& analysisSettings() const { return analysis_; }
    void setAnalysisSettings(const AnalysisSettings& settings);

    // Replaces everything with a fresh, empty history: a file just opened,
    // a new document, a restored session. `modified` marks it unsaved.
    void reset(const DocumentState& state, bool modified = false);
    // The same with only the scenario replaced (the rest kept as it is).
    void setScenario(const Scenario& scenario);
    // Changes the state as one undo step named after `input` (a key or a
    // control's name), merged with the steps before it while a drag lasts.
    void edit(const QString& input, const std::function<void(DocumentState&)>& change);
    void editScenario(const QString& input, const std::function<void(Scenario&)>& change);
    // The words the Edit menu uses for an input ("Nodes" for "nodes").
    void setInputTitle(const QString& input, const QString& title) { inputTitles_.insert(input, title); }

    QUndoStack* undoStack() { return &undoStack_; }
    // A slider drag begins or ends: its edits become one undo step.
    void beginDrag();
    void endDrag();

    // The state as last opened or saved: what Discard goes back to.
    const DocumentState& savedState() const { return saved_; }
    // After a successful save: the history's clean point and savedState().
    void markSaved();

    const QString& filePath() const { return filePath_; }
    void setFilePath(const QString& path);

    // Runs a pending evaluation now rather than on the next event-loop turn.
    void evaluateNow();
    bool evaluationPending() const { return pending_.isActive(); }

signals:
    // At once, with what changed.
    void changed(const dtx::ui::ChangeSet& changes);
    // After the coalesced evaluation, with everything that changed since
    // the last one.
    void evaluated(const dtx::ui::ChangeSet& changes);
    void filePathChanged();

private:
    void apply(const DocumentState& state);

    HardwareCatalog catalog_;
    CalibrationData runs_;
    DocumentState defaults_;
    DocumentState state_;
    DocumentState saved_;
    EvaluationOutcome outcome_;
    bool showOtherRevision_ = false;
    Scenario otherScenario_;
    EvaluationOutcome otherOutcome_;
    AnalysisSettings analysis_;
    QString filePath_;
    QUndoStack undoStack_;
    QHash<QString, QString> inputTitles_;
    QTimer pending_;
    ChangeSet pendingChanges_;
    int dragCount_ = 0;
    bool dragging_ = false;
};

} // namespace dtx::ui
