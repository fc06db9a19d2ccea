#pragma once

#include "Countermeasures.hpp"
#include "MemoryRule.hpp"
#include "QualityTargetOptimizer.hpp"
#include "Scenario.hpp"

#include <array>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// ANALYSES.md D, "cheapest configuration per target": for 10^24, 10^25 and
// 10^26 FLOP of C_quality, the cheapest run an evader can build from the
// memory rule's chips, before the amendment (nodes of n_c GPUs) and after
// it (n_max GPUs). Each chip's node is searched with the scenario's other
// inputs (its WAN, time budget, MFU, compression …); the cheapest chip wins.
// Under 2026-04 the search is REVISION-2026-04.md R11; under 2026-02 it is
// R11's node search over MODEL.md §8's candidates (see memoryRuleCheapestRun).
namespace dtx {

// One regime's winner for one target.
struct MemoryRuleConfiguration {
    std::string chip;
    std::string nodeName;   // "16x H100 SXM FP8" (defaultNodeName)
    int gpusPerNode = 0;
    bool fp8 = false;
    double gpuPriceUsd = 0; // the revision's preset price, else the catalog's
    std::string modeLabel;  // qualityTargetModeLabel: "Flat DiLoCo", "Hier 4x2" …
    std::int64_t nodes = 0;
    double paramsB = 0;
    double overtrainingRatio = 0;
    double eta = 0;
    double computeQuality = 0;
    double costUsd = 0;
};

struct MemoryRuleCheapestTarget {
    double targetFlop = 0;
    // Empty when no chip's node reaches the target within 100,000 nodes.
    std::optional<MemoryRuleConfiguration> before;
    std::optional<MemoryRuleConfiguration> after;
    std::optional<double> costRatio; // after / before, when both exist
};

// The price of one GPU of `gpu` under `revision`: the first of the
// revision's presets of that GPU with a price of its own (R1's 2026-04
// prices), else the catalog's; empty for a GPU that builds no nodes.
std::optional<double> memoryRuleGpuPrice(const GpuSpec& gpu, Revision revision);

// A memory-rule node: `count` GPUs in FP8 when the chip has an FP8 rate,
// else FP16 ([CML]), at memoryRuleGpuPrice.
NodeConfig memoryRuleNode(const GpuSpec& gpu, int count, Revision revision);

// The cheapest run whose C_quality reaches `targetFlop` with the scenario's
// node and every other input of it (its mode and model size are the
// search's). Under 2026-04 this is cheapestRunForQualityTarget (R11: flat
// with the H choice, hierarchical g = 4, 8, 16, PP-Group with c_a = 4 and
// 10, regional and stage links on the WAN). Under 2026-02 that optimizer
// does not apply as written: its H choice sets a fixed inner-step count,
// a 2026-04-only input, and the seed model charges no waiting for an H below
// H_min, so a run at H = 10 would look better than it is. The seed's search
// is R11's node search (k = 2, then bisection over 3…100,000, a later
// candidate wins only when strictly cheaper) over MODEL.md §8's candidates:
// flat at 0.25–1 × the largest single-node model with H = H_min, then
// PP-Group at 1.5–8 × it with the scenario's own activation compression and
// stage link; candidates under 1 B parameters are skipped, as in R11.
std::optional<QualityTargetRun> memoryRuleCheapestRun(const Scenario& scenario, double targetFlop);

// Runs already searched for one scenario, by chip and GPUs per node, one
// per target of kReferenceTargetsFlop (empty: not reached). A caller that keeps it across calls
// (the window, while only the limit moves) must clear it whenever any input
// of the scenario changes.
using MemoryRuleTargetRuns =
    std::array<std::optional<MemoryRuleConfiguration>, std::size(kReferenceTargetsFlop)>;
using MemoryRuleRunCache = std::map<std::pair<std::string, int>, MemoryRuleTargetRuns>;

// For each target of kReferenceTargetsFlop (1e24, 1e25, 1e26), the cheapest
// chip before and after the amendment; chips are tried in the table's
// order and a later chip wins only when strictly cheaper. Chips without a
// price, and nodes of no GPU (a limit below one chip's memory), are left
// out. The searches run on `threads` threads (0: one per core); the result
// does not depend on the count.
std::vector<MemoryRuleCheapestTarget> memoryRuleCheapest(const Scenario& scenario,
                                                         const HardwareCatalog& catalog,
                                                         const MemoryRuleOptions& options,
                                                         MemoryRuleRunCache* cache = nullptr,
                                                         unsigned threads = 0);

} // namespace dtx
