#pragma once

#include <QVector>

namespace dtx::ui {

class PlotView;

// Draws the maximum run length across a log-log plot of training days: a
// dashed line with a legend entry and its value as a label (placed by the
// plot's layout rule). `x` and `days` are the plot's main curve.
void addRunLengthLimitLine(PlotView* plot, const QVector<double>& x, const QVector<double>& days,
                           double maxDays);

} // namespace dtx::ui
