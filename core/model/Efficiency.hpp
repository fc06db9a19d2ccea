#pragma once

#include "Revision.hpp"

#include <string_view>

// The shared functions of MODEL.md §3 that turn synchronisation frequency,
// compression and replica count into the DiLoCo efficiency eta.
namespace dtx {

// How pessimistic to be about lossy compression (MODEL.md §3). `None`
// reproduces simulation-notes.md, written before the quality model existed.
enum class QualityScenario { None, Optimistic, Expected, Conservative };

std::string_view qualityScenarioName(QualityScenario scenario);
bool parseQualityScenario(std::string_view text, QualityScenario* scenario);

// Slowest-of-n synchronisation: f(n) = 1 + 0.05 log2 n (MODEL.md §3); a
// relay tree hides most of it, 1 + 0.02 log2 n (R3); dropping late nodes
// hides all of it. `coefficientMultiplier` is ANALYSES.md A1's k_s.
inline constexpr double kStragglerCoefficient = 0.05;
inline constexpr double kRelayStragglerCoefficient = 0.02;
double stragglerFactor(double nodes); // synchronous
double stragglerFactor(double nodes, StragglerMode mode, double coefficientMultiplier = 1.0);

// alpha(P_b): how fast efficiency falls with log10 of the inner-step count.
double syncIntervalSensitivity(double paramsB);

// q_c: efficiency factor for lossy pseudo-gradient compression, from the
// seed's table (MODEL.md §3). Revisions name their tables in RevisionRules.
double compressionQuality(double ratio, QualityScenario scenario);

// q_act per stage boundary (seed table), and compounded over the 2 (S − 1)
// crossings of a pipeline with any table.
double activationBoundaryQuality(double ratio, QualityScenario scenario);
double activationCompressionQuality(const struct QualityTable& table, double ratio, double stages,
                                    QualityScenario scenario);
// A per-boundary q compounded the same way (1 without compression or stages).
double compoundedActivationQuality(double boundaryQuality, double ratio, double stages);

// r(n, P_b): quality lost to many replicas averaging (Charles et al. 2025),
// as a factor on eta (MODEL.md §3); A1's k_r scales its coefficient.
double replicaPenalty(double replicas, double paramsB, double coefficientMultiplier = 1.0);

// m(n_r, P_b, H): the same loss as a multiplier on the training loss that
// grows with the inner-step count (R5); 1 for one replica or H ≤ 1. A1's
// k_r scales beta0.
double replicaLossMultiplier(double replicas, double paramsB, double innerSteps,
                             double beta0Multiplier = 1.0);

// eta_thr = max(0.4, 1 − alpha(P_b) log10 H) × q_c: what infrequent syncs
// and compression cost, before any replica penalty. A1's k_alpha scales alpha.
double throughputEfficiency(double innerSteps, double paramsB, double compressionQuality,
                            double alphaMultiplier = 1.0);

struct EfficiencyAssumptions {
    QualityScenario quality = QualityScenario::Expected;
    bool replicaPenalty = true;
};

// The seed's eta = max(0.4, 1 − alpha log10 H) × q_c × r.
double dilocoEfficiency(double innerSteps, double paramsB, double compression, double replicas,
                        const EfficiencyAssumptions& assumptions);

} // namespace dtx
