#pragma once

namespace dtx::ui {

class PlotView;

// Labelled horizontal lines at 10²⁴ … 10²⁷ FLOP and at the treaty's Strict
// Threshold, for every plot whose y axis is training compute.
void addComputeGuides(PlotView* plot, double strictThresholdFlop);

} // namespace dtx::ui
