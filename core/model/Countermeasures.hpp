#pragma once

#include "Hardware.hpp"

#include <string>
#include <vector>

// Treaty countermeasures (MODEL.md §10, REVISION-2026-04.md R12): the largest
// node that stays under a lowered compute threshold or an added memory
// threshold, and which legitimate systems each threshold would catch. Each
// revision counts the nodes and prices them its own way (RevisionRules).
namespace dtx {

inline constexpr double kReferenceComputeThresholds[] = {16, 8, 4, 2, 1};
// MODEL.md §10's limits; 2026-04's rows add "No limit" (RevisionRules).
inline constexpr double kReferenceMemoryThresholdsGb[] = {256, 512, 1024, 2048};
inline constexpr double kReferenceTargetsFlop[] = {1e24, 1e25, 1e26};
// R12: the "No limit" row is a limit no node of the report reaches.
inline constexpr double kNoMemoryLimitGb = 99999;

// Largest A100 80GB count under T H100-equivalents: floor(T × 990 / 312),
// except the seed's 48 at T = 16 (MODEL.md §10; 2026-04 has no margin).
int largestA100CountUnderCompute(const GpuSpec& a100, double thresholdH100e,
                                 Revision revision = kDefaultRevision);
// Largest H100 count under T: T itself (one H100 is one H100-equivalent).
int largestH100CountUnderCompute(double thresholdH100e);
// Under a memory threshold L (GB): min(count at the current threshold,
// floor(L / vram)), at least 1.
int largestA100CountUnderMemory(const GpuSpec& a100, double memoryThresholdGb,
                                Revision revision = kDefaultRevision);
int largestH100CountUnderMemory(const GpuSpec& h100, double memoryThresholdGb);

// The countermeasure tables' nodes of `count` GPUs at the revision's prices
// (MODEL.md §1 last paragraphs, R1): A100s train in FP16, H100s in FP8.
NodeConfig countermeasureA100Node(const GpuSpec& a100, int count, Revision revision);
NodeConfig countermeasureH100Fp8Node(const GpuSpec& h100, int count, Revision revision);

struct CollateralSystem {
    std::string name;
    std::string category;
    int gpuCount = 0;
    double vramGb = 0;
    double fp16Tflops = 0;
    double h100Equiv = 0;
};

// The revision's reference systems (fourteen, or seventeen under R12), with
// figures derived from the catalog.
std::vector<CollateralSystem> collateralSystems(const HardwareCatalog& catalog,
                                                Revision revision = kDefaultRevision);

bool caughtByComputeThreshold(const CollateralSystem& system, double thresholdH100e);
bool caughtByMemoryThreshold(const CollateralSystem& system, double memoryThresholdGb);
// How many of `systems` each rule catches: the report's "Systems caught"
// row and the explorer's bar chart.
int systemsCaughtByCompute(const std::vector<CollateralSystem>& systems, double thresholdH100e);
int systemsCaughtByMemory(const std::vector<CollateralSystem>& systems, double memoryThresholdGb);

} // namespace dtx
