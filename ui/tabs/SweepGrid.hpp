#pragma once

#include <QVector>

// Sample points for the explorer's curves. Every curve has at least
// kCurvePoints points (issue 3's benchmark condition), spread evenly on the
// axis the plot uses.
namespace dtx::ui {

inline constexpr int kCurvePoints = 400;

QVector<double> linearGrid(double from, double to, int points = kCurvePoints);
QVector<double> logGrid(double from, double to, int points = kCurvePoints);
// Distinct whole numbers from `from` to `to`, log-spaced, at least `points`
// of them when the range holds that many (node counts).
QVector<double> logIntegerGrid(double from, double to, int points = kCurvePoints);

} // namespace dtx::ui
