#include "LinkRequirements.hpp"

#include "Constants.hpp"
#include "Scenario.hpp"

#include <algorithm>
#include <cmath>

namespace dtx {
namespace {

// 2 V / denominator in Mbps, or nothing when the denominator is not
// positive (the latency alone takes the whole budget).
std::optional<double> neededMbps(double syncBits, double denominatorSeconds)
{
    if (!(denominatorSeconds > 0))
        return std::nullopt;
    return 2.0 * syncBits / denominatorSeconds / kBitsPerMegabit;
}

LinkRequirementRow row(double innerSteps, double syncBits, const LinkRequirements& q,
                       double latencySeconds)
{
    LinkRequirementRow r;
    r.innerSteps = innerSteps;
    r.syncBits = syncBits;
    const double window = innerSteps * q.computeStepSeconds;
    for (std::size_t i = 0; i < kLinkUtilisations.size(); ++i) {
        const double u = kLinkUtilisations[i];
        // Streaming: U = H t_comp / t_sync; blocking: U = H t_comp / (H t_comp + t_sync),
        // with t_sync = (2 V / BW + lat) f solved for BW.
        r.streamingMbps[i] = neededMbps(syncBits, window / (u * q.stragglerFactor) - latencySeconds);
        r.blockingMbps[i] =
            neededMbps(syncBits, window * (1 - u) / (u * q.stragglerFactor) - latencySeconds);
    }
    return r;
}

} // namespace

LinkRequirements linkRequirements(const Scenario& scenario)
{
    LinkRequirements q;
    const double params = scenario.resolvedParamsB() * kParamsPerBillion;
    const double bits = scenario.node.bitsPerPseudoGradient;
    const double n = static_cast<double>(scenario.nodes);
    const double latencySeconds = scenario.wan.latencyMs / 1000.0;
    q.latencySeconds = latencySeconds;
    q.ownMbps = scenario.wan.equivalentSymmetricMbps();
    q.asFlat = scenario.mode != Mode::Flat;
    q.computeStepSeconds =
        kFlopPerParamPerToken * params * scenario.training.localBatchTokens / scenario.nodeFlopPerSecond();
    q.stragglerFactor = scenario.stragglerFactorFor(n);
    q.syncBits = params * bits / scenario.training.compression;
    // H_min at the scenario's own link (both directions in the time of a
    // symmetric link of the equivalent rate).
    const double ownSync = (2.0 * q.syncBits / (q.ownMbps * kBitsPerMegabit)
                            + latencySeconds)
                           * q.stragglerFactor;
    q.minimumInnerSteps = n > 1 ? std::max(1.0, std::ceil(ownSync / q.computeStepSeconds)) : 1.0;

    LinkRequirementRow dataParallel = row(1, params * bits, q, latencySeconds);
    dataParallel.dataParallel = true;
    q.rows.push_back(dataParallel);
    for (const double h : kLinkInnerSteps)
        q.rows.push_back(row(h, q.syncBits, q, latencySeconds));
    LinkRequirementRow own = row(q.minimumInnerSteps, q.syncBits, q, latencySeconds);
    own.scenarioRow = true;
    q.rows.push_back(own);
    return q;
}

double streamingUtilisation(double innerSteps, double computeStepSeconds, double syncSeconds)
{
    return std::min(1.0, innerSteps * computeStepSeconds / syncSeconds);
}

double blockingUtilisation(double innerSteps, double computeStepSeconds, double syncSeconds)
{
    const double window = innerSteps * computeStepSeconds;
    return window / (window + syncSeconds);
}

double utilisationAtLink(const LinkRequirements& links, const LinkRequirementRow& row, double mbps,
                         LinkReading reading)
{
    const double sync =
        (2.0 * row.syncBits / (mbps * kBitsPerMegabit) + links.latencySeconds) * links.stragglerFactor;
    return reading == LinkReading::Streaming
               ? streamingUtilisation(row.innerSteps, links.computeStepSeconds, sync)
               : blockingUtilisation(row.innerSteps, links.computeStepSeconds, sync);
}

const std::array<std::optional<double>, kLinkUtilisations.size()>&
neededLinks(const LinkRequirementRow& row, LinkReading reading)
{
    return reading == LinkReading::Streaming ? row.streamingMbps : row.blockingMbps;
}

LinkClass linkClass(double mbps)
{
    if (mbps <= 10)
        return LinkClass::UpTo10Mbps;
    if (mbps <= 100)
        return LinkClass::UpTo100Mbps;
    if (mbps <= 1000)
        return LinkClass::UpTo1000Mbps;
    return LinkClass::Above1000Mbps;
}

} // namespace dtx
