#include "SweepGrid.hpp"

#include <cmath>

namespace dtx {

std::vector<double> sweepValues(double from, double to, int count, bool logarithmic, bool whole)
{
    std::vector<double> values;
    values.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const double t = count == 1 ? 0.0 : static_cast<double>(i) / (count - 1);
        double value = logarithmic ? std::exp(std::log(from) + t * (std::log(to) - std::log(from)))
                                   : from + t * (to - from);
        if (i == count - 1 && count > 1)
            value = to; // the exact end point despite rounding in the steps
        if (whole)
            value = std::round(value);
        if (whole && !values.empty() && values.back() == value)
            continue; // rounding made a duplicate
        values.push_back(value);
    }
    return values;
}

std::vector<double> linearGrid(double from, double to, int points)
{
    return sweepValues(from, to, points, false, false);
}

std::vector<double> logGrid(double from, double to, int points)
{
    return sweepValues(from, to, points, true, false);
}

std::vector<double> logIntegerGrid(double from, double to, int points)
{
    const double available = std::floor(to) - std::ceil(from) + 1;
    // Rounding merges points at the low end; ask for more until enough stay.
    for (int asked = points;; asked += asked / 4) {
        std::vector<double> grid = sweepValues(from, to, asked, true, true);
        if (int(grid.size()) >= points || double(grid.size()) >= available)
            return grid;
    }
}

} // namespace dtx
