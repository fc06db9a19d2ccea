#pragma once

// ANALYSES.md B: what a DiLoCo run looks like on the network, from one
// evaluation. Comparisons for a policy reader, never a "detected" verdict:
// upstream gives no quantitative detection threshold.
namespace dtx {

struct Evaluation;
struct Scenario;

// The treaty's interconnect criterion for a covered cluster: more than
// 25 Gbit/s aggregate (CCC §1).
inline constexpr double kCccInterconnectBitsPerSecond = 25e9;

struct TrafficFingerprint {
    double payloadBytes = 0;        // V / 8, per sync, each direction
    double syncPeriodSeconds = 0;   // T_o
    double burstUpSeconds = 0;      // V / BW_up
    double burstDownSeconds = 0;    // V / BW_down
    double dutyCycle = 0;           // t_base / T_o, if the sync is sent as a burst
    double sustainedUpMbps = 0;     // V / T_o (the same down)
    double syncsPerRun = 0;         // T_s / T_o
    double wanTerabytesPerNode = 0; // both directions over the run, per WAN endpoint
    double wanTerabytesFleet = 0;   // × the correlated endpoints
    double coordinatorGbps = 0;     // a star's ingress: endpoints × V / T_o
    double cccMargin = 0;           // 25 Gbit/s over the endpoint's (faster) link
    double gpuBusyFraction = 0;     // min(1, compute per period / T_o)
    double correlatedEndpoints = 0; // nodes, or groups where only leaders use the WAN
};

// The fingerprint of an evaluated scenario; false when nothing crosses the
// WAN (one replica in flat or MoE mode).
bool trafficFingerprint(const Scenario& scenario, const Evaluation& evaluation,
                        TrafficFingerprint* fingerprint);

} // namespace dtx
