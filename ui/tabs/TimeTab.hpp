#pragma once

#include "PlotTab.hpp"
#include "TimeCompute.hpp"
#include "TrainingPlanner.hpp"

#include <optional>

class QLabel;

namespace dtx::ui {

class SliderField;

// How compute grows with the time budget, and how long a run can sensibly
// last before a later, better-equipped run overtakes it (MODEL.md §13,
// Epoch AI "The longest training run"). Its growth rates are the
// document's (they also set the training-run planner's limit).
class TimeTab : public PlotTab {
    Q_OBJECT
public:
    explicit TimeTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("time"); }
    QString tabTitle() const override { return tr("Time"); }

    const RunLengthInputs& growthRates() const;
    // One undo step.
    void setGrowthRates(const RunLengthInputs& rates);

protected:
    void refresh(const ChangeSet& changes) override;
    RevisionPlots otherRevisionPlots(const Scenario& other) const override;
    bool otherRevisionReads(const ChangeSet& changes) const override;
    bool shows(const ChangeSet& changes) const override;

private:
    SliderField* addRateField(const QString& label, const QString& help, double exactDefault,
                              double RunLengthInputs::*rate);
    void refreshBudgetPlot(double limitMonths);
    void refreshRunLengthPlot(double limitMonths);
    void showResult(double limitMonths);
    void showRates();

    SliderField* hardwareField_ = nullptr;
    SliderField* softwareField_ = nullptr;
    SliderField* investmentField_ = nullptr;
    QLabel* resultValue_;
    QLabel* resultText_;
    PlotView* budgetPlot_;
    PlotView* runLengthPlot_;
    std::optional<BudgetResult> budget_;
    std::optional<RunLengthResult> runLength_;
};

} // namespace dtx::ui
