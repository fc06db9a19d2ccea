#include "ScenarioFuzzTarget.hpp"

#include "DilocoModes.hpp"
#include "HardwareCatalogFile.hpp"
#include "ScenarioFile.hpp"

#include <QByteArray>
#include <QList>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace dtx::fuzz {
namespace {

[[noreturn]] void broken(const char* rule, const std::string& detail)
{
    std::fprintf(stderr, "fuzz rule broken: %s: %s\n", rule, detail.c_str());
    std::abort();
}

const HardwareCatalog& catalog()
{
    static const HardwareCatalog builtIn = builtInHardwareCatalog();
    return builtIn;
}

// True when the scenario has a result.
bool checkEvaluation(const Scenario& scenario)
{
    const EvaluationOutcome outcome = evaluate(scenario);
    if (!outcome.ok()) {
        if (outcome.error.key.empty() || outcome.error.message.empty())
            broken("an evaluation error names its key", scenarioToJson(scenario, false));
        return false;
    }
    const Evaluation& e = *outcome.evaluation;
    for (const double figure : {e.eta, e.computeActual, e.computeLocal, e.computeQuality, e.tokens,
                                e.costUsd, e.innerSteps, e.syncSeconds, e.computeStepSeconds})
        if (!std::isfinite(figure))
            broken("every figure is finite", scenarioToJson(scenario, false));
    if (!(e.eta > 0 && e.eta <= 1))
        broken("0 < eta <= 1", scenarioToJson(scenario, false));
    const double slack = 1 + 1e-12;
    if (e.computeQuality > e.computeLocal * slack || e.computeLocal > e.computeActual * slack)
        broken("C_quality <= C_local <= C_actual", scenarioToJson(scenario, false));
    return true;
}

} // namespace

FuzzOutcome fuzzScenarioInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray document = split < 0 ? input : input.left(split);
    std::vector<ScenarioAssignment> assignments;
    if (split >= 0) {
        for (const QByteArray& line : input.mid(split + 1).split('\n')) {
            ScenarioAssignment assignment;
            if (parseAssignment(line.toStdString(), &assignment))
                assignments.push_back(assignment);
        }
    }

    const ScenarioLoad load = loadScenario(document, QStringLiteral("fuzz.json"), assignments,
                                           catalog());
    if (!load.ok()) {
        if (load.error.isEmpty())
            broken("a rejected input has a message", input.left(200).toStdString());
        return FuzzOutcome::Rejected;
    }
    const std::string json = scenarioToJson(*load.scenario, false);
    const ScenarioLoad again =
        loadScenario(QByteArray::fromStdString(json), QStringLiteral("again.json"), {}, catalog());
    if (!again.ok())
        broken("a written scenario loads again", json + " -> " + again.error.toStdString());
    if (scenarioToJson(*again.scenario, false) != json)
        broken("a written scenario reads back the same", json);
    return checkEvaluation(*load.scenario) ? FuzzOutcome::Evaluated : FuzzOutcome::NoResult;
}

} // namespace dtx::fuzz
