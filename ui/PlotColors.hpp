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
inline const QColor kCurrent{0, 0, 0};              // this scenario's marker
inline const QColor kStrictThreshold{200, 30, 30};  // the treaty's line
inline const QColor kReferenceLine{120, 120, 120};  // 10^25, 10^26 ... guides
inline const QColor kComparison{100, 100, 100};     // faint other presets
inline const QColor kTargets[] = {{0, 114, 178}, {213, 94, 0}, {0, 158, 115}};

} // namespace dtx::ui::colors
