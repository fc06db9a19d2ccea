#include "NetworkTab.hpp"

#include "CoreTerms.hpp"

#include "ComputeGuides.hpp"
#include "DilocoModes.hpp"
#include "EmptyPlotNote.hpp"
#include "Format.hpp"
#include "LabelPlacer.hpp"
#include "LinkRequirementsPanel.hpp"
#include "NetworkProfiles.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "ScrollingPage.hpp"
#include "Document.hpp"

#include <QGridLayout>
#include <QVBoxLayout>
#include <QScrollArea>
#include <QTableWidget>

#include <limits>
#include <tuple>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dtx::ui {
namespace {

// Each plot keeps room for its axes and legend; the page scrolls instead.
constexpr int kMinimumPlotHeight = 280;

// Draws NetworkCompute's series: each role in its colour; each profile as a
// point of its own (hovering it names it) under one legend entry.
void drawSeries(PlotView* plot, const PlotData& data)
{
    for (const PlotSeries& series : data.series) {
        QCPGraph* graph = nullptr;
        if (series.role == QLatin1String("profiles") || series.role == QLatin1String("profile")) {
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
}

// The scenario's own point on a plot, and the plot's CSV with it.
void markScenario(PlotView* plot, const PlotData& data, const QString& label, double x, double y)
{
    const QString name = NetworkTab::tr("This scenario");
    plot->setMarker(name, label, x, y);
    PlotData withMarker = data;
    if (std::isfinite(x) && std::isfinite(y))
        withMarker.series.push_back({name, {x}, {y}, QStringLiteral("marker")});
    plot->setData(std::move(withMarker));
}

} // namespace

NetworkTab::NetworkTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      computePlot_(new PlotView),
      efficiencyPlot_(new PlotView),
      innerStepsPlot_(new PlotView),
      latencyPlot_(new PlotView),
      profileLabels_(new LabelPlacer(computePlot_)),
      latencyLabels_(new LabelPlacer(latencyPlot_)),
      links_(new LinkRequirementsPanel)
{
    computePlot_->setTitle(tr("Training compute against WAN bandwidth"));
    computePlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("Compute (FLOP)"));
    computePlot_->setLogAxes(true, true);
    computePlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);

