#include "InputLimits.hpp"

#include <algorithm>

namespace dtx {
namespace {

// Lower limits above zero: a tiny bandwidth, MFU or node speed passes
// "greater than 0" yet turns sync and compute times into inf. 1e-6 Mbps is
// 1 bit/s; 1e-6 PFLOPS is 1 GFLOPS.
constexpr double kMinBandwidthMbps = 1e-6;
constexpr double kMaxBandwidthMbps = 1e9;
constexpr double kMinPflops = 1e-6;
constexpr double kMaxLatencyMs = 1e7;
constexpr double kMaxCompression = 1e9;
constexpr double kMaxTokens = 1e20;
constexpr double kMaxCount = 1e9;

const InputLimit* find(const std::vector<InputLimit>& table, std::string_view key)
{
    const auto found = std::find_if(table.begin(), table.end(),
                                    [&](const InputLimit& limit) { return key == limit.key; });
    return found == table.end() ? nullptr : &*found;
}

} // namespace

const std::vector<InputLimit>& scenarioInputLimits()
{
    static const std::vector<InputLimit> table = {
        {"nodes", 1, true, kMaxNodes, true},
        {"node.gpus", 1, true, kMaxGpusPerNode, true},
        {"node.pflops", kMinPflops, true, 1e9},
        {"node.pflops_fp16", kMinPflops, true, 1e9},
        {"node.vram_gb", kMinVramGb, true, 1e12},
        {"node.gpu_count", 1, true, kMaxGpusPerNode, true},
        {"node.gpu_cost_usd", 0, true, 1e12},
        {"node.h100_equiv", 0, true, 1e12},
        {"node.bytes_per_param", 0, false, 64},
        // Not near 0: t_sync / t_comp must not underflow to 0, or H = 0.
        {"node.bits_per_pseudo_grad", 1e-3, true, 64},
        {"model.params_b", kMinParamsB, true, kMaxParamsB},
        {"moe.total_params_b", kMinParamsB, true, kMaxParamsB},
        {"moe.active_params_b", kMinParamsB, true, kMaxParamsB},
        {"moe.layers", 0, true, 1e4, true},
        {"network.bandwidth_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"network.upload_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"network.download_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"network.latency_ms", 0, true, kMaxLatencyMs},
        {"hierarchy.nodes_per_group", 1, true, kMaxNodes, true},
        {"hierarchy.bandwidth_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"hierarchy.latency_ms", 0, true, kMaxLatencyMs},
        {"pipeline.activation_compression", 1, true, kMaxCompression},
        {"pipeline.micro_batches", 1, true, 1e6, true},
        {"pipeline.bandwidth_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"pipeline.latency_ms", 0, true, kMaxLatencyMs},
        {"training.mfu", 1e-6, true, 1},
        {"training.local_batch_tokens", 1, true, 1e12},
        {"training.years", kMinYears, true, kMaxYears},
        {"training.compression", 1, true, kMaxCompression},
        {"training.inner_steps", 1, true, kMaxCount, true},
        {"treaty.ccc_threshold_h100e", 0, false, 1e9},
        // At least 1 FLOP: threshold_multiple = C_local / threshold, and a
        // denormal threshold would turn it into inf.
        {"treaty.strict_threshold_flop", 1, true, 1e40},
        {"treaty.memory_threshold_gb", kMinVramGb, true, 1e12},
    };
    return table;
}

const std::vector<InputLimit>& plannerInputLimits()
{
    static const std::vector<InputLimit> table = {
        {"model.params_b", 1e-3, true, 1e7},
        {"model.tokens", 1, true, kMaxTokens},
        {"model.active_params_b", 1e-3, true, 1e7},
        {"model.moe_layers", 0, true, 1e4, true},
        {"cluster.nodes", 1, true, kMaxCount, true},
        {"cluster.node_pflops", kMinPflops, true, 1e9},
        {"cluster.node_vram_gb", kMinVramGb, true, 1e12},
        {"cluster.mfu", 1e-6, true, 1},
        {"network.bandwidth_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"network.upload_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"network.download_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"network.latency_ms", 0, true, kMaxLatencyMs},
        {"algorithm.inner_steps", 1, true, kMaxCount, true},
        {"algorithm.compression", 1, true, kMaxCompression},
        {"algorithm.local_batch_tokens", 1, true, 1e12},
        {"algorithm.activation_compression", 1, true, kMaxCompression},
        {"algorithm.micro_batches", 1, true, 1e6, true},
        {"hierarchy.nodes_per_group", 1, true, kMaxCount, true},
        {"hierarchy.bandwidth_mbps", kMinBandwidthMbps, true, kMaxBandwidthMbps},
        {"hierarchy.latency_ms", 0, true, kMaxLatencyMs},
        {"hierarchy.regional_steps", 1, true, kMaxCount, true},
        {"run_length.hardware_growth_oom", 0, true, 100},
        {"run_length.software_growth_oom", 0, true, 100},
        {"run_length.investment_growth_oom", 0, true, 100},
        // An hour to fifty years, as the scenario's time budget.
        {"run_length.manual_days", kMinYears * 365.25, true, kMaxYears * 365.25},
    };
    return table;
}

const InputLimit* scenarioInputLimit(std::string_view key)
{
    return find(scenarioInputLimits(), key);
}

const InputLimit* plannerInputLimit(std::string_view key)
{
    return find(plannerInputLimits(), key);
}

std::optional<InputError> checkLimit(const InputLimit& limit, double value)
{
    return checkRange({limit.key, value, limit.min, limit.minInclusive, limit.max, limit.whole});
}

} // namespace dtx
