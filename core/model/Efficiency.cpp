#include "Efficiency.hpp"

#include "Constants.hpp"
#include "QualityTables.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

namespace dtx {
namespace {

constexpr std::array<std::string_view, 4> kScenarioNames = {"none", "optimistic", "expected",
                                                            "conservative"};

} // namespace

std::string_view qualityScenarioName(QualityScenario scenario)
{
    return kScenarioNames[static_cast<std::size_t>(scenario)];
}

bool parseQualityScenario(std::string_view text, QualityScenario* scenario)
{
    for (std::size_t i = 0; i < kScenarioNames.size(); ++i) {
        if (text == kScenarioNames[i]) {
            *scenario = static_cast<QualityScenario>(i);
            return true;
        }
    }
    return false;
}

double stragglerFactor(double nodes)
{
    return stragglerFactor(nodes, StragglerMode::Synchronous);
}

double stragglerFactor(double nodes, StragglerMode mode, double coefficientMultiplier)
{
    if (nodes <= 1)
        return 1.0;
    switch (mode) {
    case StragglerMode::Synchronous:
        return 1.0 + kStragglerCoefficient * coefficientMultiplier * std::log2(nodes);
    case StragglerMode::Threshold:
        return 1.0;
    case StragglerMode::Relay:
        return 1.0 + kRelayStragglerCoefficient * coefficientMultiplier * std::log2(nodes);
    }
    return 1.0;
}

double syncIntervalSensitivity(double paramsB)
{
    return 0.08 / (1.0 + std::log10(paramsB) / 5.0);
}

double compressionQuality(double ratio, QualityScenario scenario)
{
    return lookUpQuality(quality_tables::kSeedCompression, ratio, scenario);
}

double activationBoundaryQuality(double ratio, QualityScenario scenario)
{
    return lookUpQuality(quality_tables::kSeedActivation, ratio, scenario);
}

double activationCompressionQuality(const QualityTable& table, double ratio, double stages,
                                    QualityScenario scenario)
{
    if (ratio <= 1 || stages <= 1)
        return 1.0;
    return compoundedActivationQuality(lookUpQuality(table, ratio, scenario), ratio, stages);
}

double compoundedActivationQuality(double boundaryQuality, double ratio, double stages)
{
    if (ratio <= 1 || stages <= 1)
        return 1.0;
    // Each boundary is crossed forward and backward, so the loss compounds.
    return std::pow(boundaryQuality, 2.0 * (stages - 1));
}

double replicaPenalty(double replicas, double paramsB, double coefficientMultiplier)
{
    if (replicas <= 1)
        return 1.0;
    // Charles et al. 2025: M = 8 replicas at 2.4 B lose about 1.2 %, and the
    // loss shrinks with model size.
    return std::max(0.85, 1.0 - 0.005 * coefficientMultiplier * (std::min(2.4, paramsB) / std::max(paramsB, 0.1))
                                    * std::log2(replicas));
}

double replicaLossMultiplier(double replicas, double paramsB, double innerSteps,
                             double beta0Multiplier)
{
    if (replicas <= 1 || innerSteps <= 1)
        return 1.0;
    // R5, fitted to Charles et al. 2025: the loss gap of n_r replicas at
    // H_ref = 30 inner steps shrinks with model size and grows with ln H.
    constexpr double kReferenceInnerSteps = 30;
    const double params = paramsB * kParamsPerBillion;
    const double beta0 = 1.0923 * std::pow(params, -0.2342) * beta0Multiplier;
    const double s = std::log(innerSteps) / std::log(kReferenceInnerSteps);
    const double beta = beta0 * s;
    return std::pow(replicas, beta);
}

double throughputEfficiency(double innerSteps, double paramsB, double compressionQuality,
                            double alphaMultiplier)
{
    // The 0.4 floor: DiLoCo never degrades below this in the reported runs.
    const double alpha = syncIntervalSensitivity(paramsB) * alphaMultiplier;
    return std::max(0.4, 1.0 - alpha * std::log10(innerSteps))
           * compressionQuality;
}

double dilocoEfficiency(double innerSteps, double paramsB, double compression, double replicas,
                        const EfficiencyAssumptions& assumptions)
{
    const double penalty =
        assumptions.replicaPenalty ? replicaPenalty(replicas, paramsB) : 1.0;
    return throughputEfficiency(innerSteps, paramsB,
                                compressionQuality(compression, assumptions.quality))
           * penalty;
}

} // namespace dtx
