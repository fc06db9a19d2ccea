#include "UniformStream.hpp"

#include <random>

namespace dtx {

double uniformFromBits(std::uint64_t bits)
{
    constexpr double kTwoToThe53 = 9007199254740992.0;
    return (static_cast<double>(bits >> 11) + 0.5) / kTwoToThe53;
}

std::vector<double> drawUniforms(std::uint64_t seed, std::size_t count)
{
    std::mt19937_64 engine(seed);
    std::vector<double> uniforms(count);
    for (double& u : uniforms)
        u = uniformFromBits(engine());
    return uniforms;
}

} // namespace dtx
