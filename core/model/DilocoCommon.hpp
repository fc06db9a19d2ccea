#pragma once

#include "Evaluation.hpp"

// Pieces every DiLoCo mode shares; internal to core/model.
namespace dtx::detail {

inline double bitsPerSecond(double mbps) { return mbps * kBitsPerMegabit; }
inline double seconds(double milliseconds) { return milliseconds / 1000.0; }

// Upload plus download of V bits and one round trip over a symmetric link:
// 2 V / BW + lat.
inline double syncBaseSeconds(double syncBits, const NetworkLink& link)
{
    return 2.0 * syncBits / bitsPerSecond(link.bandwidthMbps) + seconds(link.latencyMs);
}

// The same over the WAN, each direction at its own rate (R6):
// V / BW_up + V / BW_down + lat. With equal rates this is bit for bit the
// seed's 2 V / BW + lat (doubling is exact in binary floating point).
inline double syncBaseSeconds(double syncBits, const WanLink& link)
{
    return syncBits / bitsPerSecond(link.uploadMbps) + syncBits / bitsPerSecond(link.downloadMbps)
           + seconds(link.latencyMs);
}

// eta before Chinchilla for H inner steps: eta_thr(H, P_b, c), times the
// seed's replica factor r(n_r, P_b) where the revision puts it on eta.
double syncEfficiency(const Scenario& scenario, double innerSteps, double paramsB,
                      double replicas);

// Who the replica penalty is about (R5): a model of `params` (active)
// parameters, `replicas` averaging, H inner steps, alpha's P_b.
struct ReplicaRun {
    double params = 0;
    double replicas = 1;
    double innerSteps = 1;
    double penaltyParamsB = 0;
};

// Fills the node, cost and threshold fields that depend only on the inputs.
void describeCluster(const Scenario& scenario, Evaluation* evaluation);

// The dense-model step shared by flat and hierarchical modes: P, t_comp,
// V, C_actual = n × F × T_s and tokens = C_actual / 6P.
void describeDenseStep(const Scenario& scenario, Evaluation* evaluation);

// From C_actual, tokens and eta: the replica penalty of the revision,
// C_local, the Chinchilla terms and C_quality. `chinchillaApplies` is false
// for a single replica (chi = 1 without evaluation).
void finishCompute(const Scenario& scenario, const ReplicaRun& run, bool chinchillaApplies,
                   Evaluation* evaluation);

} // namespace dtx::detail
