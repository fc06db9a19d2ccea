#pragma once

#include <array>
#include <span>

// The quality tables of MODEL.md §3 and REVISION-2026-04.md R4: how much
// lossy compression costs, per compression ratio and quality scenario.
// Each revision's rules name the tables they use (RevisionRules).
namespace dtx {

enum class QualityScenario;

struct QualityTable {
    std::span<const double> keys;                  // ratios, ascending, first 1
    std::span<const std::array<double, 3>> rows;   // optimistic, expected, conservative
};

// The shared lookup rule: ratio ≤ 1 → 1; a key → its entry; between keys,
// linear in log10 of the ratio; above the last key → the last entry.
// Scenario `none` is 1 everywhere.
double lookUpQuality(const QualityTable& table, double ratio, QualityScenario scenario);

namespace quality_tables {
// MODEL.md §3.
extern const QualityTable kSeedCompression;
extern const QualityTable kSeedActivation;
// R4: with and without error feedback, and the revised activation table.
extern const QualityTable kRevisedCompressionWithErrorFeedback;
extern const QualityTable kRevisedCompressionWithoutErrorFeedback;
extern const QualityTable kRevisedActivation;
} // namespace quality_tables

} // namespace dtx
