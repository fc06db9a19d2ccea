#pragma once

// Slider ranges the planner's inputs and the Training run tab's sweeps
// share, so the planned node count and bandwidth lie on the swept curves.
namespace dtx::ui {

inline constexpr double kPlannerSliderMaxNodes = 10000;
inline constexpr double kPlannerSliderMinBandwidthMbps = 1;
inline constexpr double kPlannerSliderMaxBandwidthMbps = 1e5;

} // namespace dtx::ui
