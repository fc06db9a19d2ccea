#pragma once

#include <QVector>

namespace dtx::ui {

class PlotView;

// Draws the maximum run length across a log-log plot of training days: a
// dashed line with a legend entry, its value as a label at the end and side
// of the line that the curve leaves free, and a band above the data kept
// clear for the legend in the upper right corner (curves of training time fall to the right but may
// stay high all the way). Call after the curves and markers are added, so
// the legend's size is known; `x` and `days` are the plot's main curve.
void addRunLengthLimitLine(PlotView* plot, const QVector<double>& x, const QVector<double>& days,
                           double maxDays);

} // namespace dtx::ui
