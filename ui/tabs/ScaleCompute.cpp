#include "ScaleCompute.hpp"

#include "DilocoModes.hpp"
#include "SweepGrid.hpp"

namespace dtx::ui {
namespace {

// The node counts the explorer's sliders usually span.
constexpr double kPlottedNodes = 10000;

struct Sweep {
    std::vector<double> nodes, computeLocal, computeQuality, eta, cost;
};

Sweep sweepNodes(const Scenario& scenario, const std::vector<double>& grid)
{
    Sweep sweep;
    for (const SweepPoint& point : sweepScenario(scenario, grid, [](Scenario& s, double n) {
             s.nodes = static_cast<std::int64_t>(n);
         })) {
        sweep.nodes.push_back(point.x);
        sweep.computeLocal.push_back(point.evaluation.computeLocal);
        sweep.computeQuality.push_back(point.evaluation.computeQuality);
        sweep.eta.push_back(point.evaluation.eta);
        sweep.cost.push_back(point.evaluation.costUsd);
    }
    return sweep;
}

} // namespace

bool ScaleCompute::reads(const ChangeSet& changes)
{
    return changes.touchesAnyBut({QStringLiteral("scenario")},
                                 {QStringLiteral("scenario.treaty"), QStringLiteral("scenario.name"),
                                  QStringLiteral("scenario.nodes")});
}

double ScaleCompute::gridEnd(const Scenario& scenario)
{
    return sweepEndCovering(kPlottedNodes, double(scenario.nodes));
}

ScaleResult ScaleCompute::run(const Scenario& scenario, const HardwareCatalog& catalog,
                              bool comparisonPresets)
{
    ScaleResult result;
    result.compute = {tr("Nodes"), tr("Compute (FLOP)"), {}};
    result.efficiency = {tr("Nodes"), tr("eta (fraction of local compute)"), {}};
    result.cost = {tr("Nodes"), tr("GPU cost (US$)"), {}};
    result.gridEnd = gridEnd(scenario);
    const std::vector<double> grid = logIntegerGrid(1, result.gridEnd);

    // The other presets first, so the scenario's own curves draw on top:
    // the chips of the seed's four (A100, GH200, H100, H100 at FP8) in the
    // scenario's revision, so the plot does not drown in fourteen curves.
    const auto seedChip = [](const NodePreset& preset) {
        for (const NodePreset& seed : nodePresets(Revision::Feb2026))
            if (std::string_view(seed.gpu) == preset.gpu && seed.precision == preset.precision)
                return true;
        return false;
    };
    for (const NodePreset& preset : nodePresets(scenario.revision)) {
        if (!comparisonPresets || scenario.nodeOrigin.preset == preset.name || !seedChip(preset))
            continue;
        const std::optional<NodeConfig> node = presetNode(catalog, preset.name, scenario.revision);
        if (!node)
            continue;
        Scenario other = scenario;
        other.node = *node;
        other.paramsB.reset();
        const Sweep sweep = sweepNodes(other, grid);
        const QString name = QString::fromUtf8(preset.name);
        result.compute.series.push_back({tr("%1: C_local").arg(name), sweep.nodes, sweep.computeLocal,
                                         QStringLiteral("preset")});
        result.efficiency.series.push_back({name, sweep.nodes, sweep.eta, QStringLiteral("preset")});
        result.cost.series.push_back({name, sweep.nodes, sweep.cost, QStringLiteral("preset")});
    }

    const Sweep own = sweepNodes(scenario, grid);
    result.compute.series.push_back({tr("C_local (local-equivalent)"), own.nodes, own.computeLocal,
                                     QStringLiteral("c_local")});
    result.compute.series.push_back({tr("C_quality (quality-adjusted)"), own.nodes,
                                     own.computeQuality, QStringLiteral("c_quality")});
    result.efficiency.series.push_back({tr("eta, this scenario"), own.nodes, own.eta,
                                        QStringLiteral("eta")});
    result.cost.series.push_back({tr("Cost, this scenario"), own.nodes, own.cost,
                                  QStringLiteral("cost")});

    return result;
}

} // namespace dtx::ui
