#pragma once

#include "MonteCarlo.hpp"

#include <optional>
#include <string>
#include <vector>

// ANALYSES.md A3: one input at a time at its low and high value, the rest
// at the deterministic baseline, ordered by how far the metric swings.
namespace dtx {

// The levers A3 moves to fixed values (2026-04: bandwidth in both
// directions); after the uncertain inputs in CLI.md's order.
enum class TornadoLever { Bandwidth, Latency, Years, Compression };
std::string_view tornadoLeverName(TornadoLever lever); // bandwidth, latency, years, compression
const char* tornadoLeverLabel(TornadoLever lever);

struct TornadoRow {
    std::string input; // CLI.md's name
    // One of the two: an uncertain input (group "uncertain") or a lever.
    std::optional<UncertainInput> uncertainInput;
    std::optional<TornadoLever> leverInput;
    bool isLever() const { return leverInput.has_value(); }
    double lowValue = 0;
    double highValue = 0;
    double metricLow = 0;
    double metricHigh = 0;
    double swing = 0;         // |high − low|
    double swingRelative = 0; // swing / baseline
};

struct Tornado {
    UncertainMetric metric = UncertainMetric::ComputeQuality;
    double baseline = 0;
    std::vector<TornadoRow> rows; // by swing, descending (stable)
};

struct TornadoOutcome {
    std::optional<Tornado> tornado;
    InputError error;
    bool ok() const { return tornado.has_value(); }
};

// A row whose lever value does not evaluate (a model that no longer fits,
// say) is left out.
TornadoOutcome computeTornado(const Scenario& scenario, UncertainMetric metric);

} // namespace dtx
