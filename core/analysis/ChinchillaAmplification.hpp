#pragma once

#include "Chinchilla.hpp"

#include <vector>

// ANALYSES.md A4: how a small rise in loss turns into a large loss of
// compute. The improvable loss G = A N^−a + B D^−b is a small share of L for
// large models, so a loss multiplier m costs FLOP at the rate L / (ε G).
namespace dtx {

// The default user multiplier of A4's panel (revision beta0 at 72
// replicas, H = 200, rounded up).
inline constexpr double kDefaultAmplificationMultiplier = 1.016;

struct LossDecomposition {
    double params = 0;
    double tokens = 0;
    double loss = 0;          // L(N, D)
    double improvable = 0;    // G
    double share = 0;         // G / L
    double elasticity = 0;    // ε = (a A N^−a + b B D^−b) / (2 G)
    double amplification = 0; // L / (ε G)
};
LossDecomposition decomposeLoss(double params, double tokens,
                                const ChinchillaFit& fit = kBesiroglu2024Fit);

// A loss multiplier m on a run of N parameters and D tokens (C = 6 N D).
struct LossMultiplierEffect {
    double chi = 1;              // χ(m) = min(1, C' / 6ND), L_opt(C') = m L(N, D)
    double chiApproximation = 1; // (1 + (m − 1) L / G)^(−1/ε)
    double etaReplica = 1;       // χ(m) / χ(1)
    double effectiveParams = 0;  // N' = sqrt(C' / 6k)
};
LossMultiplierEffect lossMultiplierEffect(double params, double tokens, double multiplier,
                                          const ChinchillaFit& fit = kBesiroglu2024Fit);

// A4's table: models of 1, 10, 72, 250 and 1000 B at D = k N.
std::vector<LossDecomposition> amplificationTable(const ChinchillaFit& fit = kBesiroglu2024Fit);

// A4's panel: the table's sizes, the scenario's own N and D, and the 250 B
// model under other values of E and of (a, b), each with the effect of the
// loss multiplier m.
struct AmplificationRow {
    enum class Kind { Size, Scenario, IrreducibleLoss, Exponents };
    Kind kind = Kind::Size;
    ChinchillaFit fit;
    LossDecomposition loss;
    LossMultiplierEffect effect;
};
std::vector<AmplificationRow> amplificationPanel(double params, double tokens, double multiplier,
                                                 const ChinchillaFit& fit = kBesiroglu2024Fit);

} // namespace dtx
