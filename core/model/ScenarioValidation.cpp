#include "ScenarioValidation.hpp"

#include "DilocoModes.hpp"

#include <string>

namespace dtx {

std::optional<InputError> validateScenarioRanges(const Scenario& s)
{
    const NodeConfig& node = s.node;
    const RangeRule rules[] = {
        {"nodes", static_cast<double>(s.nodes), 1, true, kMaxNodes},
        {"node.pflops", node.pflops, kMinNodePflops, true, 1e9},
        {"node.pflops_fp16", node.pflopsFp16, kMinNodePflops, true, 1e9},
        {"node.vram_gb", node.vramGb, 0, false, 1e12},
        {"node.gpu_count", static_cast<double>(node.gpuCount), 1, true, 1e9},
        {"node.gpu_cost_usd", node.gpuCostUsd, 0, true, 1e12},
        {"node.h100_equiv", node.h100Equiv, 0, true, 1e12},
        {"node.bytes_per_param", node.bytesPerParam, 0, false, 64},
        // Not near 0: t_sync / t_comp must not underflow to 0, or H = 0.
        {"node.bits_per_pseudo_grad", node.bitsPerPseudoGradient, 1e-3, true, 64},
        {"network.bandwidth_mbps", s.wan.bandwidthMbps, kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"network.latency_ms", s.wan.latencyMs, 0, true, kMaxLatencyMs},
        {"hierarchy.nodes_per_group", s.hierarchy.nodesPerGroup, 1, true, kMaxNodes},
        {"hierarchy.bandwidth_mbps", s.hierarchy.regional.bandwidthMbps, kMinBandwidthMbps, true,
         kMaxBandwidthMbps},
        {"hierarchy.latency_ms", s.hierarchy.regional.latencyMs, 0, true, kMaxLatencyMs},
        {"pipeline.activation_compression", s.pipeline.activationCompression, 1, true,
         kMaxCompression},
        {"pipeline.micro_batches", s.pipeline.microBatches, 1, true, 1e6},
        {"pipeline.bandwidth_mbps", s.pipeline.stageLink.bandwidthMbps, kMinBandwidthMbps, true,
         kMaxBandwidthMbps},
        {"pipeline.latency_ms", s.pipeline.stageLink.latencyMs, 0, true, kMaxLatencyMs},
        {"training.mfu", s.training.mfu, kMinMfu, true, 1},
        {"training.local_batch_tokens", s.training.localBatchTokens, 1, true, 1e12},
        {"training.years", s.training.years, 0, false, kMaxYears},
        {"training.compression", s.training.compression, 1, true, kMaxCompression},
        {"treaty.ccc_threshold_h100e", s.treaty.cccThresholdH100e, 0, false, 1e9},
        // At least 1 FLOP: threshold_multiple = C_local / threshold, and a
        // denormal threshold would turn it into inf.
        {"treaty.strict_threshold_flop", s.treaty.strictThresholdFlop, 1, true, 1e40},
    };
    for (const RangeRule& rule : rules)
        if (auto error = checkRange(rule))
            return error;
    if (s.treaty.memoryThresholdGb)
        if (auto error = checkRange({"treaty.memory_threshold_gb", *s.treaty.memoryThresholdGb, 0,
                                     false, 1e12}))
            return error;

    if (s.mode == Mode::Moe) {
        if (auto error = checkRange({"moe.total_params_b", s.moe.totalParamsB, kMinParamsB, true,
                                     kMaxParamsB}))
            return error;
        if (auto error = checkRange({"moe.active_params_b", s.moe.activeParamsB, kMinParamsB, true,
                                     s.moe.totalParamsB}))
            return error;
        return checkRange({"moe.layers", s.moe.layers, 0, true, 1e4});
    }

    return checkRange({"model.params_b", s.resolvedParamsB(), kMinParamsB, true, kMaxParamsB});
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
