#include "Distribution.hpp"

#include <cmath>

namespace dtx {

double Distribution::quantile(double u) const
{
    switch (shape) {
    case Shape::Triangular: {
        if (high == low)
            return low;
        const double width = high - low;
        const double modeShare = (mode - low) / width; // F at the mode
        return u < modeShare ? low + std::sqrt(u * width * (mode - low))
                             : high - std::sqrt((1.0 - u) * width * (high - mode));
    }
    case Shape::LogUniform:
        return low * std::pow(high / low, u);
    case Shape::Uniform:
        return low + u * (high - low);
    }
    return low;
}

} // namespace dtx
