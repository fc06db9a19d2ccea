#pragma once

// The Chinchilla scaling law as refitted by Besiroglu et al. 2024
// (arXiv:2404.10102), and the "Chinchilla efficiency" that turns raw compute
// into quality-adjusted compute (MODEL.md §3).
namespace dtx {

inline constexpr double kChinchillaTokensPerParam = 25.6;

// L(N, D) = E + A / N^a + B / D^b; +inf when N or D is not positive.
double chinchillaLoss(double params, double tokens);

struct ChinchillaAllocation {
    double params = 0;
    double tokens = 0;
};

// Compute-optimal N and D for a budget C (FLOP).
ChinchillaAllocation chinchillaOptimalAllocation(double computeFlop);

// L_opt(C) = L(N_opt(C), D_opt(C)); strictly decreasing in C.
double chinchillaOptimalLoss(double computeFlop);

// The compute a compute-optimal run would need to reach L(N, D) × m, as a
// fraction of C (capped at 1). The solution is sought in [1e10, 10 C].
// m > 1 is R5's replica loss multiplier ("chin(N, D, C, m)").
double chinchillaEfficiency(double params, double tokens, double computeFlop,
                            double lossMultiplier = 1.0);

// R5's pair at once: chi = chin(N, D, C, 1) and chi_full = chin(N, D, C, m).
// L(N, D) is computed once and the second root starts from the first, so
// the pair costs little more than one (REVISION-2026-04.md R5).
struct ChinchillaEfficiencies {
    double withoutPenalty = 1; // chi
    double withPenalty = 1;    // chi_full
};
ChinchillaEfficiencies chinchillaEfficiencies(double params, double tokens, double computeFlop,
                                              double lossMultiplier);

} // namespace dtx
