#pragma once

#include "Hardware.hpp"

#include <string>
#include <vector>

// Treaty countermeasures (MODEL.md §10): the largest node that stays under a
// lowered compute threshold or an added memory threshold, and which
// legitimate systems each threshold would catch.
namespace dtx {

inline constexpr double kReferenceComputeThresholds[] = {16, 8, 4, 2, 1};
inline constexpr double kReferenceMemoryThresholdsGb[] = {256, 512, 1024, 2048};
inline constexpr double kReferenceTargetsFlop[] = {1e24, 1e25, 1e26};

// Largest A100 80GB count under T H100-equivalents: floor(T × 990 / 312),
// except the reference's 48 at T = 16.
int largestA100CountUnderCompute(const GpuSpec& a100, double thresholdH100e);
// Largest H100 count under T: T itself (one H100 is one H100-equivalent).
int largestH100CountUnderCompute(double thresholdH100e);
// Under a memory threshold L (GB): min(reference count, floor(L / vram)), at least 1.
int largestA100CountUnderMemory(const GpuSpec& a100, double memoryThresholdGb);
int largestH100CountUnderMemory(const GpuSpec& h100, double memoryThresholdGb);

struct CollateralSystem {
    std::string name;
    std::string category;
    int gpuCount = 0;
    double vramGb = 0;
    double fp16Tflops = 0;
    double h100Equiv = 0;
};

// The fourteen reference systems, with figures derived from the catalog.
std::vector<CollateralSystem> collateralSystems(const HardwareCatalog& catalog);

bool caughtByComputeThreshold(const CollateralSystem& system, double thresholdH100e);
bool caughtByMemoryThreshold(const CollateralSystem& system, double memoryThresholdGb);
// How many of `systems` each rule catches: the report's "Systems caught"
// row and the explorer's bar chart.
int systemsCaughtByCompute(const std::vector<CollateralSystem>& systems, double thresholdH100e);
int systemsCaughtByMemory(const std::vector<CollateralSystem>& systems, double memoryThresholdGb);

} // namespace dtx
