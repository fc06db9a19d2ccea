#pragma once

#include "CliCommon.hpp"
#include "MonteCarlo.hpp"

#include <optional>

// The options the analyses share (CLI.md "Analyses"); internal to app/cli.
namespace dtx::cli {

// --samples, --seed, --profile and --fit, each checked; a bad value is an
// input error naming the option.
std::optional<UncertaintyOptions> uncertaintyOptions(const CommandContext& context,
                                                     int* exitCode);

// --fit (the scaling law), applied to the scenario's hooks.
bool applyScalingLawFit(const CommandContext& context, Scenario* scenario, int* exitCode);

// KEY=FROM:TO[:STEPS[:log]] of --vary: the key and its values (whole-number
// keys rounded), or an input error naming the option.
struct VaryAxis {
    std::string key;
    std::vector<double> values;
};
std::optional<VaryAxis> parseVaryAxis(const CommandContext& context, const QString& spec,
                                      int* exitCode);

} // namespace dtx::cli
