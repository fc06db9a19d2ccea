#include "ScaleTab.hpp"

#include "ComputeGuides.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "Document.hpp"
#include "SweepGrid.hpp"

#include <QGridLayout>

namespace dtx::ui {
namespace {

constexpr double kMaxPlottedNodes = 10000;

struct ScaleSeries {
    QVector<double> nodes, computeLocal, computeQuality, eta, cost;
};

ScaleSeries sweepNodes(Scenario scenario, const std::vector<double>& grid)
{
    ScaleSeries series;
    for (const double n : grid) {
        scenario.nodes = static_cast<std::int64_t>(n);
        const EvaluationOutcome outcome = evaluate(scenario);
        if (!outcome.ok())
            continue; // e.g. too few pipeline groups: no point, not a zero
        const Evaluation& e = *outcome.evaluation;
        series.nodes << n;
        series.computeLocal << e.computeLocal;
        series.computeQuality << e.computeQuality;
        series.eta << e.eta;
        series.cost << e.costUsd;
    }
    return series;
}

} // namespace

ScaleTab::ScaleTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      computePlot_(new PlotView),
      efficiencyPlot_(new PlotView),
      costPlot_(new PlotView)
{
    computePlot_->setTitle(tr("Training compute against node count"));
    computePlot_->setAxisTitles(tr("Nodes"), tr("Compute (FLOP)"));
    computePlot_->setLogAxes(true, true);
    computePlot_->setPowerOfTenLabels(false, true);
    // Compute rises to the right: the lower right corner and the left end
    // of the guide lines stay free.
    computePlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);
    computePlot_->setLineLabelsLeft(true);
    efficiencyPlot_->setTitle(tr("Efficiency eta against node count"));
    efficiencyPlot_->setAxisTitles(tr("Nodes"), tr("eta (fraction of local compute)"));
    efficiencyPlot_->setLogAxes(true, false);
    costPlot_->setTitle(tr("Hardware cost against node count"));
    costPlot_->setAxisTitles(tr("Nodes"), tr("GPU cost (US$)"));
    costPlot_->setLogAxes(true, true);
    costPlot_->setPowerOfTenLabels(false, true);
    costPlot_->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    efficiencyPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignLeft);

    auto* layout = new QGridLayout(this);
    layout->addWidget(computePlot_, 0, 0, 1, 2);
    layout->addWidget(efficiencyPlot_, 1, 0);
    layout->addWidget(costPlot_, 1, 1);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
}

void ScaleTab::refresh()
{
    const Scenario& scenario = document()->scenario();
    const std::vector<double> grid =
        logIntegerGrid(1, sweepEndCovering(kMaxPlottedNodes, double(scenario.nodes)));

    for (PlotView* plot : {computePlot_, efficiencyPlot_, costPlot_}) {
        plot->clearGraphs();
        plot->clearAnnotations();
    }

    // The other presets first, so the scenario's own curves draw on top;
    // a dash pattern each tells them apart without competing in colour.
    const Qt::PenStyle styles[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    int styleIndex = 0;
    for (const NodePreset& preset : nodePresets()) {
        if (scenario.nodeOrigin.preset == preset.name)
            continue;
        const std::optional<NodeConfig> node = presetNode(document()->catalog(), preset.name);
        if (!node)
            continue;
        Scenario other = scenario;
        other.node = *node;
        other.paramsB.reset();
        const ScaleSeries series = sweepNodes(other, grid);
        const QString name = QString::fromUtf8(preset.name);
        const Qt::PenStyle style = styles[styleIndex++ % std::size(styles)];
        PlotView::setCurveData(
            computePlot_->addCurve(tr("%1: C_local").arg(name), colors::kComparison, true, style),
            series.nodes, series.computeLocal);
        // The small plots name the presets only on hover: their legends
        // would cover the curves, and the compute plot's legend says which
        // dash is which.
        QCPGraph* eta = efficiencyPlot_->addCurve(name, colors::kComparison, true, style);
        QCPGraph* cost = costPlot_->addCurve(name, colors::kComparison, true, style);
        eta->removeFromLegend();
        cost->removeFromLegend();
        PlotView::setCurveData(eta, series.nodes, series.eta);
        PlotView::setCurveData(cost, series.nodes, series.cost);
    }

    const ScaleSeries own = sweepNodes(scenario, grid);
    PlotView::setCurveData(computePlot_->addCurve(tr("C_local (local-equivalent)"),
                                                  colors::kComputeLocal),
                           own.nodes, own.computeLocal);
    PlotView::setCurveData(computePlot_->addCurve(tr("C_quality (quality-adjusted)"),
                                                  colors::kComputeQuality),
                           own.nodes, own.computeQuality);
    PlotView::setCurveData(efficiencyPlot_->addCurve(tr("eta, this scenario"), colors::kEfficiency),
                           own.nodes, own.eta);
    PlotView::setCurveData(costPlot_->addCurve(tr("Cost, this scenario"), colors::kCost), own.nodes,
                           own.cost);
    addComputeGuides(computePlot_, scenario.treaty.strictThresholdFlop);

    const EvaluationOutcome& outcome = document()->outcome();
    if (outcome.ok()) {
        const Evaluation& e = *outcome.evaluation;
        const QString label = tr("This scenario: %1 nodes").arg(formatCount(e.nodes));
        const auto mark = [&](PlotView* plot, double value) {
            PlotView::setCurveData(
                plot->addPoints(label, plot->ink(), QCPScatterStyle::ssCircle, 11),
                {e.nodes}, {value});
        };
        mark(computePlot_, e.computeLocal);
        mark(efficiencyPlot_, e.eta);
        mark(costPlot_, e.costUsd);
    }
    for (PlotView* plot : {computePlot_, efficiencyPlot_, costPlot_})
        plot->finishUpdate();
}

} // namespace dtx::ui
