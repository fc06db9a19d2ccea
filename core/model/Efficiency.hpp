#pragma once

#include <string_view>

// The shared functions of MODEL.md §3 that turn synchronisation frequency,
// compression and replica count into the DiLoCo efficiency eta.
namespace dtx {

// How pessimistic to be about lossy compression (MODEL.md §3). `None`
// reproduces simulation-notes.md, written before the quality model existed.
enum class QualityScenario { None, Optimistic, Expected, Conservative };

std::string_view qualityScenarioName(QualityScenario scenario);
bool parseQualityScenario(std::string_view text, QualityScenario* scenario);

// Slowest-of-n synchronisation: f(n) = 1 + 0.05 log2 n.
inline constexpr double kStragglerCoefficient = 0.05;
double stragglerFactor(double nodes);

// alpha(P_b): how fast efficiency falls with log10 of the inner-step count.
double syncIntervalSensitivity(double paramsB);

// q_c: efficiency factor for lossy pseudo-gradient compression.
double compressionQuality(double ratio, QualityScenario scenario);

// q_act per stage boundary, and compounded over the 2 (S − 1) crossings.
double activationBoundaryQuality(double ratio, QualityScenario scenario);
double activationCompressionQuality(double ratio, double stages, QualityScenario scenario);

// r(n, P_b): quality lost to many replicas averaging (Charles et al. 2025).
double replicaPenalty(double replicas, double paramsB);

struct EfficiencyAssumptions {
    QualityScenario quality = QualityScenario::Expected;
    bool replicaPenalty = true;
};

// eta = max(0.4, 1 − alpha log10 H) × q_c × r.
double dilocoEfficiency(double innerSteps, double paramsB, double compression, double replicas,
                        const EfficiencyAssumptions& assumptions);

// Quality-table keys, exposed so reports and tooltips list them from one place.
inline constexpr double kCompressionQualityKeys[] = {1, 4, 16, 100};
inline constexpr double kActivationQualityKeys[] = {1, 2, 4, 10};

} // namespace dtx
