#include "KeySuggestion.hpp"

#include <algorithm>
#include <cstddef>

namespace dtx {
namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

std::string nearestKey(std::string_view key, const std::vector<std::string>& candidates)
{
    std::string best;
    std::size_t bestDistance = 0;
    for (const std::string& candidate : candidates) {
        const std::size_t distance = editDistance(key, candidate);
        if (best.empty() || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // More than about a third of the key changed is no longer a typo.
    if (best.empty() || bestDistance * 3 > std::max<std::size_t>(key.size(), 3))
        return {};
    return best;
}

std::string didYouMean(std::string_view key, const std::vector<std::string>& candidates)
{
    const std::string nearest = nearestKey(key, candidates);
    return nearest.empty() ? std::string() : " (did you mean '" + nearest + "'?)";
}

std::string quotedNames(const std::vector<std::string>& names)
{
    std::string joined;
    for (const std::string& name : names)
        joined += (joined.empty() ? "'" : ", '") + name + "'";
    return joined;
}

} // namespace dtx
