#include "ScenarioFields.hpp"

#include "InputLimits.hpp"
#include "RangeCheck.hpp"

#include <cmath>
#include <unordered_map>
#include <variant>

namespace dtx::scenario_fields {
namespace {

double number(const Scalar& v) { return std::get<double>(v); }
const std::string& text(const Scalar& v) { return std::get<std::string>(v); }

std::string setNodeField(Draft& d, const char* leaf, const Scalar& v)
{
    d.node.fields[leaf] = number(v);
    return {};
}

} // namespace

const std::vector<Field>& fields()
{
    static const std::vector<Field> table = {
        {"dtx_scenario", ScenarioValueType::Integer,
         [](Draft&, const Scalar& v) -> std::string {
             if (number(v) > kDocumentFormatVersion)
                 return "this file was written by a newer dtx (format "
                        + std::to_string(static_cast<long long>(number(v)))
                        + "); this version reads formats up to "
                        + std::to_string(kDocumentFormatVersion);
             if (number(v) < 1)
                 return "must be " + std::to_string(kScenarioFormatVersion);
             return {};
         },
         [](const Scenario&, bool) -> Scalar { return double(kScenarioFormatVersion); }},
        {"name", ScenarioValueType::Text,
         [](Draft& d, const Scalar& v) -> std::string {
             // A title, not a payload: a longer name would make the file
             // larger than Open accepts.
             if (text(v).size() > kMaxScenarioNameBytes)
                 return "is " + std::to_string(text(v).size()) + " bytes long; a name has at most "
                        + std::to_string(kMaxScenarioNameBytes);
             d.scenario->name = text(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar { return s.name; }},
        {"revision", ScenarioValueType::Text,
         [](Draft& d, const Scalar& v) -> std::string {
             // The revision's defaults were applied before any key was read
             // (loadScenario); here it is only checked and kept.
             if (parseRevision(text(v), &d.scenario->revision))
                 return {};
             return "unknown model revision '" + text(v) + "'; use 2026-02 or 2026-04";
         },
         [](const Scenario& s, bool) -> Scalar { return std::string(revisionName(s.revision)); }},
        {"mode", ScenarioValueType::Text,
         [](Draft& d, const Scalar& v) -> std::string {
             if (parseMode(text(v), &d.scenario->mode))
                 return {};
             return "unknown mode '" + text(v) + "'; use flat, hierarchical, moe or pp_diloco";
         },
         [](const Scenario& s, bool) -> Scalar { return std::string(modeName(s.mode)); }},
        {"node.preset", ScenarioValueType::Text,
         [](Draft& d, const Scalar& v) -> std::string {
             d.node.preset = text(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.nodeOrigin.preset.empty())
                 return {};
             return s.nodeOrigin.preset;
         }},
        {"node.gpu", ScenarioValueType::Text,
         [](Draft& d, const Scalar& v) -> std::string {
             d.node.gpu = text(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.nodeOrigin.gpu.empty())
                 return {};
             return s.nodeOrigin.gpu;
         }},
        {"node.gpus", ScenarioValueType::Integer,
         [](Draft& d, const Scalar& v) -> std::string {
             d.node.gpus = number(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.nodeOrigin.gpu.empty())
                 return {};
             return double(s.nodeOrigin.gpus);
         }},
        {"node.precision", ScenarioValueType::Text,
         [](Draft& d, const Scalar& v) -> std::string {
             d.node.precision = text(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.nodeOrigin.gpu.empty())
                 return {};
             return std::string(s.nodeOrigin.precision == Precision::Fp8 ? "FP8" : "FP16");
         }},
        {"node.pflops", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) { return setNodeField(d, "pflops", v); },
         [](const Scenario& s, bool) -> Scalar { return s.node.pflops; }},
        {"node.pflops_fp16", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) { return setNodeField(d, "pflops_fp16", v); },
         [](const Scenario& s, bool) -> Scalar { return s.node.pflopsFp16; }},
        {"node.vram_gb", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) { return setNodeField(d, "vram_gb", v); },
         [](const Scenario& s, bool) -> Scalar { return s.node.vramGb; }},
        {"node.gpu_count", ScenarioValueType::Integer,
         [](Draft& d, const Scalar& v) { return setNodeField(d, "gpu_count", v); },
         [](const Scenario& s, bool) -> Scalar { return double(s.node.gpuCount); }},
        {"node.gpu_cost_usd", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) { return setNodeField(d, "gpu_cost_usd", v); },
         [](const Scenario& s, bool) -> Scalar { return s.node.gpuCostUsd; }},
        {"node.h100_equiv", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) { return setNodeField(d, "h100_equiv", v); },
         [](const Scenario& s, bool) -> Scalar { return s.node.h100Equiv; }},
        {"node.bytes_per_param", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) { return setNodeField(d, "bytes_per_param", v); },
         [](const Scenario& s, bool) -> Scalar { return s.node.bytesPerParam; }},
        {"node.bits_per_pseudo_grad", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) { return setNodeField(d, "bits_per_pseudo_grad", v); },
         [](const Scenario& s, bool) -> Scalar { return s.node.bitsPerPseudoGradient; }},
        {"nodes", ScenarioValueType::Integer,
         [](Draft& d, const Scalar& v) -> std::string {
             // Checked before the cast, which is undefined beyond int64 (a
             // sweep can ask for 1e308 nodes).
             if (const auto error = checkLimit(*scenarioInputLimit("nodes"), number(v)))
                 return error->message;
             d.scenario->nodes = static_cast<std::int64_t>(number(v));
             return {};
         },
         [](const Scenario& s, bool) -> Scalar { return double(s.nodes); }},
        {"model.params_b", ScenarioValueType::NullableNumber,
         [](Draft& d, const Scalar& v) -> std::string {
             if (std::holds_alternative<double>(v))
                 d.scenario->paramsB = number(v);
             else
                 d.scenario->paramsB.reset();
             return {};
         },
         [](const Scenario& s, bool resolve) -> Scalar {
             if (s.paramsB)
                 return *s.paramsB;
             if (resolve && s.mode != Mode::Moe)
                 return s.resolvedParamsB();
             return std::string("null");
         }},
