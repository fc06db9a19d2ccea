#include "Document.hpp"

#include "RevisionSwitch.hpp"
#include "ScenarioFile.hpp"

#include "BuiltInStory.hpp"
#include "DocumentEditCommand.hpp"

#include <utility>

namespace dtx::ui {

Document::Document(HardwareCatalog catalog, CalibrationData runs, QObject* parent)
    : QObject(parent), catalog_(std::move(catalog)), runs_(std::move(runs))
{
    // The reference scenario of CLI.md: 72 flat nodes of 48x A100.
    const std::optional<NodeConfig> node = referenceNode(catalog_, kDefaultRevision);
    defaults_.scenario = referenceScenario(node.value_or(NodeConfig{}), kDefaultRevision);
    defaults_.story = builtInStory(catalog_);
    state_ = defaults_;
    saved_ = defaults_;
    outcome_ = dtx::evaluate(state_.scenario);

    pending_.setSingleShot(true);
    pending_.setInterval(0);
    connect(&pending_, &QTimer::timeout, this, &Document::evaluateNow);
}

QString Document::commandLine() const
{
    return QString::fromStdString(scenarioCommandLine(state_.scenario, defaults_.scenario));
}

PlannerInputs Document::plannedInputs() const
{
    return ui::plannedInputs(state_, outcome_.evaluation ? &*outcome_.evaluation : nullptr);
}

void Document::reset(const DocumentState& state, bool modified)
{
    undoStack_.clear();
    saved_ = state;
    apply(state);
    undoStack_.setClean();
    if (modified)
        undoStack_.resetClean();
}

void Document::setScenario(const Scenario& scenario)
{
    DocumentState state = state_;
    state.scenario = scenario;
    reset(state);
}

void Document::edit(const QString& input, const std::function<void(DocumentState&)>& change)
{
    DocumentState changed = state_;
    change(changed);
    if (changesBetween(changed, state_).isEmpty())
        return; // a control echoing the value it shows
    undoStack_.push(new DocumentEditCommand(input, inputTitles_.value(input, input), state_,
                                            std::move(changed), dragging_ ? dragCount_ : 0,
                                            [this](const DocumentState& s) { apply(s); }));
}

void Document::editScenario(const QString& input, const std::function<void(Scenario&)>& change)
{
    edit(input, [&](DocumentState& s) { change(s.scenario); });
}

void Document::beginDrag()
{
    ++dragCount_;
    dragging_ = true;
}

void Document::endDrag()
{
    dragging_ = false;
}

void Document::markSaved()
{
    saved_ = state_;
    undoStack_.setClean();
}

void Document::setFilePath(const QString& path)
{
    filePath_ = path;
    emit filePathChanged();
}

void Document::apply(const DocumentState& state)
{
    const ChangeSet changes = changesBetween(state_, state);
    state_ = state;
    pendingChanges_.unite(changes);
    emit changed(changes);
    pending_.start();
}

void Document::setShowOtherRevision(bool on)
{
    if (on == showOtherRevision_)
        return;
    showOtherRevision_ = on;
    const ChangeSet changes{kOtherRevisionKey};
    pendingChanges_.unite(changes);
    emit changed(changes);
    pending_.start();
}

void Document::setAnalysisSettings(const AnalysisSettings& settings)
{
    if (settings == analysis_)
        return;
    analysis_ = settings;
    const ChangeSet changes{kAnalysisKey};
    pendingChanges_.unite(changes);
    emit changed(changes);
    pending_.start();
}

void Document::evaluateNow()
{
    pending_.stop();
    const bool scenarioChanged = pendingChanges_.touches(QStringLiteral("scenario"))
                                 || !outcome_.ok() || pendingChanges_.isEmpty();
    if (scenarioChanged)
        outcome_ = dtx::evaluate(state_.scenario);
    if (showOtherRevision_
        && (scenarioChanged || pendingChanges_.touches(kOtherRevisionKey))) {
        otherScenario_ = switchRevision(state_.scenario, otherRevision(state_.scenario.revision),
                                        catalog_)
                             .scenario;
        otherOutcome_ = dtx::evaluate(otherScenario_);
    }
    const ChangeSet changes = std::exchange(pendingChanges_, ChangeSet());
    emit evaluated(changes);
}

} // namespace dtx::ui
