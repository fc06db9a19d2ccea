#include "NetworkTab.hpp"

#include "CoreTerms.hpp"

#include "ComputeGuides.hpp"
#include "DilocoModes.hpp"
#include "EmptyPlotNote.hpp"
#include "Format.hpp"
#include "LabelPlacer.hpp"
#include "NetworkProfiles.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "Document.hpp"

#include <QGridLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dtx::ui {
namespace {

// Draws NetworkCompute's series: each role in its colour; each profile as a
// point of its own (hovering it names it) under one legend entry.
void drawSeries(PlotView* plot, const PlotData& data)
{
    for (const PlotSeries& series : data.series) {
        QCPGraph* graph = nullptr;
        if (series.role == QLatin1String("marker")) {
            graph = plot->addPoints(series.name, plot->ink(), QCPScatterStyle::ssCircle, 11);
        } else if (series.role == QLatin1String("profiles") || series.role == QLatin1String("profile")) {
            graph = plot->addPoints(series.name, colors::kDeploymentProfile, QCPScatterStyle::ssDiamond, 10);
            if (series.role == QLatin1String("profile"))
                graph->removeFromLegend();
        } else {
            const QColor color = series.role == QLatin1String("c_local")     ? colors::kComputeLocal
                                 : series.role == QLatin1String("c_quality") ? colors::kComputeQuality
                                 : series.role == QLatin1String("eta")       ? colors::kEfficiency
                                                                              : colors::kInnerSteps;
            graph = plot->addCurve(series.name, color);
        }
        PlotView::setCurveData(graph, series.x, series.y);
    }
    plot->setData(data);
}

} // namespace

NetworkTab::NetworkTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      computePlot_(new PlotView),
      efficiencyPlot_(new PlotView),
      innerStepsPlot_(new PlotView),
      latencyPlot_(new PlotView),
      profileLabels_(new LabelPlacer(computePlot_)),
      latencyLabels_(new LabelPlacer(latencyPlot_))
{
    computePlot_->setTitle(tr("Training compute against WAN bandwidth"));
    computePlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("Compute (FLOP)"));
    computePlot_->setLogAxes(true, true);
    computePlot_->setPowerOfTenLabels(false, true);
    computePlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);
    computePlot_->setLineLabelsLeft(true);

    efficiencyPlot_->setTitle(tr("Efficiency eta against WAN bandwidth"));
    efficiencyPlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("eta (fraction of local compute)"));
    efficiencyPlot_->setLogAxes(true, false);
    efficiencyPlot_->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);

    innerStepsPlot_->setTitle(tr("Inner steps between synchronisations against WAN bandwidth"));
    innerStepsPlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("Inner steps H"));
    innerStepsPlot_->setLogAxes(true, true);
    innerStepsPlot_->setPowerOfTenLabels(false, true);
    innerStepsPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignLeft);

    latencyPlot_->setTitle(tr("Training compute against WAN latency"));
    latencyPlot_->setAxisTitles(tr("WAN round-trip latency (ms)"), tr("Compute (FLOP)"));
    latencyPlot_->setLogAxes(false, true);
    latencyPlot_->setPowerOfTenLabels(false, true);
    latencyPlot_->setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    latencyPlot_->setLineLabelsLeft(true);

    auto* layout = new QGridLayout(this);
    layout->addWidget(computePlot_, 0, 0);
    layout->addWidget(efficiencyPlot_, 0, 1);
    layout->addWidget(innerStepsPlot_, 1, 0);
    layout->addWidget(latencyPlot_, 1, 1);
}

bool NetworkTab::shows(const ChangeSet& changes) const
{
    return NetworkCompute::reads(changes)
           || changes.touches(QStringLiteral("scenario.treaty.strict_threshold_flop"));
}

void NetworkTab::refresh(const ChangeSet& changes)
{
    const Scenario& scenario = document()->scenario();
    if (!result_ || NetworkCompute::reads(changes))
        result_ = NetworkCompute::run(scenario);
    profileLabels_->clear();
    latencyLabels_->clear();
    const std::pair<PlotView*, const PlotData*> plots[] = {{computePlot_, &result_->compute},
                                                           {efficiencyPlot_, &result_->efficiency},
                                                           {innerStepsPlot_, &result_->innerSteps},
                                                           {latencyPlot_, &result_->latency}};
    for (const auto& [plot, data] : plots) {
        plot->clearGraphs();
        plot->clearAnnotations();
        plot->setAxisTitles(data->xTitle, data->yTitle);
        drawSeries(plot, *data);
    }
    addComputeGuides(computePlot_, scenario.treaty.strictThresholdFlop);
    if (!result_->efficiency.isEmpty())
        efficiencyPlot_->addHorizontalLine(
            kCommBoundEta,
            tr("eta = %1: compute-bound above, communication-bound below")
                .arg(formatDecimal(kCommBoundEta, 1)),
            colors::kReferenceLine);
    for (const PlotLabel& label : result_->profileLabels)
        profileLabels_->add(label.x, label.y, label.text);
    for (const PlotLabel& label : result_->latencyLabels)
        latencyLabels_->add(label.x, label.y, label.text);

    const EvaluationOutcome& outcome = document()->outcome();
    for (const auto& [plot, data] : plots) {
        addEmptyPlotNote(plot, outcome);
        plot->fitToData();
    }
    profileLabels_->arrange();
    latencyLabels_->arrange();
    for (const auto& [plot, data] : plots)
        plot->replot();
}

} // namespace dtx::ui
