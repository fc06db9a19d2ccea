#pragma once

#include "ChinchillaAmplification.hpp"
#include "MemoryRule.hpp"
#include "MonteCarlo.hpp"
#include "ThresholdMap.hpp"

#include <cstdint>

namespace dtx::ui {

// How the Uncertainty and Map tabs sample and draw (ANALYSES.md A2, the
// threshold map), and which memory amendment the Memory rule tab weighs
// (ANALYSES.md D): a way of looking at the scenario, not part of it, so
// changing it is no undo step and no file holds it. Kept by the Document
// (change key kAnalysisKey) so that every view reads the same choice.
struct AnalysisSettings {
    std::size_t samples = kDefaultUncertaintySamples;
    std::uint64_t seed = kDefaultUncertaintySeed;
    UncertaintyProfile profile = UncertaintyProfile::Standard;
    ScalingLawFit fit = ScalingLawFit::Besiroglu2024;
    bool fanShowsLocal = false;     // the fan chart of C_local instead of C_quality
    bool headlineIntervals = false; // median and 90 % interval beside the headline figures
    // The loss multiplier of the Chinchilla amplification panel (A4).
    double amplificationMultiplier = kDefaultAmplificationMultiplier;
    MapAxis mapX = MapAxis::Nodes;
    MapAxis mapY = MapAxis::Bandwidth;
    MapMetric mapMetric = MapMetric::ComputeQuality;
    // The P = 0.5 and 0.95 contours of C_quality above this (FLOP); 0: none.
    double mapProbabilityThreshold = 0;
    // The Network tab's link table: the blocking reading instead of streaming (G1).
    bool linksBlocking = false;
    // The memory amendment: its limit and whether only HBM counts.
    MemoryRuleOptions memoryRule;

    bool operator==(const AnalysisSettings&) const = default;

    // The scenario as the analyses evaluate it: with the chosen scaling law.
    Scenario applied(Scenario scenario) const
    {
        scenario.hooks.fit = chinchillaFit(fit);
        return scenario;
    }
    UncertaintyOptions options(std::size_t sampleCount) const
    {
        UncertaintyOptions o;
        o.samples = sampleCount;
        o.seed = seed;
        o.profile = profile;
        return o;
    }
};

} // namespace dtx::ui
