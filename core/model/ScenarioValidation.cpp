#include "ScenarioValidation.hpp"

#include "DilocoModes.hpp"

#include <string>

namespace dtx {

std::optional<InputError> validateScenarioRanges(const Scenario& s)
{
    const NodeConfig& node = s.node;
    const std::pair<const char*, double> values[] = {
        {"nodes", static_cast<double>(s.nodes)},
        {"node.pflops", node.pflops},
        {"node.pflops_fp16", node.pflopsFp16},
        {"node.vram_gb", node.vramGb},
        {"node.gpu_count", static_cast<double>(node.gpuCount)},
        {"node.gpu_cost_usd", node.gpuCostUsd},
        {"node.h100_equiv", node.h100Equiv},
        {"node.bytes_per_param", node.bytesPerParam},
        {"node.bits_per_pseudo_grad", node.bitsPerPseudoGradient},
        {"network.bandwidth_mbps", s.wan.bandwidthMbps},
        {"network.latency_ms", s.wan.latencyMs},
        {"hierarchy.nodes_per_group", s.hierarchy.nodesPerGroup},
        {"hierarchy.bandwidth_mbps", s.hierarchy.regional.bandwidthMbps},
        {"hierarchy.latency_ms", s.hierarchy.regional.latencyMs},
        {"pipeline.activation_compression", s.pipeline.activationCompression},
        {"pipeline.micro_batches", s.pipeline.microBatches},
        {"pipeline.bandwidth_mbps", s.pipeline.stageLink.bandwidthMbps},
        {"pipeline.latency_ms", s.pipeline.stageLink.latencyMs},
        {"training.mfu", s.training.mfu},
        {"training.local_batch_tokens", s.training.localBatchTokens},
        {"training.years", s.training.years},
        {"training.compression", s.training.compression},
        {"treaty.ccc_threshold_h100e", s.treaty.cccThresholdH100e},
        {"treaty.strict_threshold_flop", s.treaty.strictThresholdFlop},
    };
    for (const auto& [key, value] : values)
        if (auto error = checkLimit(*scenarioInputLimit(key), value))
            return error;
    if (s.treaty.memoryThresholdGb)
        if (auto error = checkLimit(*scenarioInputLimit("treaty.memory_threshold_gb"),
                                    *s.treaty.memoryThresholdGb))
            return error;

    if (s.mode == Mode::Moe) {
        if (auto error = checkLimit(*scenarioInputLimit("moe.total_params_b"), s.moe.totalParamsB))
            return error;
        if (auto error = checkLimit(*scenarioInputLimit("moe.active_params_b"), s.moe.activeParamsB))
            return error;
        // Active parameters are a part of the total.
        if (auto error = checkRange({"moe.active_params_b", s.moe.activeParamsB,
                                     scenarioInputLimit("moe.active_params_b")->min, true,
                                     s.moe.totalParamsB}))
            return error;
        return checkLimit(*scenarioInputLimit("moe.layers"), s.moe.layers);
    }

    return checkLimit(*scenarioInputLimit("model.params_b"), s.resolvedParamsB());
}

std::optional<InputError> validateScenario(const Scenario& s)
{
    if (auto error = validateScenarioRanges(s))
        return error;
    if (s.mode == Mode::Moe)
        return std::nullopt;
    const double paramsB = s.resolvedParamsB();
    const NodeConfig& node = s.node;
    if (s.mode == Mode::PipelineDiloco) {
        const EvaluationOutcome outcome = evaluatePipelineDiloco(s);
        if (!outcome.ok())
            return outcome.error;
    } else if (paramsB > node.maxParamsB()) {
        return InputError{"model.params_b",
                          "is " + formatInputNumber(paramsB) + " B, but at most "
                              + formatInputNumber(node.maxParamsB())
                              + " B fit on one node; use pp_diloco mode for larger models",
                          InputProblem::ModelTooLargeForNode, paramsB, 0, node.maxParamsB()};
    }
    return std::nullopt;
}

} // namespace dtx
