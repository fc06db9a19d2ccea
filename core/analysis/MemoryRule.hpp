#pragma once

#include "Constants.hpp"
#include "Hardware.hpp"

#include <optional>
#include <string>
#include <vector>

// The memory (HBM) threshold amendment (ANALYSES.md D): a cluster is covered
// when its aggregate FP16 exceeds 16 H100-equivalents or its aggregate
// accelerator memory exceeds a limit. Per chip: how large a node stays
// unregistered before and after, and which counts the amendment newly catches.
namespace dtx {

struct Scenario;

// The compute bound stays the treaty's 16 × 990 TFLOPS whatever the limit.
inline constexpr double kCccComputeBoundTflops = kDefaultCccThresholdH100e * kH100Fp16Tflops;
// 16 × 80 GB, the memory of the compute bound's sixteen H100s [CCC §2].
inline constexpr double kDefaultMemoryLimitGb = 1280.0;

struct MemoryRuleOptions {
    double limitGb = kDefaultMemoryLimitGb;
    bool hbmOnly = false; // count HBM only; GDDR memory does not count

    bool operator==(const MemoryRuleOptions&) const = default;
};

struct MemoryRuleRow {
    const GpuSpec* gpu = nullptr;
    bool memoryCounts = true;      // false: GDDR under "HBM only"
    int nCompute = 0;              // n_c = floor(15,840 / T)
    std::optional<int> nMemory;    // n_m = floor(L / h)
    int nMax = 0;                  // min(n_c, n_m)
    std::optional<int> firstOver;  // floor(L / h) + 1
    bool computeFirst = false;     // firstOver's k × T already exceeds the compute bound
    std::optional<int> newlyCaughtMin; // n_m + 1 … n_c, when n_m < n_c
    std::optional<int> newlyCaughtMax;
    bool fp8 = false;              // nodes train in FP8 (14 bytes a parameter)
    double maxParamsBBefore = 0;   // n_c × h / bytes
    double maxParamsBAfter = 0;    // n_max × h / bytes

    // H100-equivalents of the first count over the limit.
    std::optional<double> firstOverH100e() const;
    // 1 − n_max / n_c: how much smaller the largest unregistered model gets.
    double modelSizeCut() const;
};

// One chip; the memory figure is the chip's own whether it counts or not.
MemoryRuleRow memoryRuleRow(const GpuSpec& gpu, const MemoryRuleOptions& options);

// The catalog GPU the scenario's node is made of (its own GPU or its
// preset's); empty for a node given by its figures alone.
std::string scenarioChip(const Scenario& scenario);

// Every chip of the catalog's memory-rule list, in its order.
std::vector<MemoryRuleRow> memoryRuleTable(const HardwareCatalog& catalog,
                                           const MemoryRuleOptions& options);

// Whether k GPUs are covered now (compute), or only once the amendment
// counts their memory.
enum class MemoryRuleCoverage { NotCovered, CoveredNow, NewlyCovered };
MemoryRuleCoverage memoryRuleCoverage(const GpuSpec& gpu, int count,
                                      const MemoryRuleOptions& options);

// A use case's range of counts: covered now, newly covered for part or
// all of it, or never.
struct UseCaseCoverage {
    MemoryRuleCoverage atMin = MemoryRuleCoverage::NotCovered;
    MemoryRuleCoverage atMax = MemoryRuleCoverage::NotCovered;
    double memoryGbMin = 0;
    double memoryGbMax = 0;
    double h100eMin = 0;
    double h100eMax = 0;
};
UseCaseCoverage useCaseCoverage(const HardwareCatalog& catalog, const MemoryRuleUseCase& useCase,
                                const MemoryRuleOptions& options);

} // namespace dtx
