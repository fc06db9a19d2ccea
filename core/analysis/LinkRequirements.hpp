#pragma once

#include <array>
#include <optional>
#include <vector>

// ANALYSES.md G1, what Douillard's DiLoCo Bandwidth Simulator leads with:
// the link a fleet needs for a given compute utilisation, data-parallel
// against DiLoCo at several inner-step counts, in two readings. Streaming
// (dtx's assumption) overlaps the sync with compute; blocking waits for it.
namespace dtx {

struct Scenario;

inline constexpr std::array<double, 5> kLinkUtilisations = {0.50, 0.75, 0.90, 0.95, 0.99};
inline constexpr std::array<double, 4> kLinkInnerSteps = {30, 100, 300, 1000};

struct LinkRequirementRow {
    double innerSteps = 1;      // H (1 for data-parallel)
    double syncBits = 0;        // V of the row (P × bits for data-parallel)
    bool dataParallel = false;  // H = 1, full-precision gradients (c = 1)
    bool scenarioRow = false;   // the scenario's own H (H_min)
    // Mbps per utilisation of kLinkUtilisations; empty: unreachable, the
    // latency alone exceeds the time budget of the sync.
    std::array<std::optional<double>, kLinkUtilisations.size()> streamingMbps;
    std::array<std::optional<double>, kLinkUtilisations.size()> blockingMbps;
};

struct LinkRequirements {
    double computeStepSeconds = 0; // t_comp
    double stragglerFactor = 1;    // f(n)
    double syncBits = 0;           // V = P × bits / c
    double minimumInnerSteps = 1;  // H_min at the scenario's own link
    double latencySeconds = 0;
    double ownMbps = 0;            // the scenario's link (symmetric equivalent)
    bool asFlat = false;           // the scenario's mode is not flat: flat quantities stand in
    std::vector<LinkRequirementRow> rows; // data-parallel, H = 30, 100, 300, 1000, H_min
};

// From the flat-mode quantities of the scenario's node, model, node count,
// MFU, batch, latency and straggler rule (the active revision).
LinkRequirements linkRequirements(const Scenario& scenario);

// Utilisation at a link of `mbps` (both directions), each reading.
double streamingUtilisation(double innerSteps, double computeStepSeconds, double syncSeconds);
double blockingUtilisation(double innerSteps, double computeStepSeconds, double syncSeconds);

enum class LinkReading { Streaming, Blocking };
// The utilisation a row reaches over a link of `mbps` both ways.
double utilisationAtLink(const LinkRequirements& links, const LinkRequirementRow& row, double mbps,
                         LinkReading reading);
// A row's needed links in one reading.
const std::array<std::optional<double>, kLinkUtilisations.size()>&
neededLinks(const LinkRequirementRow& row, LinkReading reading);

// The classes of a needed link: ≤ 10, 10–100, 100–1,000, > 1,000 Mbps.
enum class LinkClass { UpTo10Mbps, UpTo100Mbps, UpTo1000Mbps, Above1000Mbps };
LinkClass linkClass(double mbps);

} // namespace dtx
