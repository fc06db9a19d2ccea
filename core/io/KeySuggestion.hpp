#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dtx {

// The candidate closest to a misspelt key by edit distance, or empty when
// none is close enough to be a plausible typo.
std::string nearestKey(std::string_view key, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or an empty string.
std::string didYouMean(std::string_view key, const std::vector<std::string>& candidates);

// "'a', 'b', 'c'": the valid choices, as error messages list them.
std::string quotedNames(const std::vector<std::string>& names);

} // namespace dtx
