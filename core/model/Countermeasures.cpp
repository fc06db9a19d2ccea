#include "Countermeasures.hpp"

#include "Constants.hpp"
#include "RevisionRules.hpp"

#include <algorithm>
#include <cmath>

namespace dtx {

int largestA100CountUnderCompute(const GpuSpec& a100, double thresholdH100e, Revision revision)
{
    if (thresholdH100e == kDefaultCccThresholdH100e
        && revisionRules(revision).countermeasureA100SafetyMargin)
        return kReferenceA100Count;
    return static_cast<int>(std::floor(thresholdH100e * kH100Fp16Tflops / a100.fp16Tflops));
}

int largestH100CountUnderCompute(double thresholdH100e)
{
    return static_cast<int>(std::floor(thresholdH100e));
}

int largestA100CountUnderMemory(const GpuSpec& a100, double memoryThresholdGb, Revision revision)
{
    const int byCompute = largestA100CountUnderCompute(a100, kDefaultCccThresholdH100e, revision);
    const int byMemory = static_cast<int>(std::floor(memoryThresholdGb / a100.vramGb));
    return std::max(1, std::min(byCompute, byMemory));
}

int largestH100CountUnderMemory(const GpuSpec& h100, double memoryThresholdGb)
{
    const int byMemory = static_cast<int>(std::floor(memoryThresholdGb / h100.vramGb));
    return std::max(1, std::min(kReferenceH100Count, byMemory));
}

NodeConfig countermeasureA100Node(const GpuSpec& a100, int count, Revision revision)
{
    NodeConfig node = makeNode(a100, count, Precision::Fp16);
    node.gpuCostUsd = revisionRules(revision).countermeasureA100CostUsd;
    return node;
}

NodeConfig countermeasureH100Fp8Node(const GpuSpec& h100, int count, Revision revision)
{
    NodeConfig node = makeNode(h100, count, Precision::Fp8);
    node.gpuCostUsd = revisionRules(revision).countermeasureH100CostUsd;
    return node;
}

std::vector<CollateralSystem> collateralSystems(const HardwareCatalog& catalog, Revision revision)
{
    std::vector<CollateralSystem> systems;
    // The catalog lists MODEL.md §10's systems first and R12's after them.
    const std::size_t count =
        std::min(catalog.referenceSystems.size(), revisionRules(revision).collateralSystemCount);
    for (std::size_t i = 0; i < count; ++i) {
        const ReferenceSystem& reference = catalog.referenceSystems[i];
        const GpuSpec* gpu = catalog.findGpu(reference.gpu);
        if (!gpu)
            continue; // the catalog loader rejects such entries
        CollateralSystem system;
        system.name = reference.name;
        system.category = reference.category;
        system.gpuCount = reference.gpuCount;
        system.vramGb = reference.gpuCount * gpu->vramGb;
        system.fp16Tflops = reference.gpuCount * gpu->fp16Tflops;
        system.h100Equiv = system.fp16Tflops / kH100Fp16Tflops;
        systems.push_back(system);
    }
    return systems;
}

bool caughtByComputeThreshold(const CollateralSystem& system, double thresholdH100e)
{
    return !isUnderThreshold(system.h100Equiv, thresholdH100e);
}

bool caughtByMemoryThreshold(const CollateralSystem& system, double memoryThresholdGb)
{
    return system.vramGb > memoryThresholdGb;
}

int systemsCaughtByCompute(const std::vector<CollateralSystem>& systems, double thresholdH100e)
{
    return int(std::count_if(systems.begin(), systems.end(), [&](const CollateralSystem& system) {
        return caughtByComputeThreshold(system, thresholdH100e);
    }));
}

int systemsCaughtByMemory(const std::vector<CollateralSystem>& systems, double memoryThresholdGb)
{
    return int(std::count_if(systems.begin(), systems.end(), [&](const CollateralSystem& system) {
        return caughtByMemoryThreshold(system, memoryThresholdGb);
    }));
}

} // namespace dtx
