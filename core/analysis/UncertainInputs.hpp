#pragma once

#include "Distribution.hpp"
#include "ModelHooks.hpp"

#include <array>
#include <cstddef>
#include <string_view>

// ANALYSES.md A1: the ten uncertain inputs, their distributions around a
// scenario, and how a drawn value sets the model's hooks. The order of the
// enum is A1's row order, which is the order of the draws (A2).
namespace dtx {

struct Scenario;

enum class UncertainInput {
    Mfu,                 // #1 m_F
    Availability,        // #2 u
    CompressionQuality,  // #3 q_c
    ActivationQuality,   // #4 q_act per boundary (pp_diloco)
    Alpha,               // #5 k_alpha
    Straggler,           // #6 k_s
    ReplicaPenalty,      // #7 k_r
    ChinchillaExponents, // #8 delta
    ChinchillaE,         // #9 E
    HierarchyExponent,   // #10 x (hierarchical)
};
inline constexpr std::size_t kUncertainInputCount = 10;
inline constexpr std::array<UncertainInput, kUncertainInputCount> kUncertainInputs = {
    UncertainInput::Mfu,           UncertainInput::Availability,
    UncertainInput::CompressionQuality, UncertainInput::ActivationQuality,
    UncertainInput::Alpha,         UncertainInput::Straggler,
    UncertainInput::ReplicaPenalty, UncertainInput::ChinchillaExponents,
    UncertainInput::ChinchillaE,   UncertainInput::HierarchyExponent};

// Standard ranges, or the wide ones for MFU and the exponents (A1).
enum class UncertaintyProfile { Standard, Wide };
std::string_view uncertaintyProfileName(UncertaintyProfile profile); // "standard", "wide"
bool parseUncertaintyProfile(std::string_view text, UncertaintyProfile* profile);

// The scaling-law fit the analyses run under: the model's (Besiroglu 2024)
// or A1's discrete alternative (Hoffmann 2022).
enum class ScalingLawFit { Besiroglu2024, Hoffmann2022 };
std::string_view scalingLawFitName(ScalingLawFit fit); // "besiroglu", "hoffmann"
bool parseScalingLawFit(std::string_view text, ScalingLawFit* fit);
const ChinchillaFit& chinchillaFit(ScalingLawFit fit);

// CLI.md's input names ("mfu", "availability", …), an English label and
// where its range comes from (A1's "upstream basis").
std::string_view uncertainInputName(UncertainInput input);
const char* uncertainInputLabel(UncertainInput input);
const char* uncertainInputSource(UncertainInput input, UncertaintyProfile profile);

// Whether the input acts on the scenario's mode: #4 only in pp_diloco, #10
// only in hierarchical mode with at least two groups (A3's rows).
bool uncertainInputApplies(UncertainInput input, const Scenario& scenario);

// The input's distribution around the scenario (q_c and q_act read its
// tables; k_r its revision's replica model; E its fit).
Distribution uncertainDistribution(UncertainInput input, const Scenario& scenario,
                                   UncertaintyProfile profile);

// The hook value that leaves the model as MODEL.md has it (A3's baseline).
double neutralHookValue(UncertainInput input, const Scenario& scenario);

// Sets the hook of `input` to `value` (the distribution's own units: E as
// an absolute value, q as the quality itself).
void setHook(UncertainInput input, double value, const Scenario& scenario, ModelHooks* hooks);

} // namespace dtx
