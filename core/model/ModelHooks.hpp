#pragma once

#include "Chinchilla.hpp"

#include <optional>

// The model's fixed assumptions as hooks (ANALYSES.md A1): multipliers and
// overrides that the uncertainty analyses move around MODEL.md's values.
// The defaults are neutral and reproduce MODEL.md (and REVISION-2026-04.md)
// bit for bit; no file or user input sets them.
namespace dtx {

struct ModelHooks {
    double mfuMultiplier = 1;          // #1 m_F: MFU × m_F, capped at 1
    double availability = 1;           // #2 u: the share of T_s spent training
    std::optional<double> compressionQuality; // #3 q_c instead of the table's
    std::optional<double> activationQuality;  // #4 q_act per stage boundary
    double alphaMultiplier = 1;        // #5 k_alpha
    double stragglerMultiplier = 1;    // #6 k_s on every log2 coefficient
    double replicaMultiplier = 1;      // #7 k_r (seed coefficient; R5's beta0)
    double exponentShift = 0;          // #8 delta on both Chinchilla exponents
    double irreducibleLossShift = 0;   // #9 E − the fit's E (chi_full only)
    double hierarchyExponent = 0.5;    // #10 x in H_eff = H_inner × H_reg^x
    ChinchillaFit fit = kBesiroglu2024Fit; // the scaling law (A1's alternative)

    // The fit every Chinchilla efficiency without a loss multiplier uses:
    // the exponents shifted, E unchanged (A1 #9: E cancels there).
    ChinchillaFit efficiencyFit() const { return fit.withExponentShift(exponentShift); }
    // The fit of R5's chi_full (a loss multiplier m ≠ 1): E moves as well.
    ChinchillaFit lossMultiplierFit() const
    {
        ChinchillaFit shifted = efficiencyFit();
        shifted.E += irreducibleLossShift;
        return shifted;
    }
};

} // namespace dtx
