#pragma once

// Named network conditions of MODEL.md §11, shared by the report's
// sensitivity tables and the explorer's deployment-profile chooser. The
// labels are translated in the explorer under the context "dtx::NetworkProfiles".
#include "Translatable.hpp"

namespace dtx {

struct LatencyScenario {
    const char* label;
    double rttMs;
};

// Measured round trips (Azure, AWS, Verizon and Epsilon latency tables).
inline constexpr LatencyScenario kLatencyScenarios[] = {
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Same cloud region"), 2},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Same continent (EU)"), 20},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Continental US"), 65},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Transatlantic"), 75},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Transpacific"), 105},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "US East–Asia"), 230},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Global worst-case"), 340},
};

// Where the nodes sit, as a bandwidth and a round trip together.
struct DeploymentProfile {
    const char* label;
    double bandwidthMbps;
    double rttMs;
};

inline constexpr DeploymentProfile kDeploymentProfiles[] = {
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Colocated (same metro)"), 1000, 5},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Same country (US)"), 500, 35},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Continental (US coasts)"), 100, 65},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Continental (EU)"), 100, 20},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Transatlantic"), 100, 75},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Transpacific"), 50, 105},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Global (adversarial)"), 25, 230},
    {QT_TRANSLATE_NOOP("dtx::NetworkProfiles", "Global worst-case"), 10, 340},
};

// A run is compute-bound while eta > 0.5 (MODEL.md §11): past that it
// spends most of its time waiting on the network.
inline constexpr double kCommBoundEta = 0.5;

} // namespace dtx
