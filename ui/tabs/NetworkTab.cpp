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
#include "SweepGrid.hpp"

#include <QGridLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dtx::ui {
namespace {

// The swept ranges, widened to take in the scenario's own link when it lies
// outside them.
constexpr double kSweepMinMbps = 1;
constexpr double kSweepMaxMbps = 10000;
constexpr double kSweepMaxLatencyMs = 500;

struct LinkSeries {
    QVector<double> x, computeLocal, computeQuality, eta, innerSteps;
};

// The scenario with one property of its WAN link set to each grid value.
LinkSeries sweepLink(Scenario scenario, const std::vector<double>& grid, double NetworkLink::*field)
{
    LinkSeries series;
    for (const double value : grid) {
        scenario.wan.*field = value;
        const EvaluationOutcome outcome = evaluate(scenario);
        if (!outcome.ok())
            continue;
        const Evaluation& e = *outcome.evaluation;
        series.x << value;
        series.computeLocal << e.computeLocal;
        series.computeQuality << e.computeQuality;
        series.eta << e.eta;
        series.innerSteps << e.innerSteps;
    }
    return series;
}

struct Marker {
    double x, y;
    QString name;
};

// One graph per marker, so that hovering a marker names it, and a single
// legend entry for the whole set.
void addMarkers(PlotView* plot, const QString& legendName, const QColor& color,
                QCPScatterStyle::ScatterShape shape, const std::vector<Marker>& markers)
{
    plot->addPoints(legendName, color, shape, 10);
    for (const Marker& m : markers) {
        QCPGraph* graph = plot->addPoints(m.name, color, shape, 10);
        graph->removeFromLegend();
        PlotView::setCurveData(graph, {m.x}, {m.y});
    }
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

void NetworkTab::refresh(const ChangeSet&)
{
    const Scenario& scenario = document()->scenario();
    profileLabels_->clear();
    latencyLabels_->clear();
    for (PlotView* plot : {computePlot_, efficiencyPlot_, innerStepsPlot_, latencyPlot_}) {
        plot->clearGraphs();
        plot->clearAnnotations();
    }

    const double mbps = scenario.wan.bandwidthMbps;
    const bool mbpsValid = std::isfinite(mbps) && mbps > 0;
    const LinkSeries bandwidth = sweepLink(
        scenario,
        logGrid(mbpsValid ? std::min(kSweepMinMbps, mbps) : kSweepMinMbps,
                mbpsValid ? std::max(kSweepMaxMbps, mbps) : kSweepMaxMbps),
        &NetworkLink::bandwidthMbps);
    PlotView::setCurveData(computePlot_->addCurve(tr("C_local (local-equivalent)"),
                                                  colors::kComputeLocal),
                           bandwidth.x, bandwidth.computeLocal);
    PlotView::setCurveData(computePlot_->addCurve(tr("C_quality (quality-adjusted)"),
                                                  colors::kComputeQuality),
                           bandwidth.x, bandwidth.computeQuality);
    addComputeGuides(computePlot_, scenario.treaty.strictThresholdFlop);
    addDeploymentProfiles();

    PlotView::setCurveData(efficiencyPlot_->addCurve(tr("eta, this scenario"), colors::kEfficiency),
                           bandwidth.x, bandwidth.eta);
    if (!bandwidth.eta.isEmpty())
        efficiencyPlot_->addHorizontalLine(
            kCommBoundEta,
            tr("eta = %1: compute-bound above, communication-bound below")
                .arg(formatDecimal(kCommBoundEta, 1)),
            colors::kReferenceLine);

    // Hierarchical mode reports H_eff = H_inner × sqrt(H_reg) (MODEL.md §5).
    const QString steps = scenario.mode == Mode::Hierarchical ? tr("Effective inner steps H_eff")
                                                              : tr("Inner steps H");
    innerStepsPlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), steps);
    PlotView::setCurveData(innerStepsPlot_->addCurve(steps, colors::kInnerSteps), bandwidth.x,
                           bandwidth.innerSteps);

