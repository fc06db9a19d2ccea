#include "ResultFields.hpp"

#include "LossGap.hpp"

#include <string_view>

namespace dtx {
namespace {

ResultValue number(double value) { return {true, value, false, {}}; }
ResultValue flag(bool value) { return {true, 0, value, {}}; }
ResultValue absent() { return {}; }

template <typename Details, typename Read>
ResultValue detail(const std::optional<Details>& details, Read read)
{
    return details ? number(read(*details)) : absent();
}

// R15's keys exist under the revision that defines them.
template <typename Read>
ResultValue revised(const Evaluation& e, Read read)
{
    return revisionRules(e.revision).hasRevisedInputs ? number(read(e)) : absent();
}

template <typename Details, typename Read>
ResultValue revisedDetail(const Evaluation& e, const std::optional<Details>& details, Read read)
{
    return revisionRules(e.revision).hasRevisedInputs ? detail(details, read) : absent();
}

} // namespace

const std::vector<ResultField>& resultFields()
{
    using K = ResultKind;
    static const std::vector<ResultField> table = {
        {"mode", "Mode", "", K::Text,
         [](const Evaluation& e) { return ResultValue{true, 0, false, std::string(modeName(e.mode))}; }},
        {"n_nodes", "Nodes", "", K::Number, [](const Evaluation& e) { return number(e.nodes); }},
        {"total_gpus", "GPUs", "", K::Number, [](const Evaluation& e) { return number(e.totalGpus); }},
        {"params_b", "Model size (active)", "B params", K::Number,
         [](const Evaluation& e) { return number(e.paramsB); }},
        {"max_params_b", "Largest model on one node", "B params", K::Number,
         [](const Evaluation& e) { return number(e.maxParamsB); }},
        {"h100_equiv_per_node", "H100-equivalents per node", "", K::Number,
         [](const Evaluation& e) { return number(e.h100EquivPerNode); }},
        {"under_threshold", "Node under CCC threshold", "", K::Boolean,
         [](const Evaluation& e) { return flag(e.underThreshold); }},
        {"t_comp_s", "Compute per inner step", "s", K::Number,
         [](const Evaluation& e) { return number(e.computeStepSeconds); }},
        {"sync_bits", "Bits per sync (compressed)", "bit", K::Number,
         [](const Evaluation& e) { return number(e.syncBits); }},
        {"f_straggler", "Straggler factor (WAN)", "", K::Number,
         [](const Evaluation& e) { return number(e.stragglerFactor); }},
        {"t_sync_s", "Sync time (WAN, with stragglers)", "s", K::Number,
         [](const Evaluation& e) { return number(e.syncSeconds); }},
        {"t_sync_base_s", "Sync base time", "s", K::Number,
         [](const Evaluation& e) { return detail(e.flat, [](const FlatDetails& d) { return d.syncBaseSeconds; }); }},
        {"h", "Inner steps H", "", K::Number, [](const Evaluation& e) { return number(e.innerSteps); }},
        {"alpha", "Sync-interval sensitivity alpha", "", K::Number,
         [](const Evaluation& e) { return number(e.alpha); }},
        {"eta", "Efficiency eta", "", K::Number, [](const Evaluation& e) { return number(e.eta); }},
        {"eta_pre", "Efficiency before the replica penalty", "", K::Number,
         [](const Evaluation& e) { return revised(e, [](const Evaluation& x) { return x.etaBeforeReplica; }); }},
        {"loss_multiplier", "Replica loss multiplier", "", K::Number,
         [](const Evaluation& e) { return revised(e, [](const Evaluation& x) { return x.lossMultiplier; }); }},
        {"chi_full", "chi with the replica loss (chi_full)", "", K::Number,
         [](const Evaluation& e) { return revised(e, [](const Evaluation& x) { return x.chinchillaEfficiencyFull; }); }},
        {"eta_replica", "Replica efficiency", "", K::Number,
         [](const Evaluation& e) { return revised(e, [](const Evaluation& x) { return x.etaReplica; }); }},
        {"c_actual", "C_actual", "FLOP", K::Number, [](const Evaluation& e) { return number(e.computeActual); },
         "C_throughput"},
        {"c_local", "C_local (local-equivalent)", "FLOP", K::Number,
         [](const Evaluation& e) { return number(e.computeLocal); }},
        {"tokens", "Tokens", "", K::Number, [](const Evaluation& e) { return number(e.tokens); }},
        {"chinchilla_tokens", "Chinchilla-optimal tokens", "", K::Number,
         [](const Evaluation& e) { return number(e.chinchillaTokens); }},
        {"overtraining_ratio", "Overtraining ratio", "", K::Number,
         [](const Evaluation& e) { return number(e.overtrainingRatio); }},
        {"eta_chinchilla", "Chinchilla efficiency", "", K::Number,
         [](const Evaluation& e) { return number(e.chinchillaEfficiency); }, "Chinchilla efficiency chi"},
        {"c_quality", "C_quality (quality-adjusted)", "FLOP", K::Number,
         [](const Evaluation& e) { return number(e.computeQuality); }},
        {"cost_usd", "Hardware cost", "USD", K::Number, [](const Evaluation& e) { return number(e.costUsd); }},
        {"threshold_multiple", "Multiple of the Strict Threshold", "x", K::Number,
         [](const Evaluation& e) { return number(e.thresholdMultiple); }},
        {"h_used", "Inner steps used", "", K::Number,
         [](const Evaluation& e) { return revisedDetail(e, e.flat, [](const FlatDetails& d) { return d.innerStepsUsed; }); }},
        {"duty_cycle", "WAN duty cycle", "", K::Number,
         [](const Evaluation& e) { return revisedDetail(e, e.flat, [](const FlatDetails& d) { return d.dutyCycle; }); }},
        {"gb_per_sync", "Data per sync (both directions)", "GB", K::Number,
         [](const Evaluation& e) { return revisedDetail(e, e.flat, [](const FlatDetails& d) { return d.gbPerSync; }); }},
        {"n_groups", "Groups", "", K::Number,
         [](const Evaluation& e) {
             if (e.pipeline)
                 return number(e.pipeline->groups);
             return detail(e.hierarchical, [](const HierarchicalDetails& d) { return d.groups; });
         }},
        {"h_inner", "Inner steps per regional sync", "", K::Number,
         [](const Evaluation& e) { return detail(e.hierarchical, [](const HierarchicalDetails& d) { return d.innerSteps; }); }},
        {"h_regional", "Regional syncs per global sync", "", K::Number,
         [](const Evaluation& e) { return detail(e.hierarchical, [](const HierarchicalDetails& d) { return d.regionalSteps; }); }},
        {"h_eff", "Effective inner steps", "", K::Number,
         [](const Evaluation& e) { return detail(e.hierarchical, [](const HierarchicalDetails& d) { return d.effectiveSteps; }); }},
        {"t_regional_sync_s", "Regional sync time", "s", K::Number,
         [](const Evaluation& e) { return detail(e.hierarchical, [](const HierarchicalDetails& d) { return d.regionalSyncSeconds; }); }},
        {"t_global_sync_s", "Global sync time", "s", K::Number,
         [](const Evaluation& e) { return detail(e.hierarchical, [](const HierarchicalDetails& d) { return d.globalSyncSeconds; }); }},
        {"nodes_per_group", "Nodes per group", "", K::Number,
         [](const Evaluation& e) { return revisedDetail(e, e.hierarchical, [](const HierarchicalDetails& d) { return d.nodesPerGroup; }); }},
        {"f_regional", "Straggler factor (regional)", "", K::Number,
         [](const Evaluation& e) { return detail(e.hierarchical, [](const HierarchicalDetails& d) { return d.regionalStragglerFactor; }); }},
        {"total_params_b", "Total parameters", "B params", K::Number,
         [](const Evaluation& e) { return detail(e.moe, [](const MoeDetails& d) { return d.totalParamsB; }); }},
        {"active_params_b", "Active parameters", "B params", K::Number,
         [](const Evaluation& e) { return detail(e.moe, [](const MoeDetails& d) { return d.activeParamsB; }); }},
        {"mem_node_gb", "Memory per node", "GB", K::Number,
         [](const Evaluation& e) { return detail(e.moe, [](const MoeDetails& d) { return d.memoryPerNodeGb; }); }},
        {"fits_on_node", "Fits on one node", "", K::Boolean,
         [](const Evaluation& e) { return e.moe ? flag(e.moe->fitsOnNode) : absent(); }},
        {"t_ep_s", "Expert-parallel time per step", "s", K::Number,
         [](const Evaluation& e) { return detail(e.moe, [](const MoeDetails& d) { return d.expertParallelSeconds; }); }},
        {"ep_overhead", "Expert-parallel overhead", "", K::Number,
         [](const Evaluation& e) { return detail(e.moe, [](const MoeDetails& d) { return d.expertParallelOverhead; }); }},
        {"pp_stages", "Pipeline stages", "", K::Number,
         [](const Evaluation& e) { return detail(e.pipeline, [](const PipelineDetails& d) { return d.stages; }); }},
        {"t_pp_step_s", "Pipeline step", "s", K::Number,
         [](const Evaluation& e) { return detail(e.pipeline, [](const PipelineDetails& d) { return d.pipelineStepSeconds; }); }},
        {"bubble_fraction", "Pipeline bubble", "", K::Number,
         [](const Evaluation& e) { return detail(e.pipeline, [](const PipelineDetails& d) { return d.bubbleFraction; }); }},
        {"eta_activation", "Activation-compression quality", "", K::Number,
         [](const Evaluation& e) { return detail(e.pipeline, [](const PipelineDetails& d) { return d.activationQuality; }); }},
        {"eta_sync", "Efficiency before activation quality", "", K::Number,
         [](const Evaluation& e) { return detail(e.pipeline, [](const PipelineDetails& d) { return d.syncEfficiency; }); }},
        {"outer_step_s", "Outer step", "s", K::Number,
         [](const Evaluation& e) {
             if (e.flat && revisionRules(e.revision).hasRevisedInputs)
                 return number(e.flat->outerStepSeconds);
             return detail(e.pipeline, [](const PipelineDetails& d) { return d.outerStepSeconds; });
         }},
        // ANALYSES.md B, in every mode with more than one replica.
        {"traffic_payload_bytes", "WAN payload per sync, each direction", "bytes", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.payloadBytes; }); }},
        {"traffic_sync_period_s", "WAN sync period", "s", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.syncPeriodSeconds; }); }},
        {"traffic_burst_up_s", "Upload burst at line rate", "s", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.burstUpSeconds; }); }},
        {"traffic_burst_down_s", "Download burst at line rate", "s", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.burstDownSeconds; }); }},
        {"traffic_duty_cycle", "WAN duty cycle (bursts)", "", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.dutyCycle; }); }},
        {"traffic_sustained_up_mbps", "Sustained upload (streaming)", "Mbps", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.sustainedUpMbps; }); }},
        {"traffic_syncs_per_run", "WAN syncs per run", "", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.syncsPerRun; }); }},
        {"traffic_wan_tb_per_node", "WAN traffic per endpoint over the run", "TB", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.wanTerabytesPerNode; }); }},
        {"traffic_wan_tb_fleet", "WAN traffic of the fleet over the run", "TB", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.wanTerabytesFleet; }); }},
        {"traffic_coordinator_gbps", "Coordinator ingress (star)", "Gbps", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.coordinatorGbps; }); }},
        {"traffic_ccc_margin", "Margin to 25 Gbit/s (CCC link rule)", "x", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.cccMargin; }); }},
        {"traffic_gpu_busy_fraction", "GPU busy fraction", "", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.gpuBusyFraction; }); }},
        {"traffic_correlated_endpoints", "Correlated WAN endpoints", "", K::Number,
         [](const Evaluation& e) { return detail(e.traffic, [](const TrafficFingerprint& t) { return t.correlatedEndpoints; }); }},
        // ANALYSES.md G2: the loss against synchronous training, and the DiLoCo law's gap.
        {"loss_synchronous", "Loss, synchronous (Chinchilla fit)", "", K::Number,
         [](const Evaluation& e) { return detail(lossComparison(e), [](const LossComparison& c) { return c.lossSynchronous; }); },
         nullptr, true},
        {"predicted_loss", "Predicted loss (eta x tokens)", "", K::Number,
         [](const Evaluation& e) { return detail(lossComparison(e), [](const LossComparison& c) { return c.predictedLoss; }); },
         nullptr, true},
        {"loss_gap", "Loss gap vs synchronous", "", K::Number,
         [](const Evaluation& e) { return detail(lossComparison(e), [](const LossComparison& c) { return c.lossGap; }); },
         nullptr, true},
        {"diloco_law_gap", "DiLoCo-law loss gap (Charles 2025)", "", K::Number,
         [](const Evaluation& e) { return detail(lossComparison(e), [](const LossComparison& c) { return c.dilocoLawGap; }); },
         nullptr, true},
        {"diloco_law_extrapolated", "DiLoCo law extrapolated (P, M)", "", K::Boolean,
         [](const Evaluation& e) {
             const std::optional<LossComparison> c = lossComparison(e);
             return c ? flag(c->dilocoLawExtrapolated) : ResultValue{};
         },
         nullptr, true},
    };
    return table;
}

std::vector<const ResultField*> resultFieldsForMode(Mode mode, Revision revision)
{
    // Probe which keys a mode fills by evaluating an empty result of that
    // shape: cheaper to keep right than a second list of keys per mode.
    Evaluation probe;
    probe.revision = revision;
    probe.mode = mode;
    if (mode == Mode::Flat || mode == Mode::Hierarchical)
        probe.flat = FlatDetails{};
    if (mode == Mode::Hierarchical)
        probe.hierarchical = HierarchicalDetails{};
    if (mode == Mode::Moe)
        probe.moe = MoeDetails{};
    if (mode == Mode::PipelineDiloco)
        probe.pipeline = PipelineDetails{};
    probe.traffic = TrafficFingerprint{}; // present whenever there is more than one replica
    std::vector<const ResultField*> fields;
    for (const ResultField& field : resultFields())
        if (!field.evaluateOnly && field.read(probe).present)
            fields.push_back(&field);
    return fields;
}

} // namespace dtx
