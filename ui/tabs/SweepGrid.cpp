#include "SweepGrid.hpp"

#include <cmath>

namespace dtx::ui {

QVector<double> linearGrid(double from, double to, int points)
{
    QVector<double> grid(points);
    for (int i = 0; i < points; ++i)
        grid[i] = from + (to - from) * i / (points - 1);
    grid.back() = to;
    return grid;
}

QVector<double> logGrid(double from, double to, int points)
{
    QVector<double> grid(points);
    for (int i = 0; i < points; ++i)
        grid[i] = from * std::pow(to / from, double(i) / (points - 1));
    grid.front() = from;
    grid.back() = to;
    return grid;
}

QVector<double> logIntegerGrid(double from, double to, int points)
{
    const double available = std::floor(to) - std::ceil(from) + 1;
    // Rounding merges points at the low end; ask for more until enough stay.
    for (int asked = points;; asked += asked / 4) {
        QVector<double> grid;
        grid.reserve(asked);
        for (double value : logGrid(from, to, asked)) {
            const double whole = std::round(value);
            if (grid.isEmpty() || whole > grid.back())
                grid.append(whole);
        }
        if (grid.size() >= points || grid.size() >= available)
            return grid;
    }
}

} // namespace dtx::ui
