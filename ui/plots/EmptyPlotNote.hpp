#pragma once

#include "Evaluation.hpp"

namespace dtx::ui {

class PlotView;

// A plot whose sweep produced no valid point says why in its middle (the
// scenario's own input error when it has one) instead of showing bare axes.
// Call after the curves are added and after clearAnnotations().
void addEmptyPlotNote(PlotView* plot, const EvaluationOutcome& outcome);

} // namespace dtx::ui
