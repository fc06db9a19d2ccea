#include "MemoryRule.hpp"

#include "Constants.hpp"
#include "Scenario.hpp"

#include <algorithm>
#include <cmath>

namespace dtx {
namespace {

double countedMemoryGb(const GpuSpec& gpu, const MemoryRuleOptions& options)
{
    return options.hbmOnly && !gpu.hasHbm() ? 0.0 : gpu.vramGb;
}

int wholeCount(double value) { return static_cast<int>(std::floor(value)); }

} // namespace

std::optional<double> MemoryRuleRow::firstOverH100e() const
{
    if (!firstOver)
        return std::nullopt;
    return *firstOver * gpu->fp16Tflops / kH100Fp16Tflops;
}

double MemoryRuleRow::modelSizeCut() const
{
    return nCompute > 0 ? 1.0 - static_cast<double>(nMax) / nCompute : 0.0;
}

MemoryRuleRow memoryRuleRow(const GpuSpec& gpu, const MemoryRuleOptions& options)
{
    MemoryRuleRow row;
    row.gpu = &gpu;
    const double memoryGb = countedMemoryGb(gpu, options);
    row.memoryCounts = memoryGb > 0;
    row.nCompute = wholeCount(kCccComputeBoundTflops / gpu.fp16Tflops);
    row.nMax = row.nCompute;
    if (row.memoryCounts) {
        row.nMemory = wholeCount(options.limitGb / memoryGb);
        row.nMax = std::min(row.nCompute, *row.nMemory);
        row.firstOver = *row.nMemory + 1;
        row.computeFirst = *row.firstOver * gpu.fp16Tflops > kCccComputeBoundTflops;
        if (*row.nMemory < row.nCompute) {
            row.newlyCaughtMin = *row.nMemory + 1;
            row.newlyCaughtMax = row.nCompute;
        }
    }
    // [CML]: a chip with an FP8 rate trains in FP8.
    row.fp8 = gpu.fp8Tflops.has_value();
    const double bytes = bytesPerParam(row.fp8 ? Precision::Fp8 : Precision::Fp16);
    row.maxParamsBBefore = row.nCompute * gpu.vramGb / bytes;
    row.maxParamsBAfter = row.nMax * gpu.vramGb / bytes;
    return row;
}

std::string scenarioChip(const Scenario& scenario)
{
    if (!scenario.nodeOrigin.gpu.empty())
        return scenario.nodeOrigin.gpu;
    for (const NodePreset& preset : nodePresets(scenario.revision))
        if (scenario.nodeOrigin.preset == preset.name)
            return preset.gpu;
    return {};
}

std::vector<MemoryRuleRow> memoryRuleTable(const HardwareCatalog& catalog,
                                           const MemoryRuleOptions& options)
{
    std::vector<MemoryRuleRow> rows;
    for (const std::string& name : catalog.memoryRuleChips)
        if (const GpuSpec* gpu = catalog.findGpu(name))
            rows.push_back(memoryRuleRow(*gpu, options));
    return rows;
}

MemoryRuleCoverage memoryRuleCoverage(const GpuSpec& gpu, int count,
                                      const MemoryRuleOptions& options)
{
    if (count * gpu.fp16Tflops > kCccComputeBoundTflops)
        return MemoryRuleCoverage::CoveredNow;
    if (count * countedMemoryGb(gpu, options) > options.limitGb)
        return MemoryRuleCoverage::NewlyCovered;
    return MemoryRuleCoverage::NotCovered;
}

UseCaseCoverage useCaseCoverage(const HardwareCatalog& catalog, const MemoryRuleUseCase& useCase,
                                const MemoryRuleOptions& options)
{
    UseCaseCoverage coverage;
    const GpuSpec* gpu = catalog.findGpu(useCase.gpu);
    if (!gpu)
        return coverage;
    coverage.atMin = memoryRuleCoverage(*gpu, useCase.gpusMin, options);
    coverage.atMax = memoryRuleCoverage(*gpu, useCase.gpusMax, options);
    coverage.memoryGbMin = useCase.gpusMin * gpu->vramGb;
    coverage.memoryGbMax = useCase.gpusMax * gpu->vramGb;
    coverage.h100eMin = useCase.gpusMin * gpu->fp16Tflops / kH100Fp16Tflops;
    coverage.h100eMax = useCase.gpusMax * gpu->fp16Tflops / kH100Fp16Tflops;
    return coverage;
}

} // namespace dtx
