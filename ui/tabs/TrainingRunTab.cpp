#include "TrainingRunTab.hpp"


#include "DilocoModes.hpp"

#include "CoreTerms.hpp"

#include "DutyCycleChart.hpp"
#include "Format.hpp"
#include "PlannerInputsPanel.hpp"
#include "PlannerSummary.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "RunLengthLimitLine.hpp"
#include "Document.hpp"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace dtx::ui {
namespace {

void drawDays(PlotView* plot, const PlotData& data, double maxRunLengthDays)
{
    for (const PlotSeries& series : data.series) {
        QCPGraph* graph =
            series.role == QLatin1String("days")     ? plot->addCurve(series.name, colors::kTrainingDays)
            : series.role == QLatin1String("within") ? plot->addPoints(series.name, colors::kRunLengthLimit,
                                                                        QCPScatterStyle::ssDiamond, 10)
                                                     : plot->addPoints(series.name, plot->ink(),
                                                                       QCPScatterStyle::ssCircle, 11);
        PlotView::setCurveData(graph, series.x, series.y);
    }
    plot->setData(data);
    const PlotSeries& days = data.series.front();
    addRunLengthLimitLine(plot, QVector<double>(days.x.begin(), days.x.end()),
                          QVector<double>(days.y.begin(), days.y.end()), maxRunLengthDays);
}

} // namespace

TrainingRunTab::TrainingRunTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      inputs_(new PlannerInputsPanel(document)),
      summary_(new PlannerSummary),
      dutyCycle_(new DutyCycleChart),
      nodesPlot_(new PlotView),
      bandwidthPlot_(new PlotView),
      charts_(new QWidget)
{
    nodesPlot_->setTitle(tr("Training time against node count"));
    nodesPlot_->setAxisTitles(tr("Nodes"), tr("Training time (days)"));
    nodesPlot_->setLogAxes(true, true);
    bandwidthPlot_->setTitle(tr("Training time against WAN bandwidth"));
    bandwidthPlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("Training time (days)"));
    bandwidthPlot_->setLogAxes(true, true);


    auto* middle = new QWidget;
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    // Long sentences in a narrow window scroll rather than clip.
    auto* summaryScroll = new QScrollArea;
    summaryScroll->setWidget(summary_);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setAccessibleName(tr("Training run summary"));
    summaryScroll->setAccessibleDescription(
        tr("How long the run takes, what limits it and whether it is feasible, in words."));
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    middleLayout->addWidget(summaryScroll, 1);
    middleLayout->addWidget(dutyCycle_);
    dutyCycle_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* chartsLayout = new QVBoxLayout(charts_);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(nodesPlot_);
    chartsLayout->addWidget(bandwidthPlot_);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(inputs_);
    layout->addWidget(middle, 4);
    layout->addWidget(charts_, 5);
}

bool TrainingRunTab::shows(const ChangeSet& changes) const
{
    return TrainingRunCompute::reads(changes, document()->state().planner.ownCluster);
}

void TrainingRunTab::refresh(const ChangeSet& changes)
{
    if (!result_ || TrainingRunCompute::reads(changes, document()->state().planner.ownCluster))
        result_ = TrainingRunCompute::run(inputs_->inputs());
    const TrainingRunResult& r = *result_;
    for (PlotView* plot : {nodesPlot_, bandwidthPlot_}) {
        plot->clearGraphs();
        plot->clearAnnotations();
    }
    if (r.error) {
        summary_->showError(inputs_->inputLabel(QString::fromStdString(r.error->key)),
                            CoreTerms::inputErrorText(*r.error));
        dutyCycle_->hide();
        charts_->hide();
        return;
    }
    dutyCycle_->show();
    charts_->show();
    summary_->showResult(r.inputs, r.plan);
    dutyCycle_->showResult(r.inputs, r.plan);
    drawDays(nodesPlot_, r.byNodes, r.plan.maxRunLengthDays);
    drawDays(bandwidthPlot_, r.byBandwidth, r.plan.maxRunLengthDays);
    for (PlotView* plot : {nodesPlot_, bandwidthPlot_})
        plot->finishUpdate();
}

PlotTab::RevisionPlots TrainingRunTab::otherRevisionPlots(const Scenario& other) const
{
    const DocumentState& state = document()->state();
    PlannerInputs inputs;
    if (!state.planner.ownCluster) {
        // The plan of the scenario as the other revision evaluates it.
        DocumentState moved = state;
        moved.scenario = other;
        const EvaluationOutcome outcome = evaluate(other);
        inputs = plannedInputs(moved, outcome.evaluation ? &*outcome.evaluation : nullptr);
    } else {
        // A cluster of its own: the same inputs, with the other revision's
        // defaults for those still at this revision's (R-planner's table).
        inputs = switchPlannerRevision(inputs_->inputs(), other.revision);
    }
    TrainingRunResult result = TrainingRunCompute::run(inputs);
    if (result.error)
        return {};
    return {{nodesPlot_, std::move(result.byNodes)}, {bandwidthPlot_, std::move(result.byBandwidth)}};
}

} // namespace dtx::ui
