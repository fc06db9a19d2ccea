#include "NetworkCompute.hpp"

#include "CoreTerms.hpp"
#include "DilocoModes.hpp"
#include "Format.hpp"
#include "NetworkProfiles.hpp"
#include "SweepGrid.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace dtx::ui {
namespace {

// The swept ranges, widened to take in the scenario's own link when it lies
// outside them.
constexpr double kSweepMinMbps = 1;
constexpr double kSweepMaxMbps = 10000;
constexpr double kSweepMaxLatencyMs = 500;

struct LinkSweep {
    std::vector<double> x, computeLocal, computeQuality, eta, innerSteps;
};

LinkSweep sweepLink(const Scenario& scenario, const std::vector<double>& grid,
                    void (*set)(WanLink&, double))
{
    LinkSweep sweep;
    for (const SweepPoint& point :
         sweepScenario(scenario, grid, [set](Scenario& s, double v) { set(s.wan, v); })) {
        sweep.x.push_back(point.x);
        sweep.computeLocal.push_back(point.evaluation.computeLocal);
        sweep.computeQuality.push_back(point.evaluation.computeQuality);
        sweep.eta.push_back(point.evaluation.eta);
        sweep.innerSteps.push_back(point.evaluation.innerSteps);
    }
    return sweep;
}

} // namespace

namespace {

bool readsAllBut(const ChangeSet& changes, const QString& swept)
{
    return changes.touchesAnyBut({QStringLiteral("scenario")},
                                 {QStringLiteral("scenario.treaty"), QStringLiteral("scenario.name"), swept});
}

} // namespace

bool NetworkCompute::bandwidthReads(const ChangeSet& changes)
{
    return readsAllBut(changes, QStringLiteral("scenario.network.bandwidth_mbps"));
}

bool NetworkCompute::latencyReads(const ChangeSet& changes)
{
    return readsAllBut(changes, QStringLiteral("scenario.network.latency_ms"));
}

std::pair<double, double> NetworkCompute::bandwidthRange(const Scenario& scenario)
{
    const double mbps = scenario.wan.equivalentSymmetricMbps();
    return {std::min(kSweepMinMbps, mbps / 1.5), sweepEndCovering(kSweepMaxMbps, mbps)};
}

double NetworkCompute::latencyEnd(const Scenario& scenario)
{
    return sweepEndCovering(kSweepMaxLatencyMs, scenario.wan.latencyMs);
}

BandwidthResult NetworkCompute::bandwidth(const Scenario& scenario)
{
    BandwidthResult r;
    const QString bandwidthTitle = tr("WAN bandwidth (Mbps)");
    // Hierarchical mode reports H_eff = H_inner × sqrt(H_reg) (MODEL.md §5).
    const QString steps = scenario.mode == Mode::Hierarchical ? tr("Effective inner steps H_eff")
                                                              : tr("Inner steps H");
    r.compute = {bandwidthTitle, tr("Compute (FLOP)"), {}};
    r.efficiency = {bandwidthTitle, tr("eta (fraction of local compute)"), {}};
    r.innerSteps = {bandwidthTitle, steps, {}};
    std::tie(r.from, r.to) = bandwidthRange(scenario);
    const LinkSweep bandwidth = sweepLink(scenario, logGrid(r.from, r.to),
                                         [](WanLink& wan, double mbps) { wan.setBandwidth(mbps); });
    r.compute.series.push_back({tr("C_local (local-equivalent)"), bandwidth.x,
                                bandwidth.computeLocal, QStringLiteral("c_local")});
    r.compute.series.push_back({tr("C_quality (quality-adjusted)"), bandwidth.x,
                                bandwidth.computeQuality, QStringLiteral("c_quality")});
    r.efficiency.series.push_back({tr("eta, this scenario"), bandwidth.x, bandwidth.eta,
                                   QStringLiteral("eta")});
    r.innerSteps.series.push_back({steps, bandwidth.x, bandwidth.innerSteps, QStringLiteral("steps")});

    // Profiles that share a bandwidth differ only in latency and land almost
    // on one spot: one label lists them all rather than printing over itself.
    r.compute.series.push_back({tr("Deployment profiles"), {}, {}, QStringLiteral("profiles")});
    std::vector<std::pair<double, PlotLabel>> groups;
    for (const DeploymentProfile& profile : kDeploymentProfiles) {
        Scenario s = scenario;
        s.wan = {profile.bandwidthMbps, profile.rttMs};
        const std::optional<Evaluation> e = evaluate(s).evaluation;
        if (!e)
            continue;
        const QString name = tr("%1 (%2 ms)").arg(CoreTerms::networkLabel(profile.label),
                                                  formatSignificant(profile.rttMs));
        r.compute.series.push_back({tr("%1, %2").arg(name, formatBandwidth(profile.bandwidthMbps)),
                                    {profile.bandwidthMbps}, {e->computeLocal},
                                    QStringLiteral("profile")});
        const auto same = std::find_if(groups.begin(), groups.end(),
                                       [&](const auto& g) { return g.first == profile.bandwidthMbps; });
        if (same == groups.end()) {
            groups.push_back({profile.bandwidthMbps, {profile.bandwidthMbps, e->computeLocal, name}});
        } else {
            same->second.y = std::max(same->second.y, e->computeLocal);
            same->second.text += QLatin1Char('\n') + name;
        }
    }
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& group : groups)
        r.profileLabels.push_back(group.second);
    return r;
}

LatencyResult NetworkCompute::latency(const Scenario& scenario)
{
    LatencyResult r;
    r.latency = {tr("WAN round-trip latency (ms)"), tr("Compute (FLOP)"), {}};
    r.to = latencyEnd(scenario);
    const LinkSweep latency = sweepLink(scenario, linearGrid(0, r.to),
                                       [](WanLink& wan, double ms) { wan.latencyMs = ms; });
    r.latency.series.push_back({tr("C_local (local-equivalent)"), latency.x, latency.computeLocal,
                                QStringLiteral("c_local")});
    r.latency.series.push_back({tr("Measured round trips"), {}, {}, QStringLiteral("profiles")});
    for (const LatencyScenario& measured : kLatencyScenarios) {
        Scenario s = scenario;
        s.wan.latencyMs = measured.rttMs;
        const std::optional<Evaluation> e = evaluate(s).evaluation;
        if (!e)
            continue;
        const QString name = tr("%1 (%2 ms)").arg(CoreTerms::networkLabel(measured.label),
                                                  formatSignificant(measured.rttMs));
        r.latency.series.push_back({name, {measured.rttMs}, {e->computeLocal}, QStringLiteral("profile")});
        r.labels.push_back({measured.rttMs, e->computeLocal, name});
    }
    return r;
}

} // namespace dtx::ui