#define DTX_NUMBER_FIELD(KEY, MEMBER, TYPE)                                                        \
    {KEY, ScenarioValueType::TYPE,                                                                 \
     [](Draft& d, const Scalar& v) -> std::string {                                                \
         d.scenario->MEMBER = number(v);                                                            \
         return {};                                                                                \
     },                                                                                            \
     [](const Scenario& s, bool) -> Scalar { return double(s.MEMBER); }}
        DTX_NUMBER_FIELD("moe.total_params_b", moe.totalParamsB, Number),
        DTX_NUMBER_FIELD("moe.active_params_b", moe.activeParamsB, Number),
        DTX_NUMBER_FIELD("moe.layers", moe.layers, Integer),
        // One symmetric bandwidth, or (2026-04) two directions: a file holds
        // whichever describes the scenario.
        {"network.bandwidth_mbps", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) -> std::string {
             d.scenario->wan.setBandwidth(number(v));
             d.bandwidthGiven = true;
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (!s.wan.symmetric())
                 return {};
             return s.wan.uploadMbps;
         }},
        {"network.upload_mbps", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) -> std::string {
             d.scenario->wan.uploadMbps = number(v);
             d.directionGiven = true;
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.wan.symmetric())
                 return {};
             return s.wan.uploadMbps;
         }},
        {"network.download_mbps", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) -> std::string {
             d.scenario->wan.downloadMbps = number(v);
             d.directionGiven = true;
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.wan.symmetric())
                 return {};
             return s.wan.downloadMbps;
         }},
        DTX_NUMBER_FIELD("network.latency_ms", wan.latencyMs, Number),
        DTX_NUMBER_FIELD("hierarchy.nodes_per_group", hierarchy.nodesPerGroup, Integer),
        DTX_NUMBER_FIELD("hierarchy.bandwidth_mbps", hierarchy.regional.bandwidthMbps, Number),
        DTX_NUMBER_FIELD("hierarchy.latency_ms", hierarchy.regional.latencyMs, Number),
        DTX_NUMBER_FIELD("pipeline.activation_compression", pipeline.activationCompression, Number),
        DTX_NUMBER_FIELD("pipeline.micro_batches", pipeline.microBatches, Integer),
        DTX_NUMBER_FIELD("pipeline.bandwidth_mbps", pipeline.stageLink.bandwidthMbps, Number),
        DTX_NUMBER_FIELD("pipeline.latency_ms", pipeline.stageLink.latencyMs, Number),
        DTX_NUMBER_FIELD("training.mfu", training.mfu, Number),
        DTX_NUMBER_FIELD("training.local_batch_tokens", training.localBatchTokens, Number),
        DTX_NUMBER_FIELD("training.years", training.years, Number),
        DTX_NUMBER_FIELD("training.compression", training.compression, Number),
