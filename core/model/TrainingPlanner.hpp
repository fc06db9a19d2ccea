#pragma once

#include "RangeCheck.hpp"
#include "Revision.hpp"

#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// The forward training-run planner of MODEL.md §13: for a fixed model, dataset
// and cluster, how many days training takes, what limits it, and whether it
// ends before a longer run started later would overtake it. Inputs mirror the
// sections of the planner file (CLI.md, `dtx plan`); defaults are the
// reference planner's. Under revision 2026-04 (REVISION-2026-04.md
// "R-planner") the WAN has two directions and the efficiency counts
// compression quality, with the replica loss and Chinchilla efficiency as
// further outputs.
namespace dtx {

// Training precision: training-state bytes per parameter 16 / 14 / 13 and
// bytes per pseudo-gradient or activation value 2 / 1 / 0.5.
enum class PlannerPrecision { Fp16, Fp8, Fp4 };
enum class ExpertParallelism { None, Regional, Global };
enum class StragglerMitigation { None, Threshold, Redundancy };
enum class PlannerMode { Flat, Hierarchical, PipelineDiloco, PipelineWan };
enum class Bottleneck { Network, Compute };

double plannerBytesPerParam(PlannerPrecision precision);
double plannerBytesPerValue(PlannerPrecision precision);

// Planner-file spellings, indexed by the enum values; the explorer's choice
// lists come from the same tables.
inline constexpr std::array<std::string_view, 3> kPlannerPrecisionNames = {"FP16", "FP8", "FP4"};
inline constexpr std::array<std::string_view, 3> kExpertParallelismNames = {"none", "regional",
                                                                            "global"};
inline constexpr std::array<std::string_view, 3> kStragglerMitigationNames = {"none", "threshold",
                                                                              "redundancy"};
inline constexpr std::array<std::string_view, 4> kPlannerModeNames = {"flat", "hierarchical",
                                                                      "pp_diloco", "pipeline_wan"};
inline constexpr std::array<std::string_view, 2> kBottleneckNames = {"network", "compute"};

inline std::string_view plannerPrecisionName(PlannerPrecision precision)
{
    return kPlannerPrecisionNames[static_cast<std::size_t>(precision)];
}
inline std::string_view expertParallelismName(ExpertParallelism parallelism)
{
    return kExpertParallelismNames[static_cast<std::size_t>(parallelism)];
}
inline std::string_view stragglerMitigationName(StragglerMitigation mitigation)
{
    return kStragglerMitigationNames[static_cast<std::size_t>(mitigation)];
}
inline std::string_view plannerModeName(PlannerMode mode)
{
    return kPlannerModeNames[static_cast<std::size_t>(mode)];
}
inline std::string_view bottleneckName(Bottleneck bottleneck)
{
    return kBottleneckNames[static_cast<std::size_t>(bottleneck)];
}
// False for a word that is not in the table.
bool parsePlannerPrecision(std::string_view text, PlannerPrecision* precision);
bool parseExpertParallelism(std::string_view text, ExpertParallelism* parallelism);
bool parseStragglerMitigation(std::string_view text, StragglerMitigation* mitigation);

// Planner-file section "model".
struct PlannerModel {
    double paramsB = 144;  // total parameters P, billions
    double tokens = 12e12; // D
    bool moe = false;
    double activeParamsB = 24; // P_act (MoE only)
    double moeLayers = 32;     // m (MoE only)
    ExpertParallelism expertParallelism = ExpertParallelism::None;
};

// Section "cluster": the reference node is 16x GH200 (2,304 GB), credited
// with 32 PFLOPS (16 under 2026-04; plannerDefaults).
struct PlannerCluster {
    double nodes = 72;
    double nodePflops = 32;
    double nodeVramGb = 2304;
    double mfu = 0.40;
};

// Section "network": the WAN every node sits on. The seed planner has one
// symmetric bandwidth; 2026-04 may give upload and download apart, and a
// direction not given apart runs at bandwidthMbps.
struct PlannerNetwork {
    double bandwidthMbps = 100;
    double latencyMs = 100;
    std::optional<double> upload;   // BW_up, Mbps (2026-04)
    std::optional<double> download; // BW_down, Mbps (2026-04)

