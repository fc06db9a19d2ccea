#include "Revision.hpp"

#include <array>
#include <cstddef>

namespace dtx {
namespace {

constexpr std::array<std::string_view, 2> kRevisionNames = {"2026-02", "2026-04"};
constexpr std::array<std::string_view, 3> kStragglerModeNames = {"synchronous", "threshold",
                                                                 "relay"};

template <typename Enum, std::size_t N>
bool parseName(const std::array<std::string_view, N>& names, std::string_view text, Enum* value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == names[i]) {
            *value = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

} // namespace

std::string_view revisionName(Revision revision)
{
    return kRevisionNames[static_cast<std::size_t>(revision)];
}

bool parseRevision(std::string_view text, Revision* revision)
{
    return parseName(kRevisionNames, text, revision);
}

Revision otherRevision(Revision revision)
{
    return revision == Revision::Feb2026 ? Revision::Apr2026 : Revision::Feb2026;
}

std::string_view stragglerModeName(StragglerMode mode)
{
    return kStragglerModeNames[static_cast<std::size_t>(mode)];
}

bool parseStragglerMode(std::string_view text, StragglerMode* mode)
{
    return parseName(kStragglerModeNames, text, mode);
}

} // namespace dtx
