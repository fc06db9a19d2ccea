#include "Tornado.hpp"

#include "DilocoModes.hpp"
#include "Translatable.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace dtx {
namespace {

struct LeverRange {
    TornadoLever lever;
    std::string_view name;
    const char* label;
    double low;
    double high;
};

// A3's absolute lever values.
constexpr std::array<LeverRange, 4> kLevers = {{
    {TornadoLever::Bandwidth, "bandwidth", QT_TRANSLATE_NOOP("dtx::TornadoLever", "WAN bandwidth"),
     10, 1000},
    {TornadoLever::Latency, "latency", QT_TRANSLATE_NOOP("dtx::TornadoLever", "WAN latency"), 2,
     340},
    {TornadoLever::Years, "years", QT_TRANSLATE_NOOP("dtx::TornadoLever", "Time budget"), 0.5,
     1.5},
    {TornadoLever::Compression, "compression",
     QT_TRANSLATE_NOOP("dtx::TornadoLever", "Compression ratio"), 4, 100},
}};

void setLever(TornadoLever lever, double value, Scenario* scenario)
{
    switch (lever) {
    case TornadoLever::Bandwidth:
        scenario->wan.setBandwidth(value);
        break;
    case TornadoLever::Latency:
        scenario->wan.latencyMs = value;
        break;
    case TornadoLever::Years:
        scenario->training.years = value;
        break;
    case TornadoLever::Compression:
        scenario->training.compression = value;
        break;
    }
}

std::optional<double> metricAt(const Scenario& scenario, UncertainMetric metric)
{
    const EvaluationOutcome outcome = evaluate(scenario);
    if (!outcome.ok())
        return std::nullopt;
    return metricOf(*outcome.evaluation, metric);
}

TornadoRow makeRow(std::string_view name, double low, double high, double metricLow,
                   double metricHigh, double baseline)
{
    TornadoRow row;
    row.input = std::string(name);
    row.lowValue = low;
    row.highValue = high;
    row.metricLow = metricLow;
    row.metricHigh = metricHigh;
    row.swing = std::abs(metricHigh - metricLow);
    row.swingRelative = baseline != 0 ? row.swing / baseline : 0.0;
    return row;
}

} // namespace

std::string_view tornadoLeverName(TornadoLever lever)
{
    return kLevers[static_cast<std::size_t>(lever)].name;
}

const char* tornadoLeverLabel(TornadoLever lever)
{
    return kLevers[static_cast<std::size_t>(lever)].label;
}

TornadoOutcome computeTornado(const Scenario& scenario, UncertainMetric metric)
{
    TornadoOutcome outcome;
    const EvaluationOutcome base = evaluate(scenario);
    if (!base.ok()) {
        outcome.error = base.error;
        return outcome;
    }
    Tornado tornado;
    tornado.metric = metric;
    tornado.baseline = metricOf(*base.evaluation, metric);

    for (UncertainInput input : kUncertainInputs) {
        if (!uncertainInputApplies(input, scenario))
            continue;
        // #3 and #4 run from the conservative to the optimistic column.
        const Distribution range =
            uncertainDistribution(input, scenario, UncertaintyProfile::Standard);
        Scenario moved = scenario;
        setHook(input, range.low, scenario, &moved.hooks);
        const std::optional<double> low = metricAt(moved, metric);
        moved.hooks = scenario.hooks;
        setHook(input, range.high, scenario, &moved.hooks);
        const std::optional<double> high = metricAt(moved, metric);
        if (!low || !high)
            continue;
        TornadoRow row =
            makeRow(uncertainInputName(input), range.low, range.high, *low, *high, tornado.baseline);
        row.uncertainInput = input;
        tornado.rows.push_back(row);
    }
    for (const LeverRange& lever : kLevers) {
        Scenario moved = scenario;
        setLever(lever.lever, lever.low, &moved);
        const std::optional<double> low = metricAt(moved, metric);
        moved = scenario;
        setLever(lever.lever, lever.high, &moved);
        const std::optional<double> high = metricAt(moved, metric);
        if (!low || !high)
            continue;
        TornadoRow row = makeRow(lever.name, lever.low, lever.high, *low, *high, tornado.baseline);
        row.leverInput = lever.lever;
        tornado.rows.push_back(row);
    }
    std::stable_sort(tornado.rows.begin(), tornado.rows.end(),
                     [](const TornadoRow& a, const TornadoRow& b) { return a.swing > b.swing; });
    outcome.tornado = tornado;
    return outcome;
}

} // namespace dtx
