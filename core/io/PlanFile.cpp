#include "PlanFile.hpp"

#include "DocumentFields.hpp"
#include "JsonWriter.hpp"
#include "KeySuggestion.hpp"
#include "PlannerRevision.hpp"

namespace dtx {
namespace {

using Type = ScenarioValueType;

std::vector<std::string> presetNames(const PlannerRules& rules)
{
    std::vector<std::string> names;
    for (const PlannerPreset& preset : rules.presets)
        names.emplace_back(preset.name);
    return names;
}

std::string underRevision(const PlannerInputs& p)
{
    return " under revision " + std::string(revisionName(p.revision));
}

struct PlanField {
    const char* key;
    Type type;
    std::string (*set)(PlannerInputs&, const Scalar&);
    Scalar (*get)(const PlannerInputs&);
};

double number(const Scalar& v) { return std::get<double>(v); }

template <typename Enum, std::size_t N>
std::string setChoice(const Scalar& v, const std::array<std::string_view, N>& names, Enum* out)
{
    const std::string& text = std::get<std::string>(v);
    for (std::size_t i = 0; i < N; ++i) {
        if (text == names[i]) {
            *out = static_cast<Enum>(i);
            return {};
        }
    }
    std::string choices;
    for (std::string_view name : names)
        choices += (choices.empty() ? "" : ", ") + std::string(name);
    return "unknown value '" + text + "'; use " + choices;
}

#define DTX_PLAN_NUMBER(KEY, MEMBER, TYPE)                                                         \
    {KEY, Type::TYPE,                                                                              \
     [](PlannerInputs& p, const Scalar& v) -> std::string {                                        \
         p.MEMBER = number(v);                                                                     \
         return {};                                                                                \
     },                                                                                            \
     [](const PlannerInputs& p) -> Scalar { return p.MEMBER; }}
#define DTX_PLAN_FLAG(KEY, MEMBER)                                                                 \
    {KEY, Type::Boolean,                                                                           \
     [](PlannerInputs& p, const Scalar& v) -> std::string {                                        \
         p.MEMBER = std::get<bool>(v);                                                             \
         return {};                                                                                \
     },                                                                                            \
     [](const PlannerInputs& p) -> Scalar { return p.MEMBER; }}
#define DTX_PLAN_CHOICE(KEY, MEMBER, NAMES)                                                        \
    {KEY, Type::Text,                                                                              \
     [](PlannerInputs& p, const Scalar& v) { return setChoice(v, NAMES, &p.MEMBER); },             \
     [](const PlannerInputs& p) -> Scalar {                                                        \
         return std::string(NAMES[static_cast<std::size_t>(p.MEMBER)]);                            \
     }}

const std::vector<PlanField>& planFields()
{
    static const std::vector<PlanField> table = {
        {"dtx_plan", Type::Integer,
         [](PlannerInputs&, const Scalar& v) -> std::string {
             if (number(v) > kPlanFormatVersion)
                 return "this file was written by a newer dtx (format "
                        + std::to_string(static_cast<long long>(number(v)))
                        + "); this version reads format " + std::to_string(kPlanFormatVersion);
             if (number(v) < 1)
                 return "must be " + std::to_string(kPlanFormatVersion);
             return {};
         },
         [](const PlannerInputs&) -> Scalar { return double(kPlanFormatVersion); }},
        // Its defaults were applied before any key was read (loadPlan);
        // here it is only checked and kept.
        {"revision", Type::Text,
         [](PlannerInputs& p, const Scalar& v) -> std::string {
             const std::string& text = std::get<std::string>(v);
             if (parseRevision(text, &p.revision))
                 return {};
             return "unknown model revision '" + text + "'; use 2026-02 or 2026-04";
         },
         [](const PlannerInputs& p) -> Scalar { return std::string(revisionName(p.revision)); }},
        DTX_PLAN_NUMBER("model.params_b", model.paramsB, Number),
        DTX_PLAN_NUMBER("model.tokens", model.tokens, Number),
        DTX_PLAN_FLAG("model.moe", model.moe),
        DTX_PLAN_NUMBER("model.active_params_b", model.activeParamsB, Number),
        DTX_PLAN_NUMBER("model.moe_layers", model.moeLayers, Integer),
        DTX_PLAN_CHOICE("model.expert_parallelism", model.expertParallelism, kExpertParallelismNames),
        DTX_PLAN_NUMBER("cluster.nodes", cluster.nodes, Integer),
        // R-planner's hardware picker: a starting node whose PFLOPS and VRAM
        // loadPlan applies before the file's own cluster.node_pflops and
        // cluster.node_vram_gb, which win. Never written back: the inputs
        // carry the two numbers.
        {"cluster.preset", Type::Text,
         [](PlannerInputs& p, const Scalar& v) -> std::string {
             const std::string& name = std::get<std::string>(v);
             const PlannerRules& rules = plannerRules(p.revision);
             if (rules.presets.empty())
                 return "is not an input" + underRevision(p)
                        + " (MODEL.md §13 has no hardware picker); set cluster.node_pflops and "
                          "cluster.node_vram_gb, or use revision 2026-04";
             if (rules.findPreset(name))
                 return {};
             const std::vector<std::string> names = presetNames(rules);
             return "unknown preset '" + name + "'" + underRevision(p) + didYouMean(name, names)
                    + "; its presets: " + quotedNames(names);
         },
         [](const PlannerInputs&) -> Scalar { return {}; }},
        DTX_PLAN_NUMBER("cluster.node_pflops", cluster.nodePflops, Number),
        DTX_PLAN_NUMBER("cluster.node_vram_gb", cluster.nodeVramGb, Number),
        DTX_PLAN_NUMBER("cluster.mfu", cluster.mfu, Number),
        // One symmetric bandwidth, or (2026-04) two directions: a file holds
        // whichever describes the WAN.
        {"network.bandwidth_mbps", Type::Number,
         [](PlannerInputs& p, const Scalar& v) -> std::string {
             p.network.setBandwidth(number(v));
             return {};
         },
         [](const PlannerInputs& p) -> Scalar {
             if (!p.network.symmetric())
                 return {};
             return p.network.uploadMbps();
         }},
        {"network.upload_mbps", Type::Number,
         [](PlannerInputs& p, const Scalar& v) -> std::string {
             p.network.upload = number(v);
             return {};
         },
         [](const PlannerInputs& p) -> Scalar {
             if (p.network.symmetric())
                 return {};
             return p.network.uploadMbps();
         }},
        {"network.download_mbps", Type::Number,
         [](PlannerInputs& p, const Scalar& v) -> std::string {
             p.network.download = number(v);
             return {};
         },
         [](const PlannerInputs& p) -> Scalar {
             if (p.network.symmetric())
                 return {};
             return p.network.downloadMbps();
         }},
        DTX_PLAN_NUMBER("network.latency_ms", network.latencyMs, Number),
        DTX_PLAN_NUMBER("algorithm.inner_steps", algorithm.innerSteps, Integer),
        DTX_PLAN_NUMBER("algorithm.compression", algorithm.compression, Number),
        {"algorithm.error_feedback", Type::Boolean,
         [](PlannerInputs& p, const Scalar& v) -> std::string {
             if (!plannerRules(p.revision).hasRevisedInputs)
                 return "is not an input" + underRevision(p)
                        + " (the seed planner has no compression quality); remove the key or use "
                          "revision 2026-04";
             p.algorithm.errorFeedback = std::get<bool>(v);
             return {};
         },
         [](const PlannerInputs& p) -> Scalar {
             if (!plannerRules(p.revision).hasRevisedInputs)
                 return {};
             return p.algorithm.errorFeedback;
         }},
        DTX_PLAN_NUMBER("algorithm.local_batch_tokens", algorithm.localBatchTokens, Number),
        DTX_PLAN_CHOICE("algorithm.precision", algorithm.precision, kPlannerPrecisionNames),
        DTX_PLAN_FLAG("algorithm.streaming", algorithm.streaming),
        DTX_PLAN_NUMBER("algorithm.activation_compression", algorithm.activationCompression, Number),
        DTX_PLAN_NUMBER("algorithm.micro_batches", algorithm.microBatches, Integer),
        DTX_PLAN_CHOICE("algorithm.straggler_mitigation", algorithm.stragglerMitigation,
                        kStragglerMitigationNames),
        DTX_PLAN_FLAG("hierarchy.enabled", hierarchy.enabled),
        DTX_PLAN_NUMBER("hierarchy.nodes_per_group", hierarchy.nodesPerGroup, Integer),
        DTX_PLAN_NUMBER("hierarchy.bandwidth_mbps", hierarchy.bandwidthMbps, Number),
        DTX_PLAN_NUMBER("hierarchy.latency_ms", hierarchy.latencyMs, Number),
        DTX_PLAN_NUMBER("hierarchy.regional_steps", hierarchy.regionalSteps, Integer),
        DTX_PLAN_FLAG("assumptions.straggler", assumptions.straggler),
        DTX_PLAN_FLAG("assumptions.efficiency_penalty", assumptions.efficiencyPenalty),
        DTX_PLAN_NUMBER("run_length.hardware_growth_oom", runLength.hardwareGrowthOom, Number),
        DTX_PLAN_NUMBER("run_length.software_growth_oom", runLength.softwareGrowthOom, Number),
        DTX_PLAN_NUMBER("run_length.investment_growth_oom", runLength.investmentGrowthOom, Number),
        {"run_length.manual_days", Type::NullableNumber,
         [](PlannerInputs& p, const Scalar& v) -> std::string {
             if (std::holds_alternative<double>(v))
                 p.runLength.manualDays = number(v);
             else
                 p.runLength.manualDays.reset();
             return {};
         },
         [](const PlannerInputs& p) -> Scalar {
             if (p.runLength.manualDays)
                 return *p.runLength.manualDays;
             return std::string("null");
         }},
    };
    return table;
}
#undef DTX_PLAN_NUMBER
#undef DTX_PLAN_FLAG
#undef DTX_PLAN_CHOICE

const PlanField* findPlanField(const std::string& key)
{
    for (const PlanField& field : planFields())
        if (key == field.key)
            return &field;
    return nullptr;
}

std::optional<ScenarioValueType> planKeyType(const std::string& key)
{
    if (const PlanField* field = findPlanField(key))
        return field->type;
    return std::nullopt;
}

// `--set` of one WAN direction over a document that gives one symmetric
// bandwidth: the other direction keeps that bandwidth. `--set` of the
// symmetric bandwidth replaces both directions. Choosing a preset replaces
// the node's PFLOPS and VRAM. (Within one file, the bandwidth and a
// direction together are an error; a preset and the numbers are a preset
// with changes.)
void assign(QJsonObject* root, const std::string& key, const QJsonValue& value)
{
    const auto section = [root](const char* name) {
        return root->value(QLatin1String(name)).toObject();
    };
    if (key == "network.bandwidth_mbps" || key == "network.upload_mbps"
        || key == "network.download_mbps") {
        QJsonObject network = section("network");
        const QString symmetric = QStringLiteral("bandwidth_mbps");
        const QString up = QStringLiteral("upload_mbps");
        const QString down = QStringLiteral("download_mbps");
        if (key == "network.bandwidth_mbps") {
            network.remove(up);
            network.remove(down);
        } else if (network.contains(symmetric)) {
            const QJsonValue both = network.take(symmetric);
            network.insert(key == "network.upload_mbps" ? down : up, both);
        }
        root->insert(QStringLiteral("network"), network);
    } else if (key == "cluster.preset") {
        QJsonObject cluster = section("cluster");
        cluster.remove(QStringLiteral("node_pflops"));
        cluster.remove(QStringLiteral("node_vram_gb"));
        root->insert(QStringLiteral("cluster"), cluster);
    }
    assignPath(root, key, value);
}

// The revision the document asks for, so that every absent key takes that
// revision's default. (An unknown one is reported by its key later.)
Revision documentRevision(const QJsonObject& root)
{
    Revision revision = kDefaultRevision;
    const QJsonValue value = root.value(QStringLiteral("revision"));
    if (value.isString())
        parseRevision(value.toString().toStdString(), &revision);
    return revision;
}

// The preset's node before the document's keys are read, so that its own
// cluster.node_pflops and cluster.node_vram_gb win whatever the key order.
// (An unknown name is reported by its key later.)
void applyPreset(const QJsonObject& root, PlannerInputs* inputs)
{
    const QJsonValue name = root.value(QStringLiteral("cluster")).toObject().value(QStringLiteral("preset"));
    if (!name.isString())
        return;
    if (const PlannerPreset* preset =
            plannerRules(inputs->revision).findPreset(name.toString().toStdString())) {
        inputs->cluster.nodePflops = preset->nodePflops;
        inputs->cluster.nodeVramGb = preset->nodeVramGb;
    }
}

} // namespace

const std::vector<std::string>& planKeys()
{
    static const std::vector<std::string> keys = keysOf(planFields());
    return keys;
}

PlanLoad loadPlan(const QByteArray& document, const QString& sourceName,
                  const std::vector<ScenarioAssignment>& assignments)
{
    PlanLoad load;
    QJsonObject root;
    if (!document.trimmed().isEmpty()) {
        std::optional<QJsonObject> parsed = parseDocumentObject(document, sourceName, &load.error);
        if (!parsed)
            return load;
        root = *parsed;
    }
    for (const ScenarioAssignment& assignment : assignments) {
        const PlanField* field = findPlanField(assignment.key);
        if (!field) {
            load.error = QStringLiteral("--set ")
                         + keyError(assignment.key,
                                    "unknown planner key" + didYouMean(assignment.key, planKeys()));
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
    PlannerInputs inputs = plannerDefaults(documentRevision(root));
    applyPreset(root, &inputs);
    const DocumentSchema schema{planKeyType,
                                [&inputs](const std::string& key, const Scalar& value) {
                                    return findPlanField(key)->set(inputs, value);
                                },
                                &planKeys()};
    load.error = readDocumentObject(root, QString(), schema);
    if (!load.error.isEmpty())
        return load;
    const QJsonObject network = root.value(QStringLiteral("network")).toObject();
    if (network.contains(QStringLiteral("bandwidth_mbps"))
        && (network.contains(QStringLiteral("upload_mbps"))
            || network.contains(QStringLiteral("download_mbps")))) {
        load.error = keyError("network.bandwidth_mbps",
                              "sets both directions; give either it or network.upload_mbps / "
                              "network.download_mbps, not both");
        return load;
    }
    if (const std::optional<PlannerInputError> invalid = validatePlannerInputs(inputs)) {
        load.error = keyError(invalid->key, invalid->message);
        return load;
    }
    load.inputs = inputs;
    return load;
}

PlanLoad loadPlanFile(const QString& path, const std::vector<ScenarioAssignment>& assignments)
{
    PlanLoad load;
    QByteArray document;
    if (!readDocumentFile(path, &document, &load.error))
        return load;
    load = loadPlan(document, path, assignments);
    if (!load.ok() && !load.error.startsWith(path) && !load.error.startsWith(QLatin1String("--set")))
        load.error = path + QStringLiteral(": ") + load.error;
    return load;
}

void writePlanJson(const PlannerInputs& inputs, JsonWriter* writer)
{
    std::vector<DocumentLeaf> leaves;
    for (const PlanField& field : planFields())
        leaves.push_back({field.key, field.type, field.get(inputs)});
    writeDocumentObject(leaves, writer);
}

std::optional<double> planNumber(const PlannerInputs& inputs, const std::string& key)
{
    const PlanField* field = findPlanField(key);
    if (!field)
        return std::nullopt;
    const Scalar value = field->get(inputs);
    if (const double* number = std::get_if<double>(&value))
        return *number;
    return std::nullopt;
}

bool setPlanNumber(PlannerInputs* inputs, const std::string& key, double value)
{
    const PlanField* field = findPlanField(key);
    if (!field || (field->type != Type::Number && field->type != Type::Integer
                   && field->type != Type::NullableNumber))
        return false;
    return field->set(*inputs, Scalar{value}).empty();
}

std::vector<std::string> changedPlanKeys(const PlannerInputs& a, const PlannerInputs& b)
{
    std::vector<std::string> keys;
    for (const PlanField& field : planFields())
        if (field.get(a) != field.get(b))
            keys.emplace_back(field.key);
    return keys;
}

} // namespace dtx
