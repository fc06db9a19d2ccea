#pragma once

#include <QColor>

// The explorer's colours, in one place so a series looks the same on every
// tab. Chosen to stay apart for colour-blind readers (Okabe–Ito palette).
namespace dtx::ui::colors {

inline const QColor kComputeLocal{0, 114, 178};     // blue
inline const QColor kComputeQuality{213, 94, 0};    // vermillion
inline const QColor kEfficiency{0, 158, 115};       // bluish green
inline const QColor kCost{204, 121, 167};           // reddish purple
inline const QColor kInnerSteps{230, 159, 0};       // orange
inline const QColor kStrictThreshold{200, 30, 30};  // the treaty's line
inline const QColor kReferenceLine{120, 120, 120};  // 10^25, 10^26 ... guides
inline const QColor kComparison{100, 100, 100};     // faint other presets
inline const QColor kTargets[] = {{0, 114, 178}, {213, 94, 0}, {0, 158, 115}};
inline const QColor kComputeRule{86, 180, 233};     // sky blue: the CCC threshold
inline const QColor kMemoryRule{230, 159, 0};       // orange: a memory threshold
inline const QColor kCaughtRow{255, 226, 214};      // table rows a threshold catches
inline const QColor kFlatMode{0, 114, 178};         // flat DiLoCo runs
inline const QColor kPipelineMode{204, 121, 167};   // PP-Group runs
inline const QColor kBestRow{255, 240, 200};        // the best candidate's table row
inline const QColor kBestCandidate{230, 159, 0};    // orange: the search's best size
inline const QColor kDeploymentProfile{86, 180, 233}; // sky blue: network profiles
inline const QColor kRunLengthLimit{117, 112, 179};   // the longest sensible run
inline const QColor kTrainingDays{0, 114, 178};     // blue: the planner's training time
inline const QColor kComputeBlock{0, 158, 115};     // bluish green: compute between syncs
inline const QColor kWanSync{213, 94, 0};           // vermillion: the WAN sync
inline const QColor kRegionalSync{230, 159, 0};     // orange: regional syncs

} // namespace dtx::ui::colors
