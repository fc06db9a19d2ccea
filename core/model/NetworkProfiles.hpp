#pragma once

// Named network conditions of MODEL.md §11, shared by the report's
// sensitivity tables and the explorer's deployment-profile chooser.
namespace dtx {

struct LatencyScenario {
    const char* label;
    double rttMs;
};

// Measured round trips (Azure, AWS, Verizon and Epsilon latency tables).
inline constexpr LatencyScenario kLatencyScenarios[] = {
    {"Same cloud region", 2},  {"Same continent (EU)", 20}, {"Continental US", 65},
    {"Transatlantic", 75},     {"Transpacific", 105},       {"US East–Asia", 230},
    {"Global worst-case", 340},
};

// Where the nodes sit, as a bandwidth and a round trip together.
struct DeploymentProfile {
    const char* label;
    double bandwidthMbps;
    double rttMs;
};

inline constexpr DeploymentProfile kDeploymentProfiles[] = {
    {"Colocated (same metro)", 1000, 5}, {"Same country (US)", 500, 35},
    {"Continental (US coasts)", 100, 65}, {"Continental (EU)", 100, 20},
    {"Transatlantic", 100, 75},           {"Transpacific", 50, 105},
    {"Global (adversarial)", 25, 230},    {"Global worst-case", 10, 340},
};

// A run is compute-bound while eta > 0.5 (MODEL.md §11): past that it
// spends most of its time waiting on the network.
inline constexpr double kCommBoundEta = 0.5;

} // namespace dtx
