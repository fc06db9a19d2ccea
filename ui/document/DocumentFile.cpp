#include "DocumentFile.hpp"

#include "DocumentFields.hpp"
#include "InputLimits.hpp"
#include "JsonWriter.hpp"
#include "PlanFile.hpp"
#include "ScenarioFile.hpp"

#include <QJsonArray>
#include <QJsonDocument>

namespace dtx::ui {
namespace {

const char* const kGrowthKeys[] = {"hardware_growth_oom", "software_growth_oom",
                                   "investment_growth_oom"};

double RunLengthInputs::*growthMember(int index)
{
    static constexpr double RunLengthInputs::*kMembers[] = {&RunLengthInputs::hardwareGrowthOom,
                                                            &RunLengthInputs::softwareGrowthOom,
                                                            &RunLengthInputs::investmentGrowthOom};
    return kMembers[index];
}

bool sameGrowth(const RunLengthInputs& a, const RunLengthInputs& b)
{
    for (int i = 0; i < 3; ++i)
        if (a.*growthMember(i) != b.*growthMember(i))
            return false;
    return true;
}

void writeSections(const DocumentState& state, const DocumentState& defaults, JsonWriter* writer)
{
    const ChangeSet changes = changesBetween(state, defaults);
    if (changes.touches(QStringLiteral("planner"))) {
        writer->key("planner");
        writer->beginObject();
        writer->key("own_cluster");
        writer->value(state.planner.ownCluster);
        writer->key("inputs");
        writePlanJson(state.planner.inputs, writer);
        writer->endObject();
    }
    if (!sameGrowth(state.growth, defaults.growth)) {
        writer->key("growth");
        writer->beginObject();
        for (int i = 0; i < 3; ++i) {
            writer->key(kGrowthKeys[i]);
            writer->value(state.growth.*growthMember(i));
        }
        writer->endObject();
    }
    if (!state.pinned.empty()) {
        writer->key("pinned");
        writer->beginArray();
        for (const Scenario& scenario : state.pinned)
            writeScenarioJson(scenario, false, writer);
        writer->endArray();
    }
}

QString readPlanner(const QJsonValue& section, const QString& where, PlannerSettings* planner)
{
    if (!section.isObject())
        return where + QStringLiteral(": must be an object");
    const QJsonObject object = section.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key() != QLatin1String("own_cluster") && it.key() != QLatin1String("inputs"))
            return where + QLatin1Char('.') + it.key() + QStringLiteral(": unknown key; use own_cluster or inputs");
    const QJsonValue own = object.value(QStringLiteral("own_cluster"));
    if (!own.isUndefined() && !own.isBool())
        return where + QStringLiteral(".own_cluster: must be true or false");
    planner->ownCluster = own.toBool(false);
    const QJsonValue inputs = object.value(QStringLiteral("inputs"));
    if (inputs.isUndefined())
        return {};
    if (!inputs.isObject())
        return where + QStringLiteral(".inputs: must be an object");
    const PlanLoad load = loadPlan(QJsonDocument(inputs.toObject()).toJson(QJsonDocument::Compact),
                                   where + QStringLiteral(".inputs"), {});
    if (!load.inputs)
        return load.error.startsWith(where) ? load.error
                                            : where + QStringLiteral(".inputs: ") + load.error;
    planner->inputs = *load.inputs;
    return {};
}

QString readGrowth(const QJsonValue& section, const QString& where, RunLengthInputs* growth)
{
    if (!section.isObject())
        return where + QStringLiteral(": must be an object");
    const QJsonObject object = section.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        int index = -1;
        for (int i = 0; i < 3; ++i)
            if (it.key() == QLatin1String(kGrowthKeys[i]))
                index = i;
        const QString key = where + QLatin1Char('.') + it.key();
        if (index < 0)
            return key + QStringLiteral(": unknown key");
        if (!it.value().isDouble())
            return key + QStringLiteral(": must be a number");
        const InputLimit* limit =
            plannerInputLimit(std::string("run_length.") + kGrowthKeys[index]);
        if (const auto error = checkLimit(*limit, it.value().toDouble()))
            return key + QStringLiteral(": ") + QString::fromStdString(error->message);
        growth->*growthMember(index) = it.value().toDouble();
    }
    return {};
}

QString readPinned(const QJsonValue& section, const QString& where, const HardwareCatalog& catalog,
                   std::vector<Scenario>* pinned)
{
    if (!section.isArray())
        return where + QStringLiteral(": must be a list of scenarios");
    const QJsonArray list = section.toArray();
    if (list.size() > kMaxPinned)
        return where + QStringLiteral(": at most %1 scenarios, not %2").arg(kMaxPinned).arg(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString item = where + QStringLiteral("[%1]").arg(i);
        if (!list.at(i).isObject())
            return item + QStringLiteral(": must be a scenario object");
        const ScenarioLoad load = loadScenario(QJsonDocument(list.at(i).toObject()).toJson(), item, {}, catalog);
        if (!load.scenario)
            return load.error.startsWith(item) ? load.error : item + QStringLiteral(": ") + load.error;
        pinned->push_back(*load.scenario);
    }
    return {};
}

} // namespace

std::string documentToJson(const DocumentState& state, const DocumentState& defaults)
{
    const ChangeSet changes = changesBetween(state, defaults);
    const bool sections = changes.touches(QStringLiteral("planner"))
                          || changes.touches(QStringLiteral("growth")) || !state.pinned.empty();
    std::string out;
    JsonWriter writer(&out);
    writeScenarioJson(state.scenario, false, &writer,
                      sections ? kDocumentFormatVersion : kScenarioFormatVersion,
                      [&](JsonWriter* w) { writeSections(state, defaults, w); });
    out.push_back('\n');
    return out;
}

DocumentLoad loadDocument(const QByteArray& bytes, const QString& sourceName,
                          const HardwareCatalog& catalog, const DocumentState& defaults)
{
    DocumentLoad load;
    const ScenarioLoad scenario = loadScenario(bytes, sourceName, {}, catalog);
    if (!scenario.scenario) {
        load.error = scenario.error;
        return load;
    }
    DocumentState state = defaults;
    state.scenario = *scenario.scenario;
    state.pinned.clear();
    // The scenario parser has checked the document's syntax already.
    QString error;
    const QJsonObject root = parseDocumentObject(bytes, sourceName, &error).value_or(QJsonObject());
    const auto where = [&](const char* section) {
        return sourceName.isEmpty() ? QString::fromLatin1(section)
                                    : sourceName + QStringLiteral(": ") + QLatin1String(section);
    };
    if (root.contains(QStringLiteral("planner")))
        error = readPlanner(root.value(QStringLiteral("planner")), where("planner"), &state.planner);
    if (error.isEmpty() && root.contains(QStringLiteral("growth")))
        error = readGrowth(root.value(QStringLiteral("growth")), where("growth"), &state.growth);
    if (error.isEmpty() && root.contains(QStringLiteral("pinned")))
        error = readPinned(root.value(QStringLiteral("pinned")), where("pinned"), catalog, &state.pinned);
    if (!error.isEmpty()) {
        load.error = error;
        return load;
    }
    load.state = std::move(state);
    return load;
}

DocumentLoad loadDocumentFile(const QString& path, const HardwareCatalog& catalog,
                              const DocumentState& defaults)
{
    QByteArray bytes;
    DocumentLoad load;
    if (!readDocumentFile(path, &bytes, &load.error))
        return load;
    load = loadDocument(bytes, path, catalog, defaults);
    if (!load.state && !load.error.startsWith(path))
        load.error = path + QStringLiteral(": ") + load.error;
    return load;
}

} // namespace dtx::ui
