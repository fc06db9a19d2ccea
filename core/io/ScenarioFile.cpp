#include "ScenarioFile.hpp"

#include "JsonWriter.hpp"
#include "KeySuggestion.hpp"
#include "ScenarioValidation.hpp"
#include "DocumentFields.hpp"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <variant>

namespace dtx {
namespace {


// The node as the document describes it; resolved against the catalog once
// the whole document and every --set have been read.
struct NodeDraft {
    std::optional<std::string> preset;
    std::optional<std::string> gpu;
    std::optional<double> gpus;
    std::optional<std::string> precision;
    std::map<std::string, double> fields; // explicit overrides by leaf name
};

struct Draft {
    Scenario* scenario;
    NodeDraft node;
};


// One key of the scenario file: how to store a value and how to read it
// back for writing. A setter returns an error message, empty when fine.
struct Field {
    const char* key;
    ScenarioValueType type;
    std::string (*set)(Draft&, const Scalar&);
    Scalar (*get)(const Scenario&, bool resolveDefaults);
};

double number(const Scalar& v) { return std::get<double>(v); }
const std::string& text(const Scalar& v) { return std::get<std::string>(v); }

std::string setNodeField(Draft& d, const char* leaf, const Scalar& v)
{
    d.node.fields[leaf] = number(v);
    return {};
}

const std::vector<Field>& fields()
{
    static const std::vector<Field> table = {
        {"dtx_scenario", ScenarioValueType::Integer,
         [](Draft&, const Scalar& v) -> std::string {
             if (number(v) > kScenarioFormatVersion)
                 return "this file was written by a newer dtx (format "
                        + std::to_string(static_cast<long long>(number(v)))
                        + "); this version reads format "
                        + std::to_string(kScenarioFormatVersion);
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
        DTX_NUMBER_FIELD("network.bandwidth_mbps", wan.bandwidthMbps, Number),
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
        {"assumptions.straggler", ScenarioValueType::Boolean,
         [](Draft& d, const Scalar& v) -> std::string {
             d.scenario->assumptions.straggler = std::get<bool>(v);
             return {};
         },
         [](const Scenario& s, bool) -> Scalar { return s.assumptions.straggler; }},
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






std::vector<std::string> presetNames()
{
    std::vector<std::string> names;
    for (const NodePreset& preset : nodePresets())
        names.emplace_back(preset.name);
    return names;
}

std::string joinNames(const std::vector<std::string>& names)
{
    std::string joined;
    for (const std::string& name : names)
        joined += (joined.empty() ? "'" : ", '") + name + "'";
    return joined;
}

constexpr const char* kExplicitNodeFields[] = {"pflops",        "vram_gb",        "gpu_count",
                                               "gpu_cost_usd",  "h100_equiv",     "bytes_per_param",
                                               "bits_per_pseudo_grad"};

// Explicit node fields (by leaf name) over a node.
void applyNodeFields(const std::map<std::string, double>& fields, NodeConfig* node)
{
    for (const auto& [leaf, value] : fields) {
        if (leaf == "pflops") node->pflops = value;
        else if (leaf == "pflops_fp16") node->pflopsFp16 = value;
        else if (leaf == "vram_gb") node->vramGb = value;
        // Clamped into int's range (the cast is undefined outside it);
        // validation then rejects anything below 1 or above 1e9.
        else if (leaf == "gpu_count") node->gpuCount = static_cast<int>(std::clamp(value, -2e9, 2e9));
        else if (leaf == "gpu_cost_usd") node->gpuCostUsd = value;
        else if (leaf == "h100_equiv") node->h100Equiv = value;
        else if (leaf == "bytes_per_param") node->bytesPerParam = value;
        else if (leaf == "bits_per_pseudo_grad") node->bitsPerPseudoGradient = value;
    }
}

// Builds the node: a preset, a catalog GPU and count, or explicit fields,
// then explicit fields as overrides.
QString resolveNode(const NodeDraft& draft, const HardwareCatalog& catalog, Scenario* scenario)
{
    NodeConfig node = scenario->node;
    NodeOrigin origin = scenario->nodeOrigin;
    if (draft.preset && draft.gpu)
        return keyError("node", "give either 'preset' or 'gpu', not both");
    if (draft.preset) {
        const std::optional<NodeConfig> preset = presetNode(catalog, *draft.preset);
        if (!preset)
            return keyError("node.preset", "unknown preset '" + *draft.preset + "'"
                                               + didYouMean(*draft.preset, presetNames())
                                               + "; known presets: " + joinNames(presetNames()));
        node = *preset;
        origin = NodeOrigin{*draft.preset, {}, 0, Precision::Fp16};
    } else if (draft.gpu) {
        const GpuSpec* gpu = catalog.findGpu(*draft.gpu);
        if (!gpu) {
            std::vector<std::string> names;
            for (const GpuSpec& spec : catalog.gpus)
                names.push_back(spec.name);
            return keyError("node.gpu", "unknown GPU '" + *draft.gpu + "'"
                                            + didYouMean(*draft.gpu, names)
                                            + "; the catalog has " + joinNames(names));
        }
        const double gpus = draft.gpus.value_or(1);
        if (const auto error = checkLimit(*scenarioInputLimit("node.gpus"), gpus))
            return keyError(error->key, error->message);
        Precision precision = Precision::Fp16;
        if (draft.precision && *draft.precision == "FP8")
            precision = Precision::Fp8;
        else if (draft.precision && *draft.precision != "FP16")
            return keyError("node.precision", "must be FP16 or FP8, not '" + *draft.precision + "'");
        if (precision == Precision::Fp8 && !gpu->fp8Tflops)
            return keyError("node.precision", "the catalog gives no FP8 figure for " + gpu->name);
        node = makeNode(*gpu, static_cast<int>(gpus), precision);
        origin = NodeOrigin{{}, gpu->name, static_cast<int>(gpus), precision};
    } else if (draft.gpus || draft.precision) {
        return keyError(draft.gpus ? "node.gpus" : "node.precision", "needs node.gpu as well");
    } else if (!draft.fields.empty()) {
        for (const char* leaf : kExplicitNodeFields)
            if (!draft.fields.count(leaf))
                return keyError(std::string("node.") + leaf,
                                "missing: a node given by its fields needs all of pflops, "
                                "vram_gb, gpu_count, gpu_cost_usd, h100_equiv, "
                                "bytes_per_param and bits_per_pseudo_grad (or a preset or gpu)");
        node = NodeConfig{};
        node.name = "custom node";
        node.pflopsFp16 = draft.fields.at("pflops");
        origin = NodeOrigin{};
    }
    applyNodeFields(draft.fields, &node);
    scenario->node = node;
    scenario->nodeOrigin = origin;
    return {};
}


// Writes one assignment into the document tree. Choosing a preset or a GPU
// replaces the whole node, as CLI.md says.
void assign(QJsonObject* root, const std::string& key, const QJsonValue& value)
{
    if (key != "node.preset" && key != "node.gpu") {
        assignPath(root, key, value);
        return;
    }
    QJsonObject section = root->value(QStringLiteral("node")).toObject();
    if (key == "node.preset") {
        section = QJsonObject{{QStringLiteral("preset"), value}};
    } else if (key == "node.gpu") {
        QJsonObject node{{QStringLiteral("gpu"), value}};
        for (const char* kept : {"gpus", "precision"})
            if (section.contains(QLatin1String(kept)))
                node.insert(QLatin1String(kept), section.value(QLatin1String(kept)));
        section = node;
    }
    root->insert(QStringLiteral("node"), section);
}


} // namespace

const std::vector<std::string>& scenarioKeys()
{
    static const std::vector<std::string> keys = keysOf(fields());
    return keys;
}

std::optional<ScenarioValueType> scenarioKeyType(const std::string& key)
{
    if (const Field* field = findField(key))
        return field->type;
    return std::nullopt;
}



ScenarioLoad loadScenario(const QByteArray& document, const QString& sourceName,
                          const std::vector<ScenarioAssignment>& assignments,
                          const HardwareCatalog& catalog)
{
    ScenarioLoad load;
    QJsonObject root;
    if (!document.trimmed().isEmpty()) {
        std::optional<QJsonObject> parsed = parseDocumentObject(document, sourceName, &load.error);
        if (!parsed)
            return load;
        root = *parsed;
    }

    for (const ScenarioAssignment& assignment : assignments) {
        const Field* field = findField(assignment.key);
        if (!field) {
            load.error = QStringLiteral("--set ") + keyError(assignment.key, "unknown key"
                                                          + didYouMean(assignment.key, scenarioKeys()));
            return load;
        }
        QString error;
        const std::optional<QJsonValue> value = assignmentValue(assignment, field->type, &error);
        if (!value) {
            load.error = QStringLiteral("--set ") + error;
            return load;
        }
        assign(&root, assignment.key, *value);
    }

    const std::optional<NodeConfig> defaultNode = presetNode(catalog, kPresetA100);
    if (!defaultNode) {
        load.error = QStringLiteral("the hardware catalog lacks the reference A100 80GB");
        return load;
    }
    Scenario scenario = referenceScenario(*defaultNode);
    Draft draft{&scenario, {}};
    const DocumentSchema schema{scenarioKeyType,
                                [&draft](const std::string& key, const Scalar& value) {
                                    return findField(key)->set(draft, value);
                                },
                                &scenarioKeys()};
    QString error = readDocumentObject(root, QString(), schema);
    if (error.isEmpty())
        error = resolveNode(draft.node, catalog, draft.scenario);
    if (error.isEmpty()) {
        if (const std::optional<InputError> invalid = validateScenario(scenario))
            error = keyError(invalid->key, invalid->message);
    }
    if (!error.isEmpty()) {
        load.error = error;
        return load;
    }
    load.scenario = scenario;
    return load;
}

ScenarioLoad loadScenarioFile(const QString& path,
                              const std::vector<ScenarioAssignment>& assignments,
                              const HardwareCatalog& catalog)
{
    ScenarioLoad load;
    QByteArray document;
    if (!readDocumentFile(path, &document, &load.error))
        return load;
    load = loadScenario(document, path, assignments, catalog);
    if (!load.ok() && !load.error.startsWith(path) && !load.error.startsWith(QLatin1String("--set")))
        load.error = path + QStringLiteral(": ") + load.error;
    return load;
}

QString assignScenarioNumber(Scenario* scenario, const std::string& key, double value,
                             const HardwareCatalog& catalog)
{
    const Field* field = findField(key);
    if (!field || field->type == ScenarioValueType::Text || field->type == ScenarioValueType::Boolean)
        return keyError(key, "is not a numeric key");
    Draft draft{scenario, {}};
    const std::string message = field->set(draft, Scalar{value});
    if (!message.empty())
        return keyError(key, message);
    if (key.rfind("node.", 0) != 0)
        return {};
    if (key != "node.gpus") {
        // One field of the node as resolved so far changes. Resolving the
        // lone field would read it as an incomplete explicit node.
        applyNodeFields(draft.node.fields, &scenario->node);
        return {};
    }
    if (scenario->nodeOrigin.gpu.empty())
        return keyError(key, "needs a node given by node.gpu");
    draft.node.gpu = scenario->nodeOrigin.gpu;
    draft.node.precision = scenario->nodeOrigin.precision == Precision::Fp8 ? "FP8" : "FP16";
    return resolveNode(draft.node, catalog, scenario);
}

QString setScenarioNumber(Scenario* scenario, const std::string& key, double value,
                          const HardwareCatalog& catalog)
{
    Scenario changed = *scenario;
    QString error = assignScenarioNumber(&changed, key, value, catalog);
    if (error.isEmpty()) {
        if (const std::optional<InputError> invalid = validateScenario(changed))
            error = keyError(invalid->key, invalid->message);
    }
    if (error.isEmpty())
        *scenario = std::move(changed);
    return error;
}

void writeScenarioJson(const Scenario& scenario, bool resolveDefaults, JsonWriter* writer)
{
    std::vector<DocumentLeaf> leaves;
    for (const Field& field : fields())
        leaves.push_back({field.key, field.type, field.get(scenario, resolveDefaults)});
    writeDocumentObject(leaves, writer);
}

std::string scenarioToJson(const Scenario& scenario, bool resolveDefaults)
{
    std::string out;
    JsonWriter writer(&out);
    writeScenarioJson(scenario, resolveDefaults, &writer);
    out.push_back('\n');
    return out;
}

} // namespace dtx
