#pragma once

#include "PlotTab.hpp"
#include "TrainingRunCompute.hpp"

#include <optional>

#include <QVector>

namespace dtx::ui {

class DutyCycleChart;
class PlannerInputsPanel;
class PlannerSummary;

// The forward planner of MODEL.md §13 answers the reverse question of the
// other tabs: for a fixed model, dataset and cluster, how many days training
// takes, what limits it, and whether it ends within the maximum sensible run
// length. By default it plans the headline's scenario (Document::plannedInputs);
// "Plan a different cluster" lets it plan one of its own. Next to the answer
// in words are the duty cycle of one outer step and the training time
// against node count and against WAN bandwidth.
class TrainingRunTab : public PlotTab {
    Q_OBJECT
public:
    explicit TrainingRunTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("training-run"); }
    QString tabTitle() const override { return tr("Training run"); }

    PlannerInputsPanel* inputsPanel() const { return inputs_; }
    PlannerSummary* summary() const { return summary_; }
    DutyCycleChart* dutyCycleChart() const { return dutyCycle_; }

protected:
    void refresh(const ChangeSet& changes) override;
    RevisionPlots otherRevisionPlots(const Scenario& other) const override;
    bool shows(const ChangeSet& changes) const override;

private:
    PlannerInputsPanel* inputs_;
    PlannerSummary* summary_;
    DutyCycleChart* dutyCycle_;
    PlotView* nodesPlot_;
    PlotView* bandwidthPlot_;
    QWidget* charts_;
    std::optional<TrainingRunResult> result_;
};

} // namespace dtx::ui
