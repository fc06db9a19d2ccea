#include "ScenarioFile.hpp"

#include "HardwareCatalogFile.hpp"
#include "JsonWriter.hpp"
#include "KeySuggestion.hpp"
#include "ScenarioValidation.hpp"
#include "DocumentFields.hpp"
#include "ScenarioFields.hpp"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <variant>

namespace dtx {
namespace {

using scenario_fields::Draft;
using scenario_fields::Field;
using scenario_fields::NodeDraft;
using scenario_fields::fields;
using scenario_fields::findField;

std::vector<std::string> presetNames(Revision revision)
{
    std::vector<std::string> names;
    for (const NodePreset& preset : nodePresets(revision))
        names.emplace_back(preset.name);
    return names;
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
        const Revision revision = scenario->revision;
        const std::optional<NodeConfig> preset = presetNode(catalog, *draft.preset, revision);
        if (!preset) {
            const std::vector<std::string> names = presetNames(revision);
            return keyError("node.preset", "unknown preset '" + *draft.preset + "' under revision "
                                               + std::string(revisionName(revision))
                                               + didYouMean(*draft.preset, names)
                                               + "; its presets: " + quotedNames(names));
        }
        node = *preset;
        origin = NodeOrigin{*draft.preset, {}, 0, Precision::Fp16};
    } else if (draft.gpu) {
        const GpuSpec* gpu = catalog.findGpu(*draft.gpu);
        if (!gpu || !gpu->buildsNodes()) {
            std::vector<std::string> names;
            for (const GpuSpec& spec : catalog.gpus)
                if (spec.buildsNodes())
                    names.push_back(spec.name);
            if (gpu)
                return keyError("node.gpu", "'" + *draft.gpu
                                                + "' has no price in the catalog, so a node of it "
                                                  "would have no cost; the catalog prices "
                                                + quotedNames(names));
            return keyError("node.gpu", "unknown GPU '" + *draft.gpu + "'"
                                            + didYouMean(*draft.gpu, names)
                                            + "; the catalog has " + quotedNames(names));
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


// `--set` of one WAN direction over a document that gives one symmetric
// bandwidth: the other direction keeps that bandwidth. `--set` of the
// symmetric bandwidth replaces both directions. (Within one file, giving
// both is an error.)
void assignBandwidth(QJsonObject* root, const std::string& key, const QJsonValue& value)
{
    QJsonObject network = root->value(QStringLiteral("network")).toObject();
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
    network.insert(QString::fromStdString(key.substr(key.find('.') + 1)), value);
    root->insert(QStringLiteral("network"), network);
}

// Writes one assignment into the document tree. Choosing a preset or a GPU
// replaces the whole node, as CLI.md says.
void assign(QJsonObject* root, const std::string& key, const QJsonValue& value)
{
    if (key == "network.bandwidth_mbps" || key == "network.upload_mbps"
        || key == "network.download_mbps") {
        assignBandwidth(root, key, value);
        return;
    }
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

    // The explorer keeps its own inputs beside the scenario (planner,
    // growth rates, pinned scenarios); they do not change the evaluation.
    for (const char* section : kExplorerSections)
        root.remove(QLatin1String(section));

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

    // Every key absent from the document takes its revision's default, so
    // the revision is known before any other key is read. (An unknown
    // revision is reported by its key below.)
    Revision revision = kDefaultRevision;
    const QJsonValue revisionValue = root.value(QStringLiteral("revision"));
    if (revisionValue.isString())
        parseRevision(revisionValue.toString().toStdString(), &revision);
    const std::optional<NodeConfig> defaultNode = referenceNode(catalog, revision);
    if (!defaultNode) {
        load.error = QStringLiteral("the hardware catalog lacks the reference node's GPU (%1)")
                         .arg(QString::fromUtf8(kA100Gpu));
        return load;
    }
    Scenario scenario = referenceScenario(*defaultNode, revision);
    Draft draft{&scenario, {}};
    const DocumentSchema schema{scenarioKeyType,
                                [&draft](const std::string& key, const Scalar& value) {
                                    return findField(key)->set(draft, value);
                                },
                                &scenarioKeys()};
    QString error = readDocumentObject(root, QString(), schema);
    if (error.isEmpty()) {
        if (const auto problem = scenario_fields::checkDraft(draft))
            error = keyError(problem->first, problem->second);
    }
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

void writeScenarioJson(const Scenario& scenario, bool resolveDefaults, JsonWriter* writer,
                       int formatVersion, const std::function<void(JsonWriter*)>& more)
{
    std::vector<DocumentLeaf> leaves;
    for (const Field& field : fields())
        leaves.push_back({field.key, field.type, field.get(scenario, resolveDefaults)});
    leaves.front().value = double(formatVersion); // "dtx_scenario" comes first
    writeDocumentObject(leaves, writer, more);
}

std::optional<double> scenarioNumber(const Scenario& scenario, const std::string& key)
{
    const Field* field = findField(key);
    if (!field)
        return std::nullopt;
    const Scalar value = field->get(scenario, true);
    if (const double* number = std::get_if<double>(&value))
        return *number;
    return std::nullopt;
}

std::vector<std::string> changedScenarioKeys(const Scenario& a, const Scenario& b)
{
    std::vector<std::string> keys;
    for (const Field& field : fields())
        if (field.get(a, false) != field.get(b, false))
            keys.emplace_back(field.key);
    return keys;
}

bool sameScenario(const Scenario& a, const Scenario& b)
{
    for (const Field& field : fields())
        if (field.get(a, false) != field.get(b, false))
            return false;
    return true;
}

namespace {

std::string shellQuoted(const std::string& text)
{
    const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("._+-/:=,", c);
    });
    if (plain)
        return text;
    std::string quoted = "'";
    for (const char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string scalarText(const Scalar& value)
{
    if (std::holds_alternative<double>(value)) {
        std::string number; // shortest round-trip form, as the JSON output
        appendJsonNumber(&number, std::get<double>(value));
        return number;
    }
    if (std::holds_alternative<bool>(value))
        return std::get<bool>(value) ? "true" : "false";
    if (std::holds_alternative<std::string>(value))
        return std::get<std::string>(value);
    return "null";
}

} // namespace

std::string scenarioCommandLine(const Scenario& scenario, const Scenario& reference)
{
    // Under another revision the command starts from that revision's own
    // reference scenario, which is what `dtx evaluate --revision R` reads
    // before any --set (its node, compression, error feedback and straggler
    // mode differ): measured against the caller's reference, every one of
    // them would be spelt out.
    Scenario baseline = reference;
    std::string command = "dtx evaluate";
    if (scenario.revision != reference.revision) {
        if (const std::optional<NodeConfig> node = referenceNode(builtInHardwareCatalog(), scenario.revision))
            baseline = referenceScenario(*node, scenario.revision);
        else
            applyRevisionDefaults(scenario.revision, &baseline);
        command += " --revision " + std::string(revisionName(scenario.revision));
    }
    const auto isNodeKey = [](const char* key) { return std::strncmp(key, "node.", 5) == 0; };
    bool nodeDiffers = false;
    for (const Field& field : fields())
        if (isNodeKey(field.key) && field.get(scenario, false) != field.get(baseline, false))
            nodeDiffers = true;
    for (const Field& field : fields()) {
        if (std::strcmp(field.key, "revision") == 0)
            continue;
        const Scalar value = field.get(scenario, false);
        // A key the scenario does not write (the symmetric bandwidth of an
        // asymmetric WAN, `straggler` under 2026-04) has no value to set:
        // the keys that replace it carry the input.
        if (std::holds_alternative<std::monostate>(value))
            continue;
        const bool include = isNodeKey(field.key) ? nodeDiffers : value != field.get(baseline, false);
        if (include)
            command += std::string(" --set ") + shellQuoted(std::string(field.key) + '=' + scalarText(value));
    }
    return command;
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
