// Parts 3 and 4: how the achievable compute responds to a shorter
// enforcement window and to worse networks (bandwidth, latency, both).
#include "Constants.hpp"
#include "NetworkProfiles.hpp"
#include "ReportFormat.hpp"
#include "ReportParts.hpp"

#include <vector>

namespace dtx::report {
namespace {

struct TimeBudget {
    double years;
    const char* label;
};

// Six months, one year, and the default 1.5 years (MODEL.md §11).
constexpr TimeBudget kTimeBudgets[] = {{0.5, "6 months"}, {1.0, "1 year"}, {1.5, "1.5 years"}};

// DiLoCo hides the sync by raising H; past eta = 0.5 the run is mostly
// waiting on the network.
const char* regime(double eta)
{
    return eta > kCommBoundEta ? "compute" : "comm-bound";
}

std::vector<Scenario> networkCases(const ReportContext& context, bool withLargestA100Fleet)
{
    const double compression = context.reference().training.compression;
    std::vector<Scenario> cases = {context.flat(context.a100(), kReferenceNodeCount, compression),
                                   context.flat(context.a100(), 500, compression)};
    if (withLargestA100Fleet)
        cases.push_back(context.flat(context.a100(), kA100FleetFor1e27, compression));
    cases.push_back(context.flat(context.h100Fp8(), kH100Fp8FleetFor1e27, compression));
    cases.push_back(
        context.hierarchical(context.h100Fp8(), kH100Fp8FleetFor1e27, kAggressiveCompression));
    return cases;
}

void appendCaseTitle(std::string& out, const char* what, const Scenario& scenario)
{
    appendf(out, "  %s: %s, N=%lld, %s, %.0fx comp\n", what,
            scenario.node.name.c_str(), static_cast<long long>(scenario.nodes),
            std::string(modeName(scenario.mode)).c_str(), scenario.training.compression);
}

void appendSubsection(std::string& out, const char* title)
{
    appendRule(out, '-', kPartRuleWidth);
    out += title;
    out += '\n';
    appendRule(out, '-', kPartRuleWidth);
    out += '\n';
}

void appendBandwidthTable(std::string& out, Scenario scenario)
{
    appendCaseTitle(out, "Bandwidth sensitivity", scenario);
    out += "   BW (Mbps) | H_min/eff |   eta |    C_local |  x10^24 |       Regime\n";
    appendRule(out, '-', 72, "  ");
    for (const double bandwidth : kBandwidthSweepMbps) {
        scenario.wan.setBandwidth(bandwidth);
        const Evaluation e = evaluateValid(scenario);
        appendf(out, "%12.0f | %9.0f | %5.3f | %10.2e | %6.1fx | %12s\n", bandwidth, e.innerSteps,
                e.eta, e.computeLocal, inUnitsOf1e24(e.computeLocal), regime(e.eta));
    }
    out += '\n';
}

void appendLatencyTable(std::string& out, Scenario scenario)
{
    appendCaseTitle(out, "Latency sensitivity", scenario);
    out += "                   Scenario | RTT (ms) | H_min/eff |   eta |    C_local |  x10^24\n";
    appendRule(out, '-', 82, "  ");
    for (const LatencyScenario& latency : kLatencyScenarios) {
        scenario.wan.latencyMs = latency.rttMs;
        const Evaluation e = evaluateValid(scenario);
        appendRightAligned(out, latency.label, 27);
        appendf(out, " | %8.0f | %9.0f | %5.3f | %10.2e | %6.1fx\n", latency.rttMs, e.innerSteps,
                e.eta, e.computeLocal, inUnitsOf1e24(e.computeLocal));
    }
    out += '\n';
}

void appendDeploymentTable(std::string& out, Scenario scenario)
{
    appendCaseTitle(out, "Deployment profiles", scenario);
    out += "                    Profile |     BW |   RTT |     H |   eta |    C_local |  x10^24\n";
    appendRule(out, '-', 82, "  ");
    for (const DeploymentProfile& profile : kDeploymentProfiles) {
        scenario.wan = {profile.bandwidthMbps, profile.bandwidthMbps, profile.rttMs};
        const Evaluation e = evaluateValid(scenario);
        appendRightAligned(out, profile.label, 27);
        appendf(out, " | %4.0fM | %3.0fms | %5.0f | %5.3f | %10.2e | %6.1fx\n",
                profile.bandwidthMbps, profile.rttMs, e.innerSteps, e.eta, e.computeLocal,
                inUnitsOf1e24(e.computeLocal));
    }
    out += '\n';
}

} // namespace

void appendTimeSensitivity(std::string& out, const ReportContext& context)
{
    appendBanner(out, "PART 3: ENFORCEMENT TIME SENSITIVITY", kPartRuleWidth);
    out += '\n';
    const double compression = context.reference().training.compression;
    const Scenario cases[] = {
        context.flat(context.a100(), 4, compression),
        context.flat(context.a100(), kReferenceNodeCount, compression),
        context.flat(context.a100(), kA100FleetFor1e27, compression),
        context.flat(context.h100Fp8(), kH100Fp8FleetFor1e27, compression),
    };
    for (Scenario scenario : cases) {
        appendf(out, "  Time sensitivity for %s, N=%lld:\n", scenario.node.name.c_str(),
                static_cast<long long>(scenario.nodes));
        for (const TimeBudget& budget : kTimeBudgets) {
            scenario.training.years = budget.years;
            const Evaluation e = evaluateValid(scenario);
            appendf(out, "  %12s: C_local = %.2e FLOP (%.1fx threshold)\n", budget.label,
                    e.computeLocal, e.thresholdMultiple);
        }
        out += '\n';
    }
}

void appendNetworkSensitivity(std::string& out, const ReportContext& context)
{
    const Scenario& reference = context.reference();
    appendBanner(out, "PART 4: NETWORK SENSITIVITY ANALYSIS", kPartRuleWidth);
    out += '\n';

    std::string title;
    appendf(title, "4A: BANDWIDTH SENSITIVITY (varying BW, fixed %gms latency)",
            reference.wan.latencyMs);
    appendSubsection(out, title.c_str());
    for (const Scenario& scenario : networkCases(context, true))
        appendBandwidthTable(out, scenario);

    title.clear();
    appendf(title, "4B: LATENCY SENSITIVITY (varying latency, fixed %g Mbps BW)",
            reference.wan.uploadMbps);
    appendSubsection(out, title.c_str());
    for (const Scenario& scenario : networkCases(context, false))
        appendLatencyTable(out, scenario);

    appendSubsection(out, "4C: DEPLOYMENT PROFILES (realistic BW + latency combinations)");
    for (const Scenario& scenario : networkCases(context, false))
        appendDeploymentTable(out, scenario);
}

} // namespace dtx::report