    double uploadMbps() const { return upload.value_or(bandwidthMbps); }
    double downloadMbps() const { return download.value_or(bandwidthMbps); }
    bool symmetric() const { return uploadMbps() == downloadMbps(); }
    // Both directions at once (the file's network.bandwidth_mbps).
    void setBandwidth(double mbps)
    {
        bandwidthMbps = mbps;
        upload.reset();
        download.reset();
    }
};

// Section "algorithm".
struct PlannerAlgorithm {
    double innerSteps = 128; // H
    double compression = 16; // c, on the pseudo-gradient
    double localBatchTokens = 131072;
    PlannerPrecision precision = PlannerPrecision::Fp16;
    bool streaming = true; // overlap the sync with the next block
    double activationCompression = 10;
    double microBatches = 8; // M
    StragglerMitigation stragglerMitigation = StragglerMitigation::None;
    // R4's error feedback: which compression-quality table applies (2026-04;
    // the seed planner has no such input, so it stays false there).
    bool errorFeedback = false;
};

// Section "hierarchy": regional groups of g nodes sync R times per WAN sync.
struct PlannerHierarchy {
    bool enabled = false;
    double nodesPerGroup = 8;
    double bandwidthMbps = 1000;
    double latencyMs = 20;
    double regionalSteps = 16;
};

// Section "assumptions": the two switches.
struct PlannerAssumptions {
    bool straggler = true;         // false: f'(k) = 1
    bool efficiencyPenalty = true; // false: eff = 1
};

// Section "run_length": yearly growth in orders of magnitude without a
// treaty (Epoch AI, "The longest training run"), or a fixed limit in days.
struct RunLengthInputs {
    double hardwareGrowthOom = std::log10(1.37);
    double softwareGrowthOom = std::log10(3.0);
    double investmentGrowthOom = std::log10(3.5);
    std::optional<double> manualDays; // empty: from the growth rates
};

// The limit the reference planner offers when its manual switch is turned on.
inline constexpr double kOfferedManualRunLengthDays = 180;

// The member defaults are revision 2026-02's; plannerDefaults gives any
// revision's.
struct PlannerInputs {
    Revision revision = Revision::Feb2026;
    PlannerModel model;
    PlannerCluster cluster;
    PlannerNetwork network;
    PlannerAlgorithm algorithm;
    PlannerHierarchy hierarchy;
    PlannerAssumptions assumptions;
    RunLengthInputs runLength;
};

// The planner's inputs with every default of the revision (R-planner's
// table: compression, node PFLOPS, error feedback; the values live in the
// revision's PlannerRules).
PlannerInputs plannerDefaults(Revision revision);
// The same inputs under another revision, as the scenario's switchRevision
// moves them: those still at the old revision's defaults take the new
// one's, and the seed keeps one symmetric bandwidth.
PlannerInputs switchPlannerRevision(const PlannerInputs& inputs, Revision to);

// R-planner's outputs (2026-04): what the efficiency is made of, and what
// the run is worth in quality-adjusted compute; the comment is the JSON
// result key. Fractions unless named.
struct PlannerQualityResult {
    double syncIntervalEfficiency = 1; // eta_h: eta_H, the seed's efficiency
    double compressionQuality = 1;     // q_c: expected column, EF or no-EF table
    double activationQuality = 1;      // q_act: 1 unless the model is sharded
    double replicas = 1;               // n_r (not written)
    double lossMultiplier = 1;         // m (written as replica_loss_percent)
    double computeFlop = 0;            // C = 6 × P_compute × D (not written)
    double chi = 1;                    // chi = chin(P, D, C, m)
    double qualityComputeFlop = 0;     // c_quality: C × eff × chi

    // replica_loss_percent: (m − 1) × 100.
    double replicaLossPercent() const { return (lossMultiplier - 1) * 100; }
};

// Every output of §13; the comment is the JSON result key. Optional parts
// apply only to some modes and are absent from the JSON otherwise.
struct PlannerResult {
    PlannerMode mode = PlannerMode::Flat;        // mode
    bool moe = false;                            // moe
    double stepSeconds = 0;                      // t_step_s: one inner step, t_ep included
    double computeBlockSeconds = 0;              // compute_block_s
    double globalSyncSeconds = 0;                // global_sync_s
    std::optional<double> regionalSyncSeconds;   // regional_sync_s (hierarchical)
    double daysBeforePenalty = 0;                // days_before_penalty
    double days = 0;                             // days
    double efficiency = 1;                       // efficiency (2026-04: eff = eta_H q_c q_act)
    Bottleneck bottleneck = Bottleneck::Compute; // bottleneck
    double maxRunLengthDays = 0;                 // max_run_length_days
    bool feasible = false;                       // feasible: days < max run length
    double globalMfu = 0;                        // global_mfu
    double globalHfu = 0;                        // global_hfu
    std::optional<double> pipelineStages;        // pp_stages (pp_diloco, pipeline_wan)
    std::optional<double> pipelineGroups;        // pp_groups (pp_diloco, pipeline_wan)
    double perNodeParamsB = 0;                   // per_node_params_b
    double maxParamsBFp16 = 0;                   // max_params_b_fp16
    double maxParamsBFp8 = 0;                    // max_params_b_fp8
    double maxParamsBFp4 = 0;                    // max_params_b_fp4
    std::optional<PlannerQualityResult> quality; // 2026-04 only
};

// An input the planner cannot take, named by its dotted planner-file key.
using PlannerInputError = InputError;

// Input limits live in InputLimits.hpp (plannerInputLimits()); this one is
// a rule over three of them.
inline constexpr double kPlannerMinGrowthOom = 1e-6; // summed; L stays below 1e6 years

// Checks ranges (finite and generous, so that no output of planTrainingRun
// can become inf or NaN) and returns the first offender. Counts (nodes,
// group size, steps, micro-batches, MoE layers) must be whole numbers.
// Under 2026-02 the revised inputs must be at their seed equivalents
// (upload = download, no error feedback).
std::optional<PlannerInputError> validatePlannerInputs(const PlannerInputs& inputs);

// MODEL.md §13 (with R-planner under 2026-04) for inputs that pass
// validatePlannerInputs.
PlannerResult planTrainingRun(const PlannerInputs& inputs);

// L = 1 / ((g_H + g_S + g_I) × ln 10) years: past L, waiting for better
// hardware, software and budgets finishes sooner than running now.
double maxRunLengthYears(double hardwareGrowthOom, double softwareGrowthOom,
                         double investmentGrowthOom);

// The manual limit when set, else L × 365.25.
double maxRunLengthDays(const RunLengthInputs& runLength);

// g_H + g_S + g_I, orders of magnitude a year.
double totalGrowthOom(const RunLengthInputs& rates);
// L in years from the growth rates alone; infinite when (almost) nothing
// grows, since then waiting never pays.
double runLengthLimitYears(const RunLengthInputs& rates);
// MODEL.md §13: under the treaty's slowdowns hardware, software and
// investment together grow about 0.29 orders of magnitude a year, which
// gives L ≈ 1.5 years (the reason for the 1.5-year default budget).
inline constexpr double kTreatyGrowthOomPerYear = 0.29;
// Today's rates (the defaults), each scaled by the same factor down to the
// treaty total.
RunLengthInputs treatySlowdownRates();

} // namespace dtx
