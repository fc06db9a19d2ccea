#pragma once

#include "Evaluation.hpp"

#include <vector>

// MODEL.md §8 (R10 under 2026-04, the same search): which model size makes
// the most of a cluster once quality-adjusted compute (C_quality) is the
// measure.
namespace dtx {

struct ModelSizeCandidate {
    Mode mode = Mode::Flat;     // Flat or PipelineDiloco
    double multipleOfMaxParams = 1;
    Evaluation evaluation;
};

struct ModelSizeSearchResult {
    std::vector<ModelSizeCandidate> candidates; // best first (stable sort)
    double chinchillaOptimalParamsB = 0;        // N_opt for the budget n × F × T_s
    double bestVsLargestFlat = 1;               // "vs DiLoCo max"

    const ModelSizeCandidate& best() const { return candidates.front(); }
};

// Flat runs at 0.25–1 × the largest single-node model, PP-Group runs at
// 1.5–8 ×; candidates that do not apply are dropped. The scenario's own
// mode and model size are ignored; everything else is used.
ModelSizeSearchResult searchModelSize(const Scenario& scenario);

inline constexpr double kFlatSizeMultiples[] = {0.25, 0.50, 0.75, 1.0};
inline constexpr double kPipelineSizeMultiples[] = {1.5, 2, 2.5, 3, 4, 5, 6, 8};

} // namespace dtx
