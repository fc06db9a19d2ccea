#include "PolicyContext.hpp"

#include <cmath>

namespace dtx {
namespace {

ModelScale scaleOf(double paramsB, bool moe)
{
    if (moe)
        return ModelScale::MoeByActive;
    if (paramsB < 1)
        return ModelScale::BelowOneB;
    if (paramsB < 10)
        return ModelScale::OneToTenB;
    if (paramsB < 70)
        return ModelScale::TenToSeventyB;
    return ModelScale::SeventyBPlus;
}

} // namespace

OvertrainingPlacement placeOvertraining(double ratio, double paramsB, bool moe)
{
    OvertrainingPlacement placement;
    placement.band = ratio < kOvertrainingNormLow    ? OvertrainingBand::BelowNorm
                     : ratio <= kOvertrainingNormHigh ? OvertrainingBand::ProductionNorm
                     : ratio <= kOvertrainingWasteful ? OvertrainingBand::AboveNorm
                                                      : OvertrainingBand::Wasteful;
    const ModelScale scale = scaleOf(paramsB, moe);
    for (const OvertrainingRecord& record : kOvertrainingRecords)
        if (record.scale == scale)
            placement.record = record;
    placement.aboveRecord = ratio > placement.record.highestRatio;
    placement.pastFineTuning = ratio > kOvertrainingFineTuneLimit;
    return placement;
}

std::optional<ChannelExample> nearestExample(std::span<const ChannelExample> examples, double value)
{
    if (!(value > 0) || examples.empty())
        return std::nullopt;
    const ChannelExample* best = &examples.front();
    for (const ChannelExample& example : examples)
        if (std::abs(std::log(value / example.value)) < std::abs(std::log(value / best->value)))
            best = &example;
    return *best;
}

} // namespace dtx
