#include "TrainingRunCompute.hpp"

#include "Format.hpp"
#include "PlannerRanges.hpp"
#include "SweepGrid.hpp"

#include <algorithm>

namespace dtx::ui {
namespace {

// Training days as one input moves along `grid`; points the planner
// refuses are left out rather than drawn as zero.
template <typename Set>
PlotSeries sweepDays(const PlannerInputs& base, const std::vector<double>& grid, Set set,
                     const QString& name)
{
    PlotSeries series{name, {}, {}, QStringLiteral("days")};
    series.x.reserve(grid.size());
    series.y.reserve(grid.size());
    PlannerInputs point = base;
    for (const double x : grid) {
        set(point, x);
        if (validatePlannerInputs(point))
            continue;
        series.x.push_back(x);
        series.y.push_back(planTrainingRun(point).days);
    }
    return series;
}

} // namespace

bool TrainingRunCompute::reads(const ChangeSet& changes, bool ownCluster)
{
    if (changes.touches(QStringLiteral("planner")) || changes.touches(QStringLiteral("growth")))
        return true;
    return !ownCluster
           && changes.touchesAnyBut({QStringLiteral("scenario")},
                                    {QStringLiteral("scenario.treaty"), QStringLiteral("scenario.name")});
}

TrainingRunResult TrainingRunCompute::run(const PlannerInputs& in)
{
    TrainingRunResult r;
    r.inputs = in;
    r.error = validatePlannerInputs(in);
    if (r.error)
        return r;
    r.plan = planTrainingRun(in);
    const QString days = tr("Training time (days)");
    r.byNodes = {tr("Nodes"), days, {}};
    r.byBandwidth = {tr("WAN bandwidth (Mbps)"), days, {}};

    const PlotSeries byNodes = sweepDays(
        in, logIntegerGrid(1, sweepEndCovering(kPlannerSliderMaxNodes, in.cluster.nodes)),
        [](PlannerInputs& point, double nodes) { point.cluster.nodes = nodes; }, tr("Training time"));
    r.byNodes.series.push_back(byNodes);
    // Where more nodes first bring the run within the limit, if they do.
    const auto firstWithin = std::find_if(byNodes.y.cbegin(), byNodes.y.cend(),
                                          [&](double d) { return d < r.plan.maxRunLengthDays; });
    if (firstWithin != byNodes.y.cbegin() && firstWithin != byNodes.y.cend()) {
        const double nodes = byNodes.x[std::size_t(firstWithin - byNodes.y.cbegin())];
        r.byNodes.series.push_back({tr("Within the limit from %Ln node(s)", nullptr, pluralCount(nodes)),
                                    {nodes}, {*firstWithin}, QStringLiteral("within")});
    }
    r.byNodes.series.push_back({tr("This plan (%Ln node(s))", nullptr, pluralCount(in.cluster.nodes)),
                                {in.cluster.nodes}, {r.plan.days}, QStringLiteral("marker")});

    r.byBandwidth.series.push_back(sweepDays(
        in,
        logGrid(std::min(kPlannerSliderMinBandwidthMbps, in.network.bandwidthMbps),
                sweepEndCovering(kPlannerSliderMaxBandwidthMbps, in.network.bandwidthMbps)),
        [](PlannerInputs& point, double mbps) { point.network.setBandwidth(mbps); },
        tr("Training time")));
    r.byBandwidth.series.push_back({tr("This plan (%1)").arg(formatBandwidth(in.network.bandwidthMbps)),
                                    {in.network.bandwidthMbps}, {r.plan.days}, QStringLiteral("marker")});
    return r;
}

} // namespace dtx::ui
