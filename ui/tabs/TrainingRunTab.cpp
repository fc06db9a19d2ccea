#include "TrainingRunTab.hpp"

#include "CoreTerms.hpp"

#include "DutyCycleChart.hpp"
#include "Format.hpp"
#include "PlannerInputsPanel.hpp"
#include "PlannerSummary.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "RunLengthLimitLine.hpp"
#include "Document.hpp"
#include "SweepGrid.hpp"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace dtx::ui {
namespace {

struct DaysCurve {
    QVector<double> x;
    QVector<double> days;
};

// Training days as one input moves along `grid`; points the planner
// refuses are left out rather than drawn as zero.
template <typename Set>
DaysCurve sweepDays(const PlannerInputs& base, const std::vector<double>& grid, Set set)
{
    DaysCurve curve;
    curve.x.reserve(grid.size());
    curve.days.reserve(grid.size());
    PlannerInputs point = base;
    for (const double x : grid) {
        set(point, x);
        if (validatePlannerInputs(point))
            continue;
        curve.x << x;
        curve.days << planTrainingRun(point).days;
    }
    return curve;
}

} // namespace

TrainingRunTab::TrainingRunTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      inputs_(new PlannerInputsPanel(document)),
      summary_(new PlannerSummary),
      dutyCycle_(new DutyCycleChart),
      nodesPlot_(new PlotView),
      bandwidthPlot_(new PlotView),
      charts_(new QWidget),
      nodeGrid_(logIntegerGrid(1, kPlannerSliderMaxNodes)),
      bandwidthGrid_(logGrid(kPlannerSliderMinBandwidthMbps, kPlannerSliderMaxBandwidthMbps))
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

void TrainingRunTab::refresh(const ChangeSet&)
{
    const PlannerInputs in = inputs_->inputs();
    for (PlotView* plot : {nodesPlot_, bandwidthPlot_}) {
        plot->clearGraphs();
        plot->clearAnnotations();
    }
    if (const std::optional<PlannerInputError> error = validatePlannerInputs(in)) {
        summary_->showError(inputs_->inputLabel(QString::fromStdString(error->key)),
                            CoreTerms::inputErrorText(*error));
        dutyCycle_->hide();
        charts_->hide();
        return;
    }
    dutyCycle_->show();
    charts_->show();

    const PlannerResult result = planTrainingRun(in);
    summary_->showResult(in, result);
    dutyCycle_->showResult(in, result);

    const DaysCurve byNodes = sweepDays(
        in, nodeGrid_, [](PlannerInputs& point, double nodes) { point.cluster.nodes = nodes; });
    PlotView::setCurveData(nodesPlot_->addCurve(tr("Training time"), colors::kTrainingDays),
                           byNodes.x, byNodes.days);
    // Where more nodes first bring the run within the limit, if they do.
    const auto firstWithin =
        std::find_if(byNodes.days.cbegin(), byNodes.days.cend(),
                     [&](double days) { return days < result.maxRunLengthDays; });
    if (firstWithin != byNodes.days.cbegin() && firstWithin != byNodes.days.cend()) {
        const double nodes = byNodes.x[firstWithin - byNodes.days.cbegin()];
        PlotView::setCurveData(
            nodesPlot_->addPoints(tr("Within the limit from %1 nodes").arg(formatCount(nodes)),
                                  colors::kRunLengthLimit, QCPScatterStyle::ssDiamond, 10),
            {nodes}, {*firstWithin});
    }
    PlotView::setCurveData(
        nodesPlot_->addPoints(tr("This plan (%1 nodes)").arg(formatCount(in.cluster.nodes)),
                              nodesPlot_->ink(), QCPScatterStyle::ssCircle, 11),
        {in.cluster.nodes}, {result.days});
    addRunLengthLimitLine(nodesPlot_, byNodes.x, byNodes.days, result.maxRunLengthDays);

    const DaysCurve byBandwidth =
        sweepDays(in, bandwidthGrid_,
                  [](PlannerInputs& point, double mbps) { point.network.bandwidthMbps = mbps; });
    PlotView::setCurveData(bandwidthPlot_->addCurve(tr("Training time"), colors::kTrainingDays),
                           byBandwidth.x, byBandwidth.days);
    PlotView::setCurveData(
        bandwidthPlot_->addPoints(
            tr("This plan (%1)").arg(formatBandwidth(in.network.bandwidthMbps)),
            bandwidthPlot_->ink(), QCPScatterStyle::ssCircle, 11),
        {in.network.bandwidthMbps}, {result.days});
    addRunLengthLimitLine(bandwidthPlot_, byBandwidth.x, byBandwidth.days,
                          result.maxRunLengthDays);

    for (PlotView* plot : {nodesPlot_, bandwidthPlot_})
        plot->finishUpdate();
}

} // namespace dtx::ui
