#pragma once

#include "Evaluation.hpp"
#include "Quantiles.hpp"
#include "UncertainInputs.hpp"
#include "UniformStream.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

// ANALYSES.md A2: the scenario re-evaluated with every hook drawn from A1,
// N times. Sample i uses uniforms 10 i … 10 i + 9 of the one stream, so the
// result does not depend on how many threads share the work; a sweep uses
// the same N samples at every point (common random numbers).
namespace dtx {

// The four outputs A2 summarises, in CLI.md's order.
enum class UncertainMetric { Eta, ComputeLocal, ComputeQuality, ChinchillaEfficiency };
inline constexpr std::size_t kUncertainMetricCount = 4;
std::string_view uncertainMetricName(UncertainMetric metric); // eta, c_local, c_quality, eta_chinchilla
double metricOf(const Evaluation& evaluation, UncertainMetric metric);

// P(C_quality > 1e24 / 1e25 / 1e26 / Strict Threshold), P(C_local > Strict).
enum class ExceedanceEvent {
    Quality1e24,
    Quality1e25,
    Quality1e26,
    QualityStrict,
    LocalStrict
};
inline constexpr std::size_t kExceedanceEventCount = 5;
std::string_view exceedanceEventName(ExceedanceEvent event); // c_quality_1e24, …, c_local_strict

inline constexpr std::size_t kDefaultUncertaintySamples = 10000;
inline constexpr std::size_t kMinUncertaintySamples = 1000;
inline constexpr std::size_t kMaxUncertaintySamples = 1000000;

struct UncertaintyOptions {
    std::size_t samples = kDefaultUncertaintySamples;
    std::uint64_t seed = kDefaultUncertaintySeed;
    UncertaintyProfile profile = UncertaintyProfile::Standard;
    unsigned threads = 0; // 0: one per core
    bool keepSamples = false; // keep C_quality and C_local of every sample
};

struct UncertaintySummary {
    std::array<double, kUncertainMetricCount> deterministic{};
    std::array<QuantileSummary, kUncertainMetricCount> quantiles{};
    std::array<Exceedance, kExceedanceEventCount> exceedance{};
    std::vector<double> computeQualitySamples; // with keepSamples, in sample order
    std::vector<double> computeLocalSamples;

    const QuantileSummary& of(UncertainMetric metric) const
    {
        return quantiles[static_cast<std::size_t>(metric)];
    }
    double deterministicOf(UncertainMetric metric) const
    {
        return deterministic[static_cast<std::size_t>(metric)];
    }
    const Exceedance& of(ExceedanceEvent event) const
    {
        return exceedance[static_cast<std::size_t>(event)];
    }
};

struct UncertaintyOutcome {
    std::optional<UncertaintySummary> summary;
    InputError error; // why the scenario itself does not evaluate
    bool ok() const { return summary.has_value(); }
};

// One scenario.
UncertaintyOutcome runUncertainty(const Scenario& scenario, const UncertaintyOptions& options);

// Each scenario of a sweep with the same samples; a point that does not
// evaluate carries its error.
std::vector<UncertaintyOutcome> runUncertaintySweep(std::span<const Scenario> points,
                                                    const UncertaintyOptions& options);

} // namespace dtx
