#pragma once

// The Chinchilla scaling law as refitted by Besiroglu et al. 2024
// (arXiv:2404.10102), and the "Chinchilla efficiency" that turns raw compute
// into quality-adjusted compute (MODEL.md §3).
namespace dtx {

inline constexpr double kChinchillaTokensPerParam = 25.6;

// L(N, D) = E + A / N^a + B / D^b with a compute-optimal D = k N.
struct ChinchillaFit {
    double E = 0;
    double A = 0;
    double a = 0;
    double B = 0;
    double b = 0;
    double tokensPerParam = 0; // k

    ChinchillaFit withExponentShift(double delta) const
    {
        ChinchillaFit shifted = *this;
        shifted.a += delta;
        shifted.b += delta;
        return shifted;
    }
    bool operator==(const ChinchillaFit&) const = default;
};

// Besiroglu et al. 2024, Table 2 (refit of Hoffmann et al. 2022, Approach
// 3): the model's law. Hoffmann et al. 2022, Approach 3 (eq. 10, k = 20):
// the discrete alternative of ANALYSES.md A1.
inline constexpr ChinchillaFit kBesiroglu2024Fit{1.8172, 482.01, 0.3478, 2085.43, 0.3658,
                                                 kChinchillaTokensPerParam};
inline constexpr ChinchillaFit kHoffmann2022Fit{1.69, 406.4, 0.3392, 410.7, 0.2849, 20.0};

// L(N, D) = E + A / N^a + B / D^b; +inf when N or D is not positive.
double chinchillaLoss(double params, double tokens, const ChinchillaFit& fit = kBesiroglu2024Fit);

struct ChinchillaAllocation {
    double params = 0;
    double tokens = 0;
};

// Compute-optimal N and D for a budget C (FLOP).
ChinchillaAllocation chinchillaOptimalAllocation(double computeFlop,
                                                 const ChinchillaFit& fit = kBesiroglu2024Fit);

// L_opt(C) = L(N_opt(C), D_opt(C)); strictly decreasing in C.
double chinchillaOptimalLoss(double computeFlop, const ChinchillaFit& fit = kBesiroglu2024Fit);

// The compute a compute-optimal run would need to reach L(N, D) × m, as a
// fraction of C (capped at 1). The solution is sought in [1e10, 10 C].
// m > 1 is R5's replica loss multiplier ("chin(N, D, C, m)").
double chinchillaEfficiency(double params, double tokens, double computeFlop,
                            double lossMultiplier = 1.0,
                            const ChinchillaFit& fit = kBesiroglu2024Fit);

// R5's pair at once: chi = chin(N, D, C, 1) and chi_full = chin(N, D, C, m).
// L(N, D) is computed once and the second root starts from the first, so
// the pair costs little more than one (REVISION-2026-04.md R5). chi_full
// may use another fit (ANALYSES.md A1 #9 moves E only there).
struct ChinchillaEfficiencies {
    double withoutPenalty = 1; // chi
    double withPenalty = 1;    // chi_full
};
ChinchillaEfficiencies chinchillaEfficiencies(double params, double tokens, double computeFlop,
                                              double lossMultiplier,
                                              const ChinchillaFit& fit = kBesiroglu2024Fit,
                                              const ChinchillaFit& fullFit = kBesiroglu2024Fit);

} // namespace dtx
