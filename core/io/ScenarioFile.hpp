#pragma once

#include "Evaluation.hpp"
#include "Hardware.hpp"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <vector>

// The scenario file of CLI.md (JSON, UTF-8, every key optional) and the
// dotted keys `--set` and `--vary` use. The table of keys lives in
// ScenarioFile.cpp, once; parsing, `--set` and writing all read it.
namespace dtx {

// What dtx writes for a scenario alone (CLI.md)...
inline constexpr int kScenarioFormatVersion = 1;
// ...and for the explorer's file, which adds its own sections beside the
// scenario. Both are read; a newer number is refused.
inline constexpr int kDocumentFormatVersion = 2;
// Top-level sections of the explorer's file: read by the explorer, skipped
// by the scenario parser because they do not change an evaluation.
inline constexpr const char* kExplorerSections[] = {"planner", "growth", "pinned"};
// The longest scenario name, in UTF-8 bytes.
inline constexpr std::size_t kMaxScenarioNameBytes = 1000;

enum class ScenarioValueType { Number, Integer, NullableNumber, Boolean, Text };

// Every dotted key a scenario accepts, in file order.
const std::vector<std::string>& scenarioKeys();
std::optional<ScenarioValueType> scenarioKeyType(const std::string& key);

// One `--set KEY=VALUE`, as typed.
struct ScenarioAssignment {
    std::string key;
    std::string value;
};
// Splits "KEY=VALUE"; false when there is no '='.
bool parseAssignment(const std::string& text, ScenarioAssignment* assignment);

struct ScenarioLoad {
    std::optional<Scenario> scenario;
    QString error; // names the file, the key or the value at fault

    bool ok() const { return scenario.has_value(); }
};

// Parses a scenario document (empty = the default scenario), applies the
// assignments in order, resolves the node from the catalog and checks
// every value. `sourceName` prefixes messages about the document itself.
ScenarioLoad loadScenario(const QByteArray& document, const QString& sourceName,
                          const std::vector<ScenarioAssignment>& assignments,
                          const HardwareCatalog& catalog);

// Reads FILE (at most 16 MiB, UTF-8) and calls loadScenario.
ScenarioLoad loadScenarioFile(const QString& path,
                              const std::vector<ScenarioAssignment>& assignments,
                              const HardwareCatalog& catalog);

// Sets one numeric key on a resolved scenario (for sweeps), rebuilding the
// node when a node key changes, and checks the result. Returns the error,
// empty when the scenario is valid.
QString setScenarioNumber(Scenario* scenario, const std::string& key, double value,
                          const HardwareCatalog& catalog);
// The same without the final check, for callers that evaluate (and so
// check) the scenario next; on error the scenario is left half-changed.
QString assignScenarioNumber(Scenario* scenario, const std::string& key, double value,
                          const HardwareCatalog& catalog);

// The scenario as a JSON object in file order. With `resolveDefaults` a
// missing model size is written as the size used, else as null.
// `formatVersion` and `more` are for the explorer's file: its version and
// its own sections, written after the scenario's keys.
void writeScenarioJson(const Scenario& scenario, bool resolveDefaults, class JsonWriter* writer,
                       int formatVersion = kScenarioFormatVersion,
                       const std::function<void(class JsonWriter*)>& more = {});
std::string scenarioToJson(const Scenario& scenario, bool resolveDefaults);

// The value of a numeric key as the file would hold it; nothing for other
// keys and for a nullable key that is null.
std::optional<double> scenarioNumber(const Scenario& scenario, const std::string& key);

// The file keys whose values differ (empty when the inputs are the same),
// and the same question answered without listing: no JSON text involved.
std::vector<std::string> changedScenarioKeys(const Scenario& a, const Scenario& b);
bool sameScenario(const Scenario& a, const Scenario& b);

// The `dtx evaluate --set KEY=VALUE ...` command that reproduces `scenario`,
// starting from `reference` (what dtx evaluates without a file): every key
// that differs, in file order; the whole node when any of it differs.
// A scenario of another revision starts `--revision R` and is measured
// against that revision's reference scenario instead.
// Values are quoted for a POSIX shell where needed.
std::string scenarioCommandLine(const Scenario& scenario, const Scenario& reference);

// Strict decimal parsing for command-line values: the whole text must be a
// number. Non-finite results are returned as such for the caller to reject.
bool parseNumberText(std::string_view text, double* value);

} // namespace dtx
