#include "MonteCarlo.hpp"

#include "DilocoModes.hpp"
#include "ParallelFor.hpp"

#include <array>

namespace dtx {
namespace {

constexpr std::array<std::string_view, kUncertainMetricCount> kMetricNames = {
    "eta", "c_local", "c_quality", "eta_chinchilla"};
constexpr std::array<std::string_view, kExceedanceEventCount> kEventNames = {
    "c_quality_1e24", "c_quality_1e25", "c_quality_1e26", "c_quality_strict", "c_local_strict"};

using Distributions = std::array<Distribution, kUncertainInputCount>;
using MetricSamples = std::array<std::vector<double>, kUncertainMetricCount>;

Distributions distributionsFor(const Scenario& scenario, UncertaintyProfile profile)
{
    Distributions distributions;
    for (std::size_t i = 0; i < kUncertainInputCount; ++i)
        distributions[i] = uncertainDistribution(kUncertainInputs[i], scenario, profile);
    return distributions;
}

ModelHooks hooksFrom(const Scenario& scenario, const Distributions& distributions,
                     const double* uniforms)
{
    ModelHooks hooks = scenario.hooks;
    for (std::size_t i = 0; i < kUncertainInputCount; ++i)
        setHook(kUncertainInputs[i], distributions[i].quantile(uniforms[i]), scenario, &hooks);
    return hooks;
}

// Samples [begin, end) of one scenario, written by index.
void evaluateSamples(const Scenario& scenario, const Distributions& distributions,
                     const std::vector<double>& uniforms, std::size_t begin, std::size_t end,
                     MetricSamples* samples)
{
    Scenario sampled = scenario;
    for (std::size_t i = begin; i < end; ++i) {
        sampled.hooks = hooksFrom(scenario, distributions, &uniforms[i * kUncertainInputCount]);
        const EvaluationOutcome outcome = evaluateInRange(sampled);
        for (std::size_t m = 0; m < kUncertainMetricCount; ++m)
            (*samples)[m][i] = outcome.ok()
                                   ? metricOf(*outcome.evaluation, static_cast<UncertainMetric>(m))
                                   : 0.0;
    }
}

UncertaintySummary summarizeSamples(const Scenario& scenario, const Evaluation& deterministic,
                                    MetricSamples* samples, bool keepSamples)
{
    UncertaintySummary summary;
    const double strict = scenario.treaty.strictThresholdFlop;
    const auto& quality = (*samples)[static_cast<std::size_t>(UncertainMetric::ComputeQuality)];
    const auto& local = (*samples)[static_cast<std::size_t>(UncertainMetric::ComputeLocal)];
    summary.exceedance = {exceedance(quality, 1e24), exceedance(quality, 1e25),
                          exceedance(quality, 1e26), exceedance(quality, strict),
                          exceedance(local, strict)};
    if (keepSamples) {
        summary.computeQualitySamples = quality;
        summary.computeLocalSamples = local;
    }
    for (std::size_t m = 0; m < kUncertainMetricCount; ++m) {
        summary.deterministic[m] = metricOf(deterministic, static_cast<UncertainMetric>(m));
        summary.quantiles[m] = summarize((*samples)[m]);
    }
    return summary;
}

MetricSamples allocateSamples(std::size_t count)
{
    MetricSamples samples;
    for (auto& metric : samples)
        metric.resize(count);
    return samples;
}

} // namespace

std::string_view uncertainMetricName(UncertainMetric metric)
{
    return kMetricNames[static_cast<std::size_t>(metric)];
}

std::string_view exceedanceEventName(ExceedanceEvent event)
{
    return kEventNames[static_cast<std::size_t>(event)];
}

double metricOf(const Evaluation& e, UncertainMetric metric)
{
    switch (metric) {
    case UncertainMetric::Eta:
        return e.eta;
    case UncertainMetric::ComputeLocal:
        return e.computeLocal;
    case UncertainMetric::ComputeQuality:
        return e.computeQuality;
    case UncertainMetric::ChinchillaEfficiency:
        return e.chinchillaEfficiency;
    }
    return 0.0;
}

UncertaintyOutcome runUncertainty(const Scenario& scenario, const UncertaintyOptions& options)
{
    UncertaintyOutcome outcome;
    const EvaluationOutcome deterministic = evaluate(scenario);
    if (!deterministic.ok()) {
        outcome.error = deterministic.error;
        return outcome;
    }
    const std::vector<double> uniforms =
        drawUniforms(options.seed, options.samples * kUncertainInputCount);
    const Distributions distributions = distributionsFor(scenario, options.profile);
    MetricSamples samples = allocateSamples(options.samples);
    parallelFor(options.samples, resolvedThreadCount(options.threads),
                [&](std::size_t begin, std::size_t end) {
                    evaluateSamples(scenario, distributions, uniforms, begin, end, &samples);
                });
    outcome.summary =
        summarizeSamples(scenario, *deterministic.evaluation, &samples, options.keepSamples);
    return outcome;
}

std::vector<UncertaintyOutcome> runUncertaintySweep(std::span<const Scenario> points,
                                                    const UncertaintyOptions& options)
{
    std::vector<UncertaintyOutcome> outcomes(points.size());
    const std::vector<double> uniforms =
        drawUniforms(options.seed, options.samples * kUncertainInputCount);
    parallelFor(points.size(), resolvedThreadCount(options.threads),
                [&](std::size_t begin, std::size_t end) {
                    MetricSamples samples = allocateSamples(options.samples);
                    for (std::size_t p = begin; p < end; ++p) {
                        const Scenario& scenario = points[p];
                        const EvaluationOutcome deterministic = evaluate(scenario);
                        if (!deterministic.ok()) {
                            outcomes[p].error = deterministic.error;
                            continue;
                        }
                        evaluateSamples(scenario, distributionsFor(scenario, options.profile),
                                        uniforms, 0, options.samples, &samples);
                        outcomes[p].summary = summarizeSamples(
                            scenario, *deterministic.evaluation, &samples, options.keepSamples);
                    }
                });
    return outcomes;
}

} // namespace dtx
