#include "ScaleTab.hpp"

#include "ComputeGuides.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "Document.hpp"

#include <QGridLayout>

#include <limits>
#include <tuple>

namespace dtx::ui {
namespace {

// How each role of ScaleCompute's series looks; the other presets each get
// a dash pattern of their own so they are told apart without colour.
void drawSeries(PlotView* plot, const PlotData& data, const QColor& ownColor, bool presetsInLegend)
{
    const Qt::PenStyle styles[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    int preset = 0;
    for (const PlotSeries& series : data.series) {
        QCPGraph* graph = nullptr;
        if (series.role == QLatin1String("preset")) {
            graph = plot->addCurve(series.name, colors::kComparison, true,
                                   styles[preset++ % std::size(styles)]);
            if (!presetsInLegend)
                graph->removeFromLegend();
        } else {
            const QColor color = series.role == QLatin1String("c_local")     ? colors::kComputeLocal
                                 : series.role == QLatin1String("c_quality") ? colors::kComputeQuality
                                                                              : ownColor;
            graph = plot->addCurve(series.name, color);
        }
        PlotView::setCurveData(graph, series.x, series.y);
    }
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
    // Compute rises to the right: the lower right corner and the left end
    // of the guide lines stay free.
    computePlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);
    efficiencyPlot_->setTitle(tr("Efficiency eta against node count"));
    efficiencyPlot_->setAxisTitles(tr("Nodes"), tr("eta (fraction of local compute)"));
    efficiencyPlot_->setLogAxes(true, false);
    costPlot_->setTitle(tr("Hardware cost against node count"));
    costPlot_->setAxisTitles(tr("Nodes"), tr("GPU cost (US$)"));
    costPlot_->setLogAxes(true, true);
    costPlot_->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);
    efficiencyPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignLeft);

    auto* layout = new QGridLayout(this);
    layout->addWidget(computePlot_, 0, 0, 1, 2);
    layout->addWidget(efficiencyPlot_, 1, 0);
    layout->addWidget(costPlot_, 1, 1);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
}

bool ScaleTab::shows(const ChangeSet& changes) const
{
    // The Strict Threshold is drawn as a guide; the other treaty inputs
    // and the name are not shown here.
    return ScaleCompute::reads(changes)
           || changes.touches(QStringLiteral("scenario.treaty.strict_threshold_flop"));
}

void ScaleTab::refresh(const ChangeSet& changes)
{
    const Scenario& scenario = document()->scenario();
    const bool curves = !result_ || ScaleCompute::reads(changes)
                        || result_->gridEnd != ScaleCompute::gridEnd(scenario);
    if (curves)
        result_ = ScaleCompute::run(scenario, document()->catalog());
    const bool markerOnly = !curves && computePlot_->marker()
                            && !changes.touches(QStringLiteral("scenario.treaty.strict_threshold_flop"));

    if (!markerOnly) {
        for (PlotView* plot : {computePlot_, efficiencyPlot_, costPlot_}) {
            plot->clearGraphs();
            plot->clearAnnotations();
        }
        drawSeries(computePlot_, result_->compute, colors::kComputeLocal, true);
        // The small plots name the presets only on hover: their legends would
        // cover the curves, and the compute plot's legend says which dash is
        // which.
        drawSeries(efficiencyPlot_, result_->efficiency, colors::kEfficiency, false);
        drawSeries(costPlot_, result_->cost, colors::kCost, false);
        addComputeGuides(computePlot_, scenario.treaty.strictThresholdFlop);
    }

    // The scenario's own point, from the evaluation the headline shows.
    const std::optional<Evaluation>& e = document()->outcome().evaluation;
    const QString name = tr("This scenario");
    const QString label = e ? tr("%Ln node(s)", nullptr, pluralCount(e->nodes)) : QString();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::tuple<PlotView*, const PlotData*, double> marked[] = {
        {computePlot_, &result_->compute, e ? e->computeLocal : nan},
        {efficiencyPlot_, &result_->efficiency, e ? e->eta : nan},
        {costPlot_, &result_->cost, e ? e->costUsd : nan}};
    for (const auto& [plot, data, value] : marked) {
        const double nodes = e ? e->nodes : nan;
        plot->setMarker(name, label, nodes, value);
        PlotData withMarker = *data;
        if (e)
            withMarker.series.push_back({name, {nodes}, {value}, QStringLiteral("marker")});
        plot->setData(std::move(withMarker));
        if (markerOnly)
            plot->redrawMarker();
        else
            plot->finishUpdate();
    }
}

PlotTab::RevisionPlots ScaleTab::otherRevisionPlots(const Scenario& other) const
{
    ScaleResult result = ScaleCompute::run(other, document()->catalog(), false);
    return {{computePlot_, std::move(result.compute)},
            {efficiencyPlot_, std::move(result.efficiency)},
            {costPlot_, std::move(result.cost)}};
}

bool ScaleTab::otherRevisionReads(const ChangeSet& changes) const
{
    return ScaleCompute::reads(changes);
}

} // namespace dtx::ui
