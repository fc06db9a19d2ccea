#pragma once

#include <string_view>

// Which published version of the evaluation model a scenario is evaluated
// under: the seed's MODEL.md (2026-02) or its authors' April revision
// (REVISION-2026-04.md). Every evaluation carries one.
namespace dtx {

enum class Revision { Feb2026, Apr2026 };

inline constexpr Revision kDefaultRevision = Revision::Feb2026;
inline constexpr Revision kAllRevisions[] = {Revision::Feb2026, Revision::Apr2026};

std::string_view revisionName(Revision revision); // "2026-02", "2026-04"
bool parseRevision(std::string_view text, Revision* revision);
// The revision that is not this one ("show the other revision").
Revision otherRevision(Revision revision);

// How the slowest of n nodes delays a synchronisation (R3): every node waits
// for all (synchronous), late nodes are dropped (threshold), or a relay tree
// hides most of the spread (relay). MODEL.md knows the first two, as
// `straggler: true/false`.
enum class StragglerMode { Synchronous, Threshold, Relay };

std::string_view stragglerModeName(StragglerMode mode); // "synchronous", "threshold", "relay"
bool parseStragglerMode(std::string_view text, StragglerMode* mode);

} // namespace dtx
