#pragma once

#include "DilocoModes.hpp"

#include <vector>

// The one way dtx spreads an input over a range: the points of `dtx sweep
// --vary` and of every curve in the explorer, and the evaluations along
// them.
namespace dtx {

// Every curve of the explorer has at least this many points.
inline constexpr int kCurvePoints = 400;

// `count` values from `from` to `to`, evenly or geometrically spaced, the
// ends exact; whole numbers are rounded and repeats dropped (so fewer may
// come back).
std::vector<double> sweepValues(double from, double to, int count, bool logarithmic, bool whole);

std::vector<double> linearGrid(double from, double to, int points = kCurvePoints);
std::vector<double> logGrid(double from, double to, int points = kCurvePoints);
// Distinct whole numbers from `from` to `to`, log-spaced, at least `points`
// of them when the range holds that many (node counts).
std::vector<double> logIntegerGrid(double from, double to, int points = kCurvePoints);

// The end of a swept range: the usual one, or beyond it far enough to show
// `value` (a file's 50,000 nodes on a plot that usually stops at 10,000)
// with some room on a log axis.
inline double sweepEndCovering(double usualEnd, double value)
{
    return value * 1.5 > usualEnd ? value * 1.5 : usualEnd;
}

// One point of a sweep that evaluated.
struct SweepPoint {
    double x;
    Evaluation evaluation;
};

// Evaluates `base` with `set(scenario, x)` applied for each x. Points that
// cannot be evaluated (too few pipeline groups, say) are left out: no
// point, rather than a zero.
template <typename Set>
std::vector<SweepPoint> sweepScenario(Scenario base, const std::vector<double>& xs, Set set)
{
    std::vector<SweepPoint> points;
    points.reserve(xs.size());
    for (const double x : xs) {
        set(base, x);
        EvaluationOutcome outcome = evaluate(base);
        if (outcome.evaluation)
            points.push_back({x, std::move(*outcome.evaluation)});
    }
    return points;
}

} // namespace dtx
