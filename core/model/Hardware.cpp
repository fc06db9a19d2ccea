#include "Hardware.hpp"

#include "Constants.hpp"
#include "RevisionRules.hpp"

namespace dtx {

double bytesPerParam(Precision precision)
{
    // FP16 mixed precision keeps weights, gradients, two Adam moments and an
    // FP32 master copy; FP8 saves two bytes on the weights and gradients.
    return precision == Precision::Fp8 ? 14.0 : 16.0;
}

double bitsPerPseudoGradient(Precision precision)
{
    return precision == Precision::Fp8 ? 8.0 : 16.0;
}

const GpuSpec* HardwareCatalog::findGpu(const std::string& name) const
{
    for (const GpuSpec& gpu : gpus)
        if (gpu.name == name)
            return &gpu;
    return nullptr;
}

std::string defaultNodeName(const GpuSpec& gpu, int count, Precision precision)
{
    return std::to_string(count) + "x " + gpu.name + (precision == Precision::Fp8 ? " FP8" : "");
}

NodeConfig makeNode(const GpuSpec& gpu, int count, Precision precision, const std::string& name)
{
    NodeConfig node;
    node.name = name.empty() ? defaultNodeName(gpu, count, precision) : name;
    const double trainingTflops =
        precision == Precision::Fp8 && gpu.fp8Tflops ? *gpu.fp8Tflops : gpu.fp16Tflops;
    node.pflops = count * (trainingTflops * kFlopPerTeraflop) / kFlopPerPetaflop;
    node.pflopsFp16 = count * (gpu.fp16Tflops * kFlopPerTeraflop) / kFlopPerPetaflop;
    node.vramGb = count * gpu.vramGb;
    node.gpuCount = count;
    node.gpuCostUsd = gpu.priceUsd.value_or(0.0);
    node.h100Equiv = count * gpu.fp16Tflops / kH100Fp16Tflops;
    node.bytesPerParam = bytesPerParam(precision);
    node.bitsPerPseudoGradient = bitsPerPseudoGradient(precision);
    return node;
}

bool isUnderThreshold(double h100Equiv, double thresholdH100e)
{
    return h100Equiv <= thresholdH100e;
}

std::optional<std::string> missingPresetGpu(const HardwareCatalog& catalog)
{
    for (const Revision revision : kAllRevisions)
        for (const NodePreset& preset : nodePresets(revision))
            if (const GpuSpec* gpu = catalog.findGpu(preset.gpu); !gpu || !gpu->buildsNodes())
                return std::string(preset.gpu);
    return std::nullopt;
}

std::span<const NodePreset> nodePresets(Revision revision)
{
    return revisionRules(revision).presets;
}

std::optional<NodeConfig> presetNode(const HardwareCatalog& catalog, const std::string& presetName,
                                     Revision revision)
{
    for (const NodePreset& preset : nodePresets(revision)) {
        if (presetName != preset.name)
            continue;
        const GpuSpec* gpu = catalog.findGpu(preset.gpu);
        if (!gpu)
            return std::nullopt;
        NodeConfig node = makeNode(*gpu, preset.gpuCount, preset.precision, preset.name);
        if (preset.gpuCostUsd > 0)
            node.gpuCostUsd = preset.gpuCostUsd;
        return node;
    }
    return std::nullopt;
}

std::optional<NodeConfig> referenceNode(const HardwareCatalog& catalog, Revision revision)
{
    return presetNode(catalog, revisionRules(revision).referencePreset, revision);
}

} // namespace dtx