    const double latencyMs = scenario.wan.latencyMs;
    const LinkSeries latency = sweepLink(
        scenario,
        linearGrid(0, std::isfinite(latencyMs) ? std::max(kSweepMaxLatencyMs, latencyMs)
                                               : kSweepMaxLatencyMs),
        &NetworkLink::latencyMs);
    PlotView::setCurveData(latencyPlot_->addCurve(tr("C_local (local-equivalent)"),
                                                  colors::kComputeLocal),
                           latency.x, latency.computeLocal);
    addLatencyScenarios();

    const EvaluationOutcome& outcome = document()->outcome();
    if (outcome.ok()) {
        const Evaluation& e = *outcome.evaluation;
        const QString atBandwidth = tr("This scenario: %1").arg(formatBandwidth(mbps));
        const auto mark = [](PlotView* plot, const QString& label, double x, double y) {
            PlotView::setCurveData(
                plot->addPoints(label, plot->ink(), QCPScatterStyle::ssCircle, 11), {x}, {y});
        };
        mark(computePlot_, atBandwidth, mbps, e.computeLocal);
        mark(efficiencyPlot_, atBandwidth, mbps, e.eta);
        mark(innerStepsPlot_, atBandwidth, mbps, e.innerSteps);
        mark(latencyPlot_, tr("This scenario: %1 ms").arg(formatSignificant(latencyMs)), latencyMs,
             e.computeLocal);
    }
    for (PlotView* plot : {computePlot_, efficiencyPlot_, innerStepsPlot_, latencyPlot_}) {
        addEmptyPlotNote(plot, outcome);
        plot->fitToData();
    }
    profileLabels_->arrange();
    latencyLabels_->arrange();
    for (PlotView* plot : {computePlot_, efficiencyPlot_, innerStepsPlot_, latencyPlot_})
        plot->replot();
}

void NetworkTab::addDeploymentProfiles()
{
    struct Group {
        double mbps, computeLocal;
        QStringList names;
    };
    std::vector<Group> groups; // one per distinct bandwidth
    std::vector<Marker> markers;
    for (const DeploymentProfile& profile : kDeploymentProfiles) {
        Scenario scenario = document()->scenario();
        scenario.wan = {profile.bandwidthMbps, profile.rttMs};
        const EvaluationOutcome outcome = evaluate(scenario);
        if (!outcome.ok())
            continue;
        const double computeLocal = outcome.evaluation->computeLocal;
        const QString name = tr("%1 (%2 ms)").arg(CoreTerms::networkLabel(profile.label),
                                                  formatSignificant(profile.rttMs));
        markers.push_back({profile.bandwidthMbps, computeLocal,
                           tr("%1, %2").arg(name, formatBandwidth(profile.bandwidthMbps))});
        const auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            return g.mbps == profile.bandwidthMbps;
        });
        if (same == groups.end()) {
            groups.push_back({profile.bandwidthMbps, computeLocal, {name}});
        } else {
            same->computeLocal = std::max(same->computeLocal, computeLocal);
            same->names << name;
        }
    }
    addMarkers(computePlot_, tr("Deployment profiles"),
               colors::kDeploymentProfile, QCPScatterStyle::ssDiamond, markers);
    // Profiles that share a bandwidth differ only in latency and land almost
    // on one spot: one label lists them all rather than printing over itself.
    std::sort(groups.begin(), groups.end(),
              [](const Group& a, const Group& b) { return a.mbps < b.mbps; });
    for (const Group& g : groups)
        profileLabels_->add(g.mbps, g.computeLocal, g.names.join(QLatin1Char('\n')));
}

void NetworkTab::addLatencyScenarios()
{
    std::vector<Marker> markers;
    for (const LatencyScenario& s : kLatencyScenarios) {
        Scenario scenario = document()->scenario();
        scenario.wan.latencyMs = s.rttMs;
        const EvaluationOutcome outcome = evaluate(scenario);
        if (!outcome.ok())
            continue;
        const QString name =
            tr("%1 (%2 ms)").arg(CoreTerms::networkLabel(s.label), formatSignificant(s.rttMs));
        markers.push_back({s.rttMs, outcome.evaluation->computeLocal, name});
        latencyLabels_->add(s.rttMs, outcome.evaluation->computeLocal, name);
    }
    addMarkers(latencyPlot_, tr("Measured round trips"), colors::kDeploymentProfile,
               QCPScatterStyle::ssDiamond, markers);
}

} // namespace dtx::ui
