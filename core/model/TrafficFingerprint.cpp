#include "TrafficFingerprint.hpp"

#include "DilocoCommon.hpp"

#include <algorithm>

namespace dtx {
namespace {

constexpr double kBitsPerByte = 8;
constexpr double kBytesPerTerabyte = 1e12;
constexpr double kBitsPerGigabit = 1e9;

// The sync period, the compute inside it and the WAN endpoints, per mode
// (ANALYSES.md B): flat and MoE send from every node, hierarchical from
// group leaders, pipeline groups from one endpoint each.
struct Cadence {
    double period = 0;
    double computeSeconds = 0;
    double endpoints = 0;
};

Cadence cadenceOf(const Evaluation& e)
{
    if (e.hierarchical) {
        const HierarchicalDetails& h = *e.hierarchical;
        const double cycle = std::max(h.innerSteps * e.computeStepSeconds, h.regionalSyncSeconds);
        return {std::max(h.regionalSteps * cycle, h.globalSyncSeconds),
                h.regionalSteps * h.innerSteps * e.computeStepSeconds, h.groups};
    }
    if (e.pipeline) {
        const PipelineDetails& p = *e.pipeline;
        return {p.outerStepSeconds, e.innerSteps * p.pipelineStepSeconds, p.groups};
    }
    if (e.moe) {
        const double step = e.computeStepSeconds + e.moe->expertParallelSeconds;
        return {std::max(e.innerSteps * step, e.syncSeconds), e.innerSteps * step, e.nodes};
    }
    const double h = e.flat ? e.flat->innerStepsUsed : e.innerSteps;
    return {std::max(h * e.computeStepSeconds, e.syncSeconds), h * e.computeStepSeconds, e.nodes};
}

} // namespace

bool trafficFingerprint(const Scenario& scenario, const Evaluation& e,
                        TrafficFingerprint* fingerprint)
{
    if (!e.hierarchical && !e.pipeline && e.nodes <= 1)
        return false;
    const Cadence cadence = cadenceOf(e);
    if (!(cadence.period > 0))
        return false;
    const double v = e.syncBits;
    const WanLink& wan = scenario.wan;
    TrafficFingerprint& f = *fingerprint;
    f.payloadBytes = v / kBitsPerByte;
    f.syncPeriodSeconds = cadence.period;
    f.burstUpSeconds = v / detail::bitsPerSecond(wan.uploadMbps);
    f.burstDownSeconds = v / detail::bitsPerSecond(wan.downloadMbps);
    f.dutyCycle = detail::syncBaseSeconds(v, wan) / cadence.period;
    f.sustainedUpMbps = v / cadence.period / kBitsPerMegabit;
    f.syncsPerRun = scenario.timeBudgetSeconds() / cadence.period;
    f.wanTerabytesPerNode = 2.0 * f.payloadBytes * f.syncsPerRun / kBytesPerTerabyte;
    f.correlatedEndpoints = cadence.endpoints;
    f.wanTerabytesFleet = f.wanTerabytesPerNode * cadence.endpoints;
    f.coordinatorGbps = cadence.endpoints * v / cadence.period / kBitsPerGigabit;
    f.cccMargin = kCccInterconnectBitsPerSecond
                  / detail::bitsPerSecond(std::max(wan.uploadMbps, wan.downloadMbps));
    f.gpuBusyFraction = std::min(1.0, cadence.computeSeconds / cadence.period);
    return true;
}

} // namespace dtx
