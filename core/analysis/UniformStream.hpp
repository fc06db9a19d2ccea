#pragma once

#include <cstdint>
#include <vector>

// The one random stream of the Monte Carlo (ANALYSES.md A2):
// std::mt19937_64 seeded with the user's seed, each output x turned into
// u = ((x >> 11) + 0.5) / 2^53, strictly inside (0, 1). The standard fixes
// mt19937_64's outputs, so a seed gives the same numbers on every machine.
namespace dtx {

inline constexpr std::uint64_t kDefaultUncertaintySeed = 20260401;

double uniformFromBits(std::uint64_t bits);

// The first `count` uniforms of the stream for `seed`, in order.
std::vector<double> drawUniforms(std::uint64_t seed, std::size_t count);

} // namespace dtx
