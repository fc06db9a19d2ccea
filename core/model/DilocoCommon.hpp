#pragma once

#include "Evaluation.hpp"

// Pieces every DiLoCo mode shares; internal to core/model.
namespace dtx::detail {

inline double bitsPerSecond(double mbps) { return mbps * kBitsPerMegabit; }
inline double seconds(double milliseconds) { return milliseconds / 1000.0; }

// Upload plus download of V bits and one round trip: 2 V / BW + lat.
inline double syncBaseSeconds(double syncBits, const NetworkLink& link)
{
    return 2.0 * syncBits / bitsPerSecond(link.bandwidthMbps) + seconds(link.latencyMs);
}

// Fills the node, cost and threshold fields that depend only on the inputs.
void describeCluster(const Scenario& scenario, Evaluation* evaluation);

// The dense-model step shared by flat and hierarchical modes: P, t_comp,
// V, C_actual = n × F × T_s and tokens = C_actual / 6P.
void describeDenseStep(const Scenario& scenario, Evaluation* evaluation);

// From C_actual, tokens and eta: C_local, the Chinchilla terms and C_quality
// for a model of `params` (active) parameters.
void finishCompute(const Scenario& scenario, double params, bool chinchillaApplies,
                   Evaluation* evaluation);

} // namespace dtx::detail
