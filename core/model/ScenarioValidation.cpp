#include "ScenarioValidation.hpp"

#include "DilocoModes.hpp"

#include <string>
#include <vector>

namespace dtx {

namespace {

// A checked value: its limit (looked up once) and where the scenario keeps it.
struct CheckedValue {
    const InputLimit* limit;
    double (*read)(const Scenario&);
};

const InputLimit* limitOf(const char* key)
{
    return scenarioInputLimit(key);
}

// Sweeps validate every point, so the limits are found once, not per call.
const std::vector<CheckedValue>& checkedValues()
{
    static const std::vector<CheckedValue> values = {
        {limitOf("nodes"), [](const Scenario& s) { return static_cast<double>(s.nodes); }},
        {limitOf("node.pflops"), [](const Scenario& s) { return s.node.pflops; }},
        {limitOf("node.pflops_fp16"), [](const Scenario& s) { return s.node.pflopsFp16; }},
        {limitOf("node.vram_gb"), [](const Scenario& s) { return s.node.vramGb; }},
        {limitOf("node.gpu_count"), [](const Scenario& s) { return static_cast<double>(s.node.gpuCount); }},
        {limitOf("node.gpu_cost_usd"), [](const Scenario& s) { return s.node.gpuCostUsd; }},
        {limitOf("node.h100_equiv"), [](const Scenario& s) { return s.node.h100Equiv; }},
        {limitOf("node.bytes_per_param"), [](const Scenario& s) { return s.node.bytesPerParam; }},
        {limitOf("node.bits_per_pseudo_grad"), [](const Scenario& s) { return s.node.bitsPerPseudoGradient; }},
        {limitOf("network.latency_ms"), [](const Scenario& s) { return s.wan.latencyMs; }},
        {limitOf("hierarchy.nodes_per_group"), [](const Scenario& s) { return s.hierarchy.nodesPerGroup; }},
        {limitOf("hierarchy.bandwidth_mbps"), [](const Scenario& s) { return s.hierarchy.regional.bandwidthMbps; }},
        {limitOf("hierarchy.latency_ms"), [](const Scenario& s) { return s.hierarchy.regional.latencyMs; }},
        {limitOf("pipeline.activation_compression"), [](const Scenario& s) { return s.pipeline.activationCompression; }},
        {limitOf("pipeline.micro_batches"), [](const Scenario& s) { return s.pipeline.microBatches; }},
        {limitOf("pipeline.bandwidth_mbps"), [](const Scenario& s) { return s.pipeline.stageLink.bandwidthMbps; }},
        {limitOf("pipeline.latency_ms"), [](const Scenario& s) { return s.pipeline.stageLink.latencyMs; }},
        {limitOf("training.mfu"), [](const Scenario& s) { return s.training.mfu; }},
        {limitOf("training.local_batch_tokens"), [](const Scenario& s) { return s.training.localBatchTokens; }},
        {limitOf("training.years"), [](const Scenario& s) { return s.training.years; }},
        {limitOf("training.compression"), [](const Scenario& s) { return s.training.compression; }},
        {limitOf("treaty.ccc_threshold_h100e"), [](const Scenario& s) { return s.treaty.cccThresholdH100e; }},
        {limitOf("treaty.strict_threshold_flop"), [](const Scenario& s) { return s.treaty.strictThresholdFlop; }},
    };
    return values;
}

// R2: under a revision without the new inputs, each must be at its seed
// equivalent (CLI.md "Model revisions").
std::optional<InputError> checkRevisionInputs(const Scenario& s)
{
    const auto notInRevision = [&](const char* key, const std::string& what) {
        return InputError{key,
                          what + " under revision " + std::string(revisionName(s.revision))
                              + " (MODEL.md); the input needs revision 2026-04",
                          InputProblem::NotInRevision};
    };
    if (!s.rules().hasRevisedInputs) {
        if (!s.wan.symmetric())
            return notInRevision("network.upload_mbps",
                                 "must equal network.download_mbps (one symmetric bandwidth)");
        if (s.training.innerSteps)
            return notInRevision("training.inner_steps", "must be null (H is always H_min)");
        if (s.training.errorFeedback)
            return notInRevision("training.error_feedback", "is not an input");
        if (s.assumptions.stragglerMode == StragglerMode::Relay)
            return notInRevision("assumptions.straggler_mode",
                                 "must be synchronous (or assumptions.straggler false)");
    }
    if (s.training.innerSteps) {
        static const InputLimit* const innerSteps = limitOf("training.inner_steps");
        if (auto error = checkLimit(*innerSteps, *s.training.innerSteps))
            return error;
        if (s.mode != Mode::Flat)
            return InputError{"training.inner_steps",
                              "applies to flat mode only (the other modes choose H themselves); "
                              "set it to null",
                              InputProblem::FlatModeOnly, *s.training.innerSteps};
    }
    return std::nullopt;
}

} // namespace

std::optional<InputError> validateScenarioRanges(const Scenario& s)
{
    for (const CheckedValue& value : checkedValues())
        if (auto error = checkLimit(*value.limit, value.read(s)))
            return error;
    // The WAN by the key that set it: one symmetric bandwidth, or each
    // direction.
    static const InputLimit* const symmetric = limitOf("network.bandwidth_mbps");
    static const InputLimit* const upload = limitOf("network.upload_mbps");
    static const InputLimit* const download = limitOf("network.download_mbps");
    if (s.wan.symmetric()) {
        if (auto error = checkLimit(*symmetric, s.wan.uploadMbps))
            return error;
    } else {
        if (auto error = checkLimit(*upload, s.wan.uploadMbps))
            return error;
        if (auto error = checkLimit(*download, s.wan.downloadMbps))
            return error;
    }
    if (auto error = checkRevisionInputs(s))
        return error;
    static const InputLimit* const memoryThreshold = limitOf("treaty.memory_threshold_gb");
    static const InputLimit* const totalParams = limitOf("moe.total_params_b");
    static const InputLimit* const activeParams = limitOf("moe.active_params_b");
    static const InputLimit* const moeLayers = limitOf("moe.layers");
    static const InputLimit* const paramsB = limitOf("model.params_b");
    if (s.treaty.memoryThresholdGb)
        if (auto error = checkLimit(*memoryThreshold, *s.treaty.memoryThresholdGb))
            return error;

    if (s.mode == Mode::Moe) {
        if (auto error = checkLimit(*totalParams, s.moe.totalParamsB))
            return error;
        if (auto error = checkLimit(*activeParams, s.moe.activeParamsB))
            return error;
        // Active parameters are a part of the total.
        if (auto error = checkRange({"moe.active_params_b", s.moe.activeParamsB, activeParams->min,
                                     true, s.moe.totalParamsB}))
            return error;
        return checkLimit(*moeLayers, s.moe.layers);
    }

    return checkLimit(*paramsB, s.resolvedParamsB());
}

std::optional<InputError> modelTooLargeForNode(const Scenario& s)
{
    const double paramsB = s.resolvedParamsB();
    const double largest = s.node.maxParamsB();
    if (paramsB <= largest)
        return std::nullopt;
    return InputError{"model.params_b",
                      "is " + formatInputNumber(paramsB) + " B, but at most " + formatInputNumber(largest)
                          + " B fit on one node; use pp_diloco mode for larger models",
                      InputProblem::ModelTooLargeForNode, paramsB, 0, largest};
}

std::optional<InputError> validateScenario(const Scenario& s)
{
    if (auto error = validateScenarioRanges(s))
        return error;
    switch (s.mode) {
    case Mode::Moe:
        return std::nullopt;
    case Mode::PipelineDiloco: {
        const EvaluationOutcome outcome = evaluatePipelineDiloco(s);
        return outcome.ok() ? std::nullopt : std::optional(outcome.error);
    }
    case Mode::Flat:
    case Mode::Hierarchical:
        return modelTooLargeForNode(s);
    }
    return std::nullopt;
}

} // namespace dtx
