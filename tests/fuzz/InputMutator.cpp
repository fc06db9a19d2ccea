#include "InputMutator.hpp"

#include "ScenarioFile.hpp"

namespace dtx::fuzz {
namespace {

// Numbers at the edges of double, of the valid ranges and of parsing.
const char* const kAwkwardNumbers[] = {
    "0",      "-0",      "-1",     "1e308",  "1.8e308", "-1e308", "1e-320", "4.9e-324",
    "nan",    "NaN",     "inf",    "-inf",   "Infinity", "1e9",   "1e10",   "999999999999",
    "0.5",    "1.0000000000000002", "18446744073709551616", "2147483648", "-2147483649",
    "1e",     ".",       "0x10",   "1_000",  "  7 ",  "true",   "null",   "\"12\"",
};
// Values that are often valid, so that many mutants reach the model.
const char* const kPlausibleNumbers[] = {"1", "2", "8", "50", "100", "0.3", "1e3", "1.5", "1e24", "4096"};
const char* const kAwkwardText[] = {
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "\xff", "\xc3\x28",
    "\n", "=", "==", "\"\"", "{}", "[]", "null", "true", "false", "\"flat\"", "\"moe\"",
    "\"pp_diloco\"", "\"hierarchical\"", "\"16x H100 FP8\"", "\"RTX 4090\"", "\"expected\"",
    "\"none\"", "\"dtx_scenario\": 2", "\"dtx_scenario\": 1",
    // The model revisions and their inputs (REVISION-2026-04.md R2).
    "\"2026-04\"", "\"2026-02\"", "\"2026-05\"", "\"relay\"", "\"threshold\"", "\"synchronous\"",
    "\"revision\": \"2026-04\",", "\"50x A100 80GB\"", "\"48x A100 80GB\"", "\"17x TPU v6e FP8\"",
};

// Values a `--set` line gives a key, by what the key holds: mostly ones of
// its own kind, so that the revision's rules (which keys exist, which
// values each revision allows) are reached, and some that are not.
const char* const kRevisionValues[] = {"2026-02", "2026-04", "2026-4", "2026-05", "", "latest", "2026-04 "};
const char* const kStragglerModeValues[] = {"synchronous", "threshold", "relay", "fast", "Relay", ""};
const char* const kModeValues[] = {"flat", "hierarchical", "moe", "pp_diloco", "Flat"};
const char* const kQualityValues[] = {"none", "optimistic", "expected", "conservative", "great"};
const char* const kPresetValues[] = {"48x A100 80GB", "50x A100 80GB", "16x GH200", "16x H100 FP8",
                                     "49x Ascend 910B FP8", "80x TPU v5e", "16x GH20"};
const char* const kBooleanValues[] = {"true", "false", "maybe", "1", "null", "TRUE"};
// Inner-step counts and other nullable numbers: null, whole numbers, and
// the fractions and edges a whole count must refuse.
const char* const kNullableValues[] = {"null", "1", "2", "10", "100", "1000", "0", "-1", "2.5", "1e9", "1e10"};
const char* const kIntegerValues[] = {"1", "2", "8", "72", "500", "0", "-3", "2.5", "1e9", "4096"};

template <std::size_t N>
QByteArray pickFrom(std::mt19937_64& random, const char* const (&values)[N])
{
    return QByteArray(values[random() % N]);
}

} // namespace

InputMutator::InputMutator(QList<QByteArray> seeds, std::uint64_t randomSeed)
    : seeds_(std::move(seeds)), random_(randomSeed)
{
    for (const char* number : kAwkwardNumbers)
        tokens_ << number;
    for (const char* number : kPlausibleNumbers)
        tokens_ << number;
    for (const char* text : kAwkwardText)
        tokens_ << text;
    for (const std::string& key : scenarioKeys())
        tokens_ << '"' + QByteArray::fromStdString(key).split('.').last() + '"';
}

QByteArray InputMutator::valueFor(const std::string& key)
{
    if (key == "revision")
        return pickFrom(random_, kRevisionValues);
    if (key == "assumptions.straggler_mode")
        return pickFrom(random_, kStragglerModeValues);
    if (key == "mode")
        return pickFrom(random_, kModeValues);
    if (key == "assumptions.compression_quality")
        return pickFrom(random_, kQualityValues);
    if (key == "node.preset")
        return pickFrom(random_, kPresetValues);
    switch (scenarioKeyType(key).value_or(ScenarioValueType::Number)) {
    case ScenarioValueType::Boolean:
        return pickFrom(random_, kBooleanValues);
    case ScenarioValueType::NullableNumber:
        return pickFrom(random_, kNullableValues);
    case ScenarioValueType::Integer:
        return pickFrom(random_, kIntegerValues);
    case ScenarioValueType::Text:
        return pick(tokens_);
    case ScenarioValueType::Number:
        break;
    }
    return random_() % 2 == 0 ? QByteArray(kPlausibleNumbers[random_() % std::size(kPlausibleNumbers)])
                              : QByteArray(kAwkwardNumbers[random_() % std::size(kAwkwardNumbers)]);
}

const QByteArray& InputMutator::pick(const QList<QByteArray>& from)
{
    return from[qsizetype(random_() % std::uint64_t(from.size()))];
}

qsizetype InputMutator::position(const QByteArray& input, bool end)
{
    return qsizetype(random_() % std::uint64_t(input.size() + (end ? 1 : 0) + (input.isEmpty() ? 1 : 0)));
}

QByteArray InputMutator::mutate(const QByteArray& seed)
{
    QByteArray input = seed;
    // Mostly one change, as most of what a person mistypes is one change.
    const int steps = random_() % 4 == 0 ? 3 : 1;
    for (int step = 0; step < steps; ++step) {
        // The structure-aware changes (a number swapped, a --set line) are
        // drawn as often as the six blind ones together.
        const std::uint64_t draw = random_() % 12;
        switch (draw < 6 ? draw : draw < 9 ? 6 : draw < 11 ? 8 : 7) {
        case 0: // flip one bit
            if (!input.isEmpty())
                input[position(input, false)] ^= char(1 << (random_() % 8));
            break;
        case 1: // an awkward byte
            if (!input.isEmpty())
                input[position(input, false)] = pick(tokens_).front();
            break;
        case 2: // a token inserted
            input.insert(position(input, true), pick(tokens_));
            break;
        case 3: // a piece cut out
            if (!input.isEmpty()) {
                const qsizetype at = position(input, false);
                input.remove(at, qsizetype(random_() % 16) + 1);
            }
            break;
        case 4: // a piece doubled
            if (!input.isEmpty()) {
                const qsizetype at = position(input, false);
                input.insert(at, input.mid(at, qsizetype(random_() % 32) + 1));
            }
            break;
        case 5: // cut short
            input.truncate(position(input, true));
            break;
        case 6: { // a number swapped for an awkward one
            const qsizetype at = position(input, false);
            qsizetype begin = at;
            while (begin < input.size() && !QByteArrayView("0123456789.-").contains(input[begin]))
                ++begin;
            qsizetype stop = begin;
            while (stop < input.size() && QByteArrayView("0123456789.eE+-").contains(input[stop]))
                ++stop;
            input.replace(begin, stop - begin, random_() % 2 == 0
                              ? kAwkwardNumbers[random_() % std::size(kAwkwardNumbers)]
                              : kPlausibleNumbers[random_() % std::size(kPlausibleNumbers)]);
            break;
        }
        case 7: { // spliced with another seed
            const QByteArray& other = pick(seeds_);
            input = input.left(position(input, true)) + other.mid(position(other, true));
            break;
        }
        case 8: { // a --set line, mostly with a value of the key's own kind
            const std::vector<std::string>& keys = scenarioKeys();
            const std::string& name = keys[random_() % keys.size()];
            const QByteArray key = QByteArray::fromStdString(name);
            const QByteArray value = random_() % 4 == 0 ? pick(tokens_) : valueFor(name);
            input += (input.contains('\0') ? QByteArray("\n") : QByteArray(1, '\0')) + key + '='
                     + value;
            break;
        }
        }
    }
    return input;
}

} // namespace dtx::fuzz
