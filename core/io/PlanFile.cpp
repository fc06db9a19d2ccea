#include "PlanFile.hpp"

#include "DocumentFields.hpp"
#include "JsonWriter.hpp"
#include "KeySuggestion.hpp"

namespace dtx {
namespace {

using Type = ScenarioValueType;

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
        DTX_PLAN_NUMBER("model.params_b", model.paramsB, Number),
        DTX_PLAN_NUMBER("model.tokens", model.tokens, Number),
        DTX_PLAN_FLAG("model.moe", model.moe),
        DTX_PLAN_NUMBER("model.active_params_b", model.activeParamsB, Number),
        DTX_PLAN_NUMBER("model.moe_layers", model.moeLayers, Integer),
        DTX_PLAN_CHOICE("model.expert_parallelism", model.expertParallelism, kExpertParallelismNames),
        DTX_PLAN_NUMBER("cluster.nodes", cluster.nodes, Integer),
        DTX_PLAN_NUMBER("cluster.node_pflops", cluster.nodePflops, Number),
        DTX_PLAN_NUMBER("cluster.node_vram_gb", cluster.nodeVramGb, Number),
        DTX_PLAN_NUMBER("cluster.mfu", cluster.mfu, Number),
        DTX_PLAN_NUMBER("network.bandwidth_mbps", network.bandwidthMbps, Number),
        DTX_PLAN_NUMBER("network.latency_ms", network.latencyMs, Number),
        DTX_PLAN_NUMBER("algorithm.inner_steps", algorithm.innerSteps, Integer),
        DTX_PLAN_NUMBER("algorithm.compression", algorithm.compression, Number),
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
        assignPath(&root, assignment.key, *value);
    }
    PlannerInputs inputs;
    const DocumentSchema schema{planKeyType,
                                [&inputs](const std::string& key, const Scalar& value) {
                                    return findPlanField(key)->set(inputs, value);
                                },
                                &planKeys()};
    load.error = readDocumentObject(root, QString(), schema);
    if (!load.error.isEmpty())
        return load;
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
