#include "AnalysisOptions.hpp"
#include "CliCommon.hpp"
#include "InputLimits.hpp"
#include "DilocoModes.hpp"
#include "JsonWriter.hpp"
#include "ResultOutput.hpp"
#include "ScenarioValidation.hpp"
#include "SweepGrid.hpp"

#include <QStringList>

#include <cmath>
#include <thread>

namespace dtx::cli {
namespace {

constexpr double kMaxGridPoints = 1e7;
// Rows are evaluated and formatted in blocks, two at a time on two threads,
// and written in order; a block bounds the memory held at once.
constexpr std::size_t kRowsPerBlock = 20000;

using Axis = VaryAxis;

struct SweepPlan {
    Scenario base;
    std::vector<Axis> axes;
    std::vector<const ResultField*> columns;
    OutputFormat format;
    std::size_t rows;
    // Every corner of the grid passed every range check
    // (allCornersInRange): the rows need no range checks of their own.
    bool rangesChecked = false;
};

// Neighbouring rows of a grid share most values (everything that depends
// only on the other axis), so each column remembers its last number and
// text: shortest round-trip formatting is the costliest part of a row.
class NumberTextCache {
public:
    explicit NumberTextCache(std::size_t columns) : m_entries(columns) {}

    void append(std::string* out, std::size_t column, double value)
    {
        Entry& entry = m_entries[column];
        if (!entry.valid || entry.value != value) {
            entry.text.clear();
            appendJsonNumber(&entry.text, value);
            entry.value = value;
            entry.valid = true;
        }
        out->append(entry.text);
    }

private:
    struct Entry {
        bool valid = false;
        double value = 0;
        std::string text;
    };
    std::vector<Entry> m_entries;
};

// `scenario` is the block's working copy: every row sets each varied key,
// so no row sees another's values and the base is not copied per row.
void appendRow(const SweepPlan& plan, const HardwareCatalog& catalog, std::size_t row,
               Scenario* scenario, NumberTextCache* cache, std::string* out)
{
    double values[2] = {0, 0};
    const std::size_t innerCount = plan.axes.size() == 2 ? plan.axes[1].values.size() : 1;
    values[0] = plan.axes[0].values[row / innerCount];
    if (plan.axes.size() == 2)
        values[1] = plan.axes[1].values[row % innerCount];

    QString error;
    for (std::size_t a = 0; a < plan.axes.size() && error.isEmpty(); ++a)
        error = assignScenarioNumber(scenario, plan.axes[a].key, values[a], catalog);
    std::optional<Evaluation> evaluation;
    if (error.isEmpty()) {
        // The grid's corners were checked against every range before the
        // first row; what lies between them is in range too.
        const EvaluationOutcome outcome =
            plan.rangesChecked ? evaluateInRange(*scenario) : evaluate(*scenario);
        if (outcome.ok())
            evaluation = outcome.evaluation;
        else
            error = QString::fromStdString(outcome.error.text());
    }

    if (plan.format == OutputFormat::Csv) {
        for (std::size_t a = 0; a < plan.axes.size(); ++a) {
            cache->append(out, a, values[a]);
            out->push_back(',');
        }
        for (std::size_t c = 0; c < plan.columns.size() && evaluation; ++c) {
            const ResultField& field = *plan.columns[c];
            const ResultValue value = field.read(*evaluation);
            if (value.present && field.kind == ResultKind::Number)
                cache->append(out, plan.axes.size() + c, value.number);
            else
                appendCsvValue(out, field, value);
            out->push_back(',');
        }
        if (!evaluation)
            out->append(plan.columns.size(), ',');
        appendCsvText(out, error.toStdString());
        out->append("\r\n");
        return;
    }
    JsonWriter writer(out, false);
    writer.beginObject();
    for (std::size_t a = 0; a < plan.axes.size(); ++a) {
        writer.key(plan.axes[a].key);
        writer.value(values[a]);
    }
    if (evaluation) {
        for (const ResultField* field : plan.columns) {
            const ResultValue value = field->read(*evaluation);
            if (!value.present)
                continue;
            writer.key(field->key);
            switch (field->kind) {
            case ResultKind::Number: writer.value(value.number); break;
            case ResultKind::Boolean: writer.value(value.flag); break;
            case ResultKind::Text: writer.value(value.text); break;
            }
        }
    } else {
        writer.key("error");
        writer.value(error.toStdString());
    }
    writer.endObject();
}

void appendBlock(const SweepPlan& plan, const HardwareCatalog& catalog, std::size_t block,
                 std::string* out)
{
    const std::size_t first = block * kRowsPerBlock;
    const std::size_t last = std::min(plan.rows, first + kRowsPerBlock);
    NumberTextCache cache(plan.axes.size() + plan.columns.size());
    out->reserve((last - first) * 64 * (plan.columns.size() + 2) / 8);
    Scenario scenario = plan.base;
    for (std::size_t row = first; row < last; ++row) {
        if (plan.format == OutputFormat::Json)
            out->append(row == 0 ? "\n    " : ",\n    ");
        appendRow(plan, catalog, row, &scenario, &cache, out);
    }
}

// Whether every point of the grid passes the range checks, so rows may
// skip them. Single values lie between their axis's ends, and what is
// derived from them (the default model size, from the node's memory and
// bytes per parameter) is monotone in each, so it is extreme at a corner
// of the grid: checking the corners checks every point.
bool allCornersInRange(const SweepPlan& plan, const HardwareCatalog& catalog)
{
    const std::size_t corners = std::size_t(1) << plan.axes.size();
    for (std::size_t corner = 0; corner < corners; ++corner) {
        Scenario probe = plan.base;
        for (std::size_t a = 0; a < plan.axes.size(); ++a) {
            const std::vector<double>& values = plan.axes[a].values;
            const double end = (corner >> a) & 1 ? values.back() : values.front();
            if (!assignScenarioNumber(&probe, plan.axes[a].key, end, catalog).isEmpty())
                return false;
        }
        if (validateScenarioRanges(probe))
            return false;
    }
    return true;
}

std::string header(const SweepPlan& plan)
{
    std::string out;
    if (plan.format == OutputFormat::Csv) {
        for (const Axis& axis : plan.axes)
            out += axis.key + ",";
        for (const ResultField* field : plan.columns)
            out += std::string(field->key) + ",";
        return out + "error\r\n";
    }
    out = "{\n  \"inputs\": ";
    std::string inputs;
    JsonWriter writer(&inputs, false);
    writeScenarioJson(plan.base, true, &writer);
    out += inputs + ",\n  \"vary\": [";
    for (std::size_t a = 0; a < plan.axes.size(); ++a) {
        out += a ? ", " : "";
        appendJsonString(&out, plan.axes[a].key);
    }
    return out + "],\n  \"rows\": [";
}

} // namespace

int runSweep(const CommandContext& context)
{
    int status = kExitSuccess;
    const auto format =
        outputFormat(context, {OutputFormat::Csv, OutputFormat::Json}, OutputFormat::Csv, &status);
    if (!format)
        return status;
    const QStringList specs = context.parser.values(QStringLiteral("vary"));
    if (specs.isEmpty() || specs.size() > 2)
        return fail(context, QStringLiteral("--vary: give one or two (a 1-D or 2-D grid)"));
    const std::optional<Scenario> base = scenarioFromArguments(context, &status);
    if (!base)
        return status;

    SweepPlan plan{*base, {}, resultFieldsForMode(base->mode, base->revision), *format, 1};
    for (const QString& spec : specs) {
        std::optional<Axis> axis = parseVaryAxis(context, spec, &status);
        if (!axis)
            return status;
        if (!plan.axes.empty() && plan.axes[0].key == axis->key)
            return fail(context, QStringLiteral("--vary %1: the key is varied twice").arg(spec));
        // The range itself must be valid for the key; other inputs may
        // still make single points invalid, which their rows then say.
        for (double end : {axis->values.front(), axis->values.back()}) {
            Scenario probe = *base;
            QString error = assignScenarioNumber(&probe, axis->key, end, context.catalog);
            if (error.isEmpty()) {
                if (const std::optional<InputError> invalid = validateScenarioRanges(probe))
                    error = QString::fromStdString(invalid->key + ": " + invalid->message);
            }
            if (error.startsWith(QString::fromStdString(axis->key + ":")))
                return fail(context, QStringLiteral("--vary ") + error);
        }
        plan.rows *= axis->values.size();
        plan.axes.push_back(std::move(*axis));
    }
    plan.rangesChecked = allCornersInRange(plan, context.catalog);
    if (static_cast<double>(plan.rows) > kMaxGridPoints)
        return fail(context, QStringLiteral("--vary: %1 points is more than the 10,000,000 a sweep allows")
                                 .arg(plan.rows));

    if (!context.streams.out(header(plan)))
        return writeFailure(context);
    const std::size_t blocks = (plan.rows + kRowsPerBlock - 1) / kRowsPerBlock;
    for (std::size_t block = 0; block < blocks; block += 2) {
        std::string first;
        std::string second;
        std::thread helper;
        if (block + 1 < blocks)
            helper = std::thread(appendBlock, std::cref(plan), std::cref(context.catalog), block + 1,
                                 &second);
        appendBlock(plan, context.catalog, block, &first);
        if (helper.joinable())
            helper.join();
        if (!context.streams.out(first) || !context.streams.out(second))
            return writeFailure(context);
    }
    return writeOutput(context, plan.format == OutputFormat::Json ? "\n  ]\n}\n" : "");
}

} // namespace dtx::cli
