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
                                e.costUsd, e.innerSteps, e.syncSeconds, e.computeStepSeconds,
                                e.etaBeforeReplica, e.lossMultiplier, e.chinchillaEfficiencyFull,
                                e.etaReplica})
        if (!std::isfinite(figure))
            broken("every figure is finite", scenarioToJson(scenario, false));
    if (!(e.eta > 0 && e.eta <= 1))
        broken("0 < eta <= 1", scenarioToJson(scenario, false));
    const double slack = 1 + 1e-12;
    // R5: the replica penalty raises the loss (m >= 1), so chi_full <= chi
    // and eta = eta_pre × eta_rep with 0 <= eta_rep <= 1 (2026-02: m = 1).
    if (!(e.lossMultiplier >= 1) || e.chinchillaEfficiencyFull > e.chinchillaEfficiency * slack
        || !(e.etaReplica >= 0 && e.etaReplica <= slack))
        broken("m >= 1, chi_full <= chi, 0 <= eta_rep <= 1", scenarioToJson(scenario, false));
    if (std::abs(e.eta - e.etaBeforeReplica * e.etaReplica) > 1e-12 * e.eta)
        broken("eta = eta_pre × eta_rep", scenarioToJson(scenario, false));
    if (e.flat && (!std::isfinite(e.flat->outerStepSeconds) || !(e.flat->dutyCycle >= 0 && e.flat->dutyCycle <= slack)))
        broken("a finite outer step, 0 <= duty cycle <= 1", scenarioToJson(scenario, false));
    if (e.computeQuality > e.computeLocal * slack || e.computeLocal > e.computeActual * slack)
        broken("C_quality <= C_local <= C_actual", scenarioToJson(scenario, false));
    return true;
}

// The words a POSIX shell makes of scenarioCommandLine's output: single
// quotes, with '\'' for a quote inside.
std::vector<std::string> shellWords(const std::string& command)
{
    std::vector<std::string> words;
    std::string word;
    bool quoted = false;
    bool inWord = false;
    bool escaped = false;
    for (const char c : command) {
        if (escaped) {
            word += c;
            escaped = false;
        } else if (c == '\'') {
            quoted = !quoted;
            inWord = true;
        } else if (c == ' ' && !quoted) {
            if (inWord)
                words.push_back(word);
            word.clear();
            inWord = false;
        } else if (c == '\\' && !quoted) {
            escaped = true;
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push_back(word);
    return words;
}

// "Copy as command line" (scenarioCommandLine) gives `dtx evaluate
// [--revision R] --set ...`, which must load to the same scenario.
void checkCommandLine(const Scenario& scenario)
{
    static const Scenario reference = *loadScenario({}, QStringLiteral("reference"), {}, catalog()).scenario;
    const std::string command = scenarioCommandLine(scenario, reference);
    const std::vector<std::string> words = shellWords(command);
    std::vector<ScenarioAssignment> assignments;
    for (std::size_t i = 2; i + 1 < words.size(); i += 2) {
        ScenarioAssignment assignment;
        if (words[i] == "--revision")
            assignment = {"revision", words[i + 1]};
        else if (words[i] != "--set" || !parseAssignment(words[i + 1], &assignment))
            broken("the command line is dtx evaluate [--revision R] --set ...", command);
        assignments.push_back(assignment);
    }
    if (words.size() < 2 || words[0] != "dtx" || words[1] != "evaluate" || words.size() % 2 != 0)
        broken("the command line is dtx evaluate [--revision R] --set ...", command);
    const ScenarioLoad replay = loadScenario({}, QStringLiteral("command line"), assignments, catalog());
    if (!replay.ok())
        broken("the command line loads", command + " -> " + replay.error.toStdString());
    if (!sameScenario(*replay.scenario, scenario))
        broken("the command line reproduces the scenario",
               command + " -> " + scenarioToJson(*replay.scenario, false) + " != " + scenarioToJson(scenario, false));
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
    checkCommandLine(*load.scenario);
    return checkEvaluation(*load.scenario) ? FuzzOutcome::Evaluated : FuzzOutcome::NoResult;
}

} // namespace dtx::fuzz