#undef DTX_NUMBER_FIELD
        {"training.error_feedback", ScenarioValueType::Boolean,
         [](Draft& d, const Scalar& v) -> std::string {
             d.scenario->training.errorFeedback = std::get<bool>(v);
             d.errorFeedbackGiven = true;
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (!s.rules().hasRevisedInputs)
                 return {};
             return s.training.errorFeedback;
         }},
        {"training.inner_steps", ScenarioValueType::NullableNumber,
         [](Draft& d, const Scalar& v) -> std::string {
             // H_fix is a whole number of steps (R2). A nullable key is not
             // an integer key to `--vary`, which neither rounds it nor
             // range-checks the rows between its whole ends (1:100:3 gave
             // H_fix = 50.5), so the setter refuses a fraction itself.
             if (std::holds_alternative<double>(v) && std::isfinite(number(v))
                 && number(v) != std::floor(number(v)))
                 return "is " + formatInputNumber(number(v)) + "; it must be a whole number";
             if (std::holds_alternative<double>(v))
                 d.scenario->training.innerSteps = number(v);
             else
                 d.scenario->training.innerSteps.reset();
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.training.innerSteps)
                 return *s.training.innerSteps;
             if (!s.rules().hasRevisedInputs)
                 return {};
             return std::string("null");
         }},
        {"assumptions.compression_quality", ScenarioValueType::Text,
         [](Draft& d, const Scalar& v) -> std::string {
             if (parseQualityScenario(text(v), &d.scenario->assumptions.quality))
                 return {};
             return "unknown quality scenario '" + text(v)
                    + "'; use none, optimistic, expected or conservative";
         },
         [](const Scenario& s, bool) -> Scalar {
             return std::string(qualityScenarioName(s.assumptions.quality));
         }},
        {"assumptions.replica_penalty", ScenarioValueType::Boolean,
         [](Draft& d, const Scalar& v) -> std::string {
             d.scenario->assumptions.replicaPenalty = std::get<bool>(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar { return s.assumptions.replicaPenalty; }},
        // MODEL.md's switch: false drops late nodes (threshold), true keeps
        // the revision's straggler model. 2026-04 files name the mode.
        {"assumptions.straggler", ScenarioValueType::Boolean,
         [](Draft& d, const Scalar& v) -> std::string {
             StragglerMode& mode = d.scenario->assumptions.stragglerMode;
             if (!std::get<bool>(v))
                 mode = StragglerMode::Threshold;
             else if (mode == StragglerMode::Threshold)
                 mode = d.scenario->rules().defaultStragglerMode;
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.rules().hasRevisedInputs)
                 return {};
             return s.assumptions.stragglerMode != StragglerMode::Threshold;
         }},
        {"assumptions.straggler_mode", ScenarioValueType::Text,
         [](Draft& d, const Scalar& v) -> std::string {
             d.stragglerModeGiven = true;
             if (parseStragglerMode(text(v), &d.scenario->assumptions.stragglerMode))
                 return {};
             return "unknown straggler mode '" + text(v) + "'; use synchronous, threshold or relay";
         },
         [](const Scenario& s, bool) -> Scalar {
             if (!s.rules().hasRevisedInputs)
                 return {};
             return std::string(stragglerModeName(s.assumptions.stragglerMode));
         }},
        {"treaty.ccc_threshold_h100e", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) -> std::string {
             d.scenario->treaty.cccThresholdH100e = number(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar { return s.treaty.cccThresholdH100e; }},
        {"treaty.strict_threshold_flop", ScenarioValueType::Number,
         [](Draft& d, const Scalar& v) -> std::string {
             d.scenario->treaty.strictThresholdFlop = number(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar { return s.treaty.strictThresholdFlop; }},
        {"treaty.memory_threshold_gb", ScenarioValueType::NullableNumber,
         [](Draft& d, const Scalar& v) -> std::string {
             if (std::holds_alternative<double>(v))
                 d.scenario->treaty.memoryThresholdGb = number(v);
             else
                 d.scenario->treaty.memoryThresholdGb.reset();
             return {};
         },
         [](const Scenario& s, bool) -> Scalar {
             if (s.treaty.memoryThresholdGb)
                 return *s.treaty.memoryThresholdGb;
             return std::string("null");
         }},
    };
    return table;
}

std::optional<std::pair<std::string, std::string>> checkDraft(const Draft& draft)
{
    const Scenario& s = *draft.scenario;
    if (draft.bandwidthGiven && draft.directionGiven)
        return std::pair<std::string, std::string>(
            "network.bandwidth_mbps",
            "sets both directions; give either it or network.upload_mbps / "
            "network.download_mbps, not both");
    if (s.rules().hasRevisedInputs)
        return std::nullopt;
    const std::string revision = " under revision " + std::string(revisionName(s.revision));
    if (draft.errorFeedbackGiven)
        return std::pair<std::string, std::string>(
            "training.error_feedback",
            "is not an input" + revision + " (its single quality table has no error feedback); "
                "remove the key or use revision 2026-04");
    if (draft.stragglerModeGiven && s.assumptions.stragglerMode != StragglerMode::Synchronous)
        return std::pair<std::string, std::string>(
            "assumptions.straggler_mode",
            "must be synchronous" + revision
                + " (use assumptions.straggler false to drop late nodes; relay exists from "
                  "revision 2026-04 on)");
    return std::nullopt;
}

const Field* findField(const std::string& key)
{
    // Sweeps look keys up once per point, so a hash beats a linear scan.
    static const std::unordered_map<std::string, const Field*> byKey = [] {
        std::unordered_map<std::string, const Field*> map;
        for (const Field& field : fields())
            map.emplace(field.key, &field);
        return map;
    }();
    const auto found = byKey.find(key);
    return found == byKey.end() ? nullptr : found->second;
}

} // namespace dtx::scenario_fields
