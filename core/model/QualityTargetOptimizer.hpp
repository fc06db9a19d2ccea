#pragma once

#include "Evaluation.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

// REVISION-2026-04.md R11: the cheapest run whose quality-adjusted compute
// (C_quality) reaches a target, over flat, hierarchical and PP-Group DiLoCo,
// everything over the scenario's WAN and with its other inputs. Report part 6
// (2026-04) asks it for each countermeasure node: what an evader who aims at
// model quality, not raw compute, would build.
namespace dtx {

struct QualityTargetRun {
    // How the winning run trains: Flat (also a hierarchical candidate with
    // fewer than two groups, which is a flat run), Hierarchical or
    // PipelineDiloco. Groups and stages are in the evaluation's details.
    Mode mode = Mode::Flat;
    std::int64_t nodes = 0;
    double nodesPerGroup = 0;         // hierarchical: g
    double activationCompression = 0; // pp_diloco: c_a
    Evaluation evaluation;
};

// Empty when no candidate reaches the target within 100,000 nodes.
std::optional<QualityTargetRun> cheapestRunForQualityTarget(const Scenario& scenario,
                                                            double targetFlop);

// R11's node search: two nodes, else a bisection over 3…100,000 that
// assumes C_quality grows with the node count (it need not: the answer is
// where this bisection lands, as in the reference). `run` gives the run at
// a node count, or nothing where the mode does not apply. One node is never
// tried: it is no distributed run.
struct QualityTargetNodes {
    std::int64_t nodes = 0;
    Evaluation evaluation;
};
using RunAtNodes = std::function<std::optional<Evaluation>(std::int64_t nodes)>;
std::optional<QualityTargetNodes> searchNodesForQualityTarget(const RunAtNodes& run,
                                                              double targetFlop);

// R11: a model under one billion parameters is not a candidate.
inline constexpr double kQualityTargetSmallestParamsB = 1;

// R11's name of the run: "Flat DiLoCo", "Hier 4x2" (g x groups),
// "PP-Group DiLoCo (6 stages x 5453 groups)", with " act10x" for 10x
// activation compression.
std::string qualityTargetModeLabel(const QualityTargetRun& run);

// R11's candidates: model sizes as multiples of the largest single-node
// model (the flat and hierarchical ones are MODEL.md §8's flat sizes),
// regional group sizes, activation compressions, and the fixed inner-step
// counts tried besides H_min in flat mode.
inline constexpr double kQualityTargetGroupSizes[] = {4, 8, 16};
inline constexpr double kQualityTargetActivationCompressions[] = {4, 10};
inline constexpr double kQualityTargetPipelineSizeMultiples[] = {1.5, 2, 3, 4, 6, 8};
inline constexpr double kQualityTargetInnerSteps[] = {10, 30, 50, 100, 200};

} // namespace dtx
