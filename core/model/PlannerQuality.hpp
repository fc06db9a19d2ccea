#pragma once

#include "TrainingPlanner.hpp"

// The forward planner's quality model under revision 2026-04
// (REVISION-2026-04.md "R-planner"): what lossy compression of the
// pseudo-gradients and of a pipeline's activations costs (R4's tables), how
// much the averaging of many replicas raises the loss (R5's m, without its H
// term) and what the run's compute is worth against a compute-optimal one
// (R5's chin). The seed planner has none of it; its efficiency is eta_H.
namespace dtx {

struct QualityTable;

// The planner's table lookup, on the `expected` column (the planner has no
// quality-scenario choice): ratio r ≤ 1 → 1; r at or above the last key →
// the last entry; else over the first bracket k_i ≤ r ≤ k_{i+1},
// t = ln(r / k_i) / ln(k_{i+1} / k_i) and q = q_i × (1 − t) + q_{i+1} × t.
// Algebraically MODEL.md §3's rule (lookUpQuality), but written as the
// reference planner computes it, so that its results match to the last bit.
double plannerQualityLookup(const QualityTable& table, double ratio);

// R-planner's outputs for a run with sync-interval efficiency eta_H, S
// pipeline stages (sharded) or none, and n_eff training nodes.
PlannerQualityResult plannerQualityOutputs(const PlannerInputs& inputs,
                                           double syncIntervalEfficiency, double stages,
                                           double effectiveNodes, bool sharded);

// eff = eta_H × q_c × q_act; 1 with the efficiency penalty switched off.
double revisedPlannerEfficiency(const PlannerInputs& inputs, const PlannerQualityResult& quality);

} // namespace dtx