    efficiencyPlot_->setTitle(tr("Efficiency eta against WAN bandwidth"));
    efficiencyPlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("eta (fraction of local compute)"));
    efficiencyPlot_->setLogAxes(true, false);
    efficiencyPlot_->setLegendCorner(Qt::AlignTop | Qt::AlignLeft);

    innerStepsPlot_->setTitle(tr("Inner steps between synchronisations against WAN bandwidth"));
    innerStepsPlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("Inner steps H"));
    innerStepsPlot_->setLogAxes(true, true);
    innerStepsPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignLeft);

    latencyPlot_->setTitle(tr("Training compute against WAN latency"));
    latencyPlot_->setAxisTitles(tr("WAN round-trip latency (ms)"), tr("Compute (FLOP)"));
    latencyPlot_->setLogAxes(false, true);
    latencyPlot_->setLegendCorner(Qt::AlignTop | Qt::AlignRight);

    connect(links_, &LinkRequirementsPanel::readingChosen, this, [this](LinkReading reading) {
        AnalysisSettings settings = this->document()->analysisSettings();
        settings.linksBlocking = reading == LinkReading::Blocking;
        this->document()->setAnalysisSettings(settings);
    });

    // The four plots, then the link table: one page that scrolls when the
    // window is short rather than squeezing the plots.
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(computePlot_, 0, 0);
    grid->addWidget(efficiencyPlot_, 0, 1);
    grid->addWidget(innerStepsPlot_, 1, 0);
    grid->addWidget(latencyPlot_, 1, 1);
    grid->addWidget(links_, 2, 0, 1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    for (PlotView* plot : {computePlot_, efficiencyPlot_, innerStepsPlot_, latencyPlot_})
        plot->setMinimumHeight(kMinimumPlotHeight);
    QScrollArea* scroll =
        scrollingPage(content, tr("Network plots and link table"),
                      tr("Compute, eta and inner steps against bandwidth, compute "
                         "against latency, and the link each utilisation needs."));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QString NetworkTab::briefText() const
{
    return links_->readingSentence();
}

const QAbstractItemModel* NetworkTab::briefTable() const
{
    return links_->table()->model();
}

bool NetworkTab::shows(const ChangeSet& changes) const
{
    return changes.touches(kAnalysisKey) || changes.touchesAnyBut({QStringLiteral("scenario")},
                                 {QStringLiteral("scenario.treaty.ccc_threshold_h100e"),
                                  QStringLiteral("scenario.treaty.memory_threshold_gb"),
                                  QStringLiteral("scenario.name")});
}

void NetworkTab::refresh(const ChangeSet& changes)
{
    const Scenario& scenario = document()->scenario();
    const bool bandwidthCurves = !bandwidth_ || NetworkCompute::bandwidthReads(changes)
                                 || std::pair(bandwidth_->from, bandwidth_->to)
                                        != NetworkCompute::bandwidthRange(scenario);
    const bool latencyCurves = !latency_ || NetworkCompute::latencyReads(changes)
                               || latency_->to != NetworkCompute::latencyEnd(scenario);
    if (bandwidthCurves)
        bandwidth_ = NetworkCompute::bandwidth(scenario);
    if (latencyCurves)
        latency_ = NetworkCompute::latency(scenario);
    const bool redrawBandwidth = bandwidthCurves || !computePlot_->marker()
                                 || changes.touches(QStringLiteral("scenario.treaty.strict_threshold_flop"));
    const bool redrawLatency = latencyCurves || !latencyPlot_->marker();

    const EvaluationOutcome& outcome = document()->outcome();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Evaluation* e = outcome.evaluation ? &*outcome.evaluation : nullptr;
    const double mbps = scenario.wan.equivalentSymmetricMbps();
    const double latencyMs = scenario.wan.latencyMs;
    const QString atBandwidth = formatBandwidth(mbps);
    const std::tuple<PlotView*, const PlotData*, double> bandwidthPlots[] = {
        {computePlot_, &bandwidth_->compute, e ? e->computeLocal : nan},
        {efficiencyPlot_, &bandwidth_->efficiency, e ? e->eta : nan},
        {innerStepsPlot_, &bandwidth_->innerSteps, e ? e->innerSteps : nan}};

    if (redrawBandwidth) {
        profileLabels_->clear();
        for (const auto& [plot, data, y] : bandwidthPlots) {
            plot->clearGraphs();
            plot->clearAnnotations();
            plot->setAxisTitles(data->xTitle, data->yTitle);
            drawSeries(plot, *data);
        }
        addComputeGuides(computePlot_, scenario.treaty.strictThresholdFlop);
        if (!bandwidth_->efficiency.isEmpty())
            efficiencyPlot_->addHorizontalLine(
                kCommBoundEta,
                tr("eta = %1: compute-bound above, communication-bound below")
                    .arg(formatDecimal(kCommBoundEta, 1)),
                colors::kReferenceLine);
        for (const PlotLabel& label : bandwidth_->profileLabels)
            profileLabels_->add(label.x, label.y, label.text);
    }
    for (const auto& [plot, data, y] : bandwidthPlots)
        markScenario(plot, *data, atBandwidth, e ? mbps : nan, y);
    if (redrawBandwidth) {
        for (const auto& [plot, data, y] : bandwidthPlots) {
            addEmptyPlotNote(plot, outcome);
            plot->fitToData();
        }
        for (const auto& [plot, data, y] : bandwidthPlots)
            plot->replot();
    } else {
        for (const auto& [plot, data, y] : bandwidthPlots)
            plot->redrawMarker();
    }

    if (redrawLatency) {
        latencyLabels_->clear();
        latencyPlot_->clearGraphs();
        latencyPlot_->clearAnnotations();
        drawSeries(latencyPlot_, latency_->latency);
        for (const PlotLabel& label : latency_->labels)
            latencyLabels_->add(label.x, label.y, label.text);
    }
    markScenario(latencyPlot_, latency_->latency, tr("%1 ms").arg(formatSignificant(latencyMs)),
                 e ? latencyMs : nan, e ? e->computeLocal : nan);
    if (redrawLatency) {
        addEmptyPlotNote(latencyPlot_, outcome);
        latencyPlot_->finishUpdate();
    } else {
        latencyPlot_->redrawMarker();
    }
    links_->display(linkRequirements(scenario), document()->analysisSettings().linksBlocking
                                                    ? LinkReading::Blocking
                                                    : LinkReading::Streaming);
}

PlotTab::RevisionPlots NetworkTab::otherRevisionPlots(const Scenario& other) const
{
    BandwidthResult bandwidth = NetworkCompute::bandwidth(other);
    return {{computePlot_, std::move(bandwidth.compute)},
            {efficiencyPlot_, std::move(bandwidth.efficiency)},
            {innerStepsPlot_, std::move(bandwidth.innerSteps)},
            {latencyPlot_, NetworkCompute::latency(other).latency}};
}

bool NetworkTab::otherRevisionReads(const ChangeSet& changes) const
{
    return NetworkCompute::bandwidthReads(changes) || NetworkCompute::latencyReads(changes);
}

} // namespace dtx::ui
