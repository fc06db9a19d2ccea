#pragma once

#include <cstddef>
#include <optional>
#include <span>

// Context a policy reader needs beside the model's figures (ANALYSES.md E):
// where a run's overtraining ratio sits in the literature (E1), and the
// other channels a fleet shows itself through, power and money (E3).
// Upstream gives examples, not thresholds: a figure is placed next to the
// nearest example, never given a verdict.
namespace dtx {

// E1 [OTR §3]: the highest published overtraining ratio (tokens over
// Chinchilla-optimal tokens) by model size, dense models by all
// parameters, MoE by active ones.
enum class ModelScale { BelowOneB, OneToTenB, TenToSeventyB, SeventyBPlus, MoeByActive };
struct OvertrainingRecord {
    ModelScale scale;
    double highestRatio;
    const char* example; // the model that set it, where [OTR] names one
};
inline constexpr OvertrainingRecord kOvertrainingRecords[] = {
    {ModelScale::BelowOneB, 2340, "Qwen 3 0.6 B"},
    {ModelScale::OneToTenB, 828, nullptr},
    {ModelScale::TenToSeventyB, 100, nullptr},
    {ModelScale::SeventyBPlus, 10, "Qwen 2.5 72 B"},
    {ModelScale::MoeByActive, 92, "Llama 4 Scout"},
};
// [GA §5.1]: 2–10× is the production norm, above 50× plain waste;
// [OTR §4.2]: fine-tuning degrades past ~1,000× (OLMo 1 B).
inline constexpr double kOvertrainingNormLow = 2;
inline constexpr double kOvertrainingNormHigh = 10;
inline constexpr double kOvertrainingWasteful = 50;
inline constexpr double kOvertrainingFineTuneLimit = 1000;

enum class OvertrainingBand { BelowNorm, ProductionNorm, AboveNorm, Wasteful };
struct OvertrainingPlacement {
    OvertrainingBand band = OvertrainingBand::BelowNorm;
    OvertrainingRecord record{};
    bool aboveRecord = false;     // more overtrained than any published model of its scale
    bool pastFineTuning = false;  // past the ratio where fine-tuning degrades
};
OvertrainingPlacement placeOvertraining(double ratio, double paramsB, bool moe);

// E3 [GA §6.7, §6.8, §10.12]: 15–20 kW a node; upstream's power and
// hardware-cost examples with the detectability it gives each.
inline constexpr double kNodePowerKwLow = 15;
inline constexpr double kNodePowerKwHigh = 20;
enum class Visibility { Low, Marginal, Moderate, Medium, High, VeryHigh };
struct ChannelExample {
    double value;       // W or USD (the middle of upstream's range)
    double low, high;   // upstream's range
    double nodes;       // the fleet it describes (0: none named)
    Visibility visibility;
};
inline constexpr ChannelExample kPowerExamples[] = {
    {70e3, 60e3, 80e3, 4, Visibility::Low},
    {1.25e6, 1e6, 1.5e6, 72, Visibility::Marginal},
    {8.5e6, 7e6, 10e6, 500, Visibility::Medium},
};
inline constexpr ChannelExample kCostExamples[] = {
    {3e6, 3e6, 3e6, 0, Visibility::Low},
    {54e6, 54e6, 54e6, 0, Visibility::Moderate},
    {375e6, 375e6, 375e6, 0, Visibility::High},
    {3e9, 3e9, 3e9, 0, Visibility::VeryHigh},
};
// The example nearest `value` on a log scale; empty for a value ≤ 0.
std::optional<ChannelExample> nearestExample(std::span<const ChannelExample> examples, double value);

} // namespace dtx
