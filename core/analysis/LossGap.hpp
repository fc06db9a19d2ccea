#pragma once

#include <optional>

// ANALYSES.md G2, what mino98's calculator shows: the loss of the run
// against the same model trained synchronously (the model's eta read as
// "same model, eta × tokens", as in C), beside the gap the DiLoCo scaling
// law of Charles et al. 2025 predicts for the replica count. The two laws
// were fitted on different data: only their gaps compare, never their
// absolute losses.
namespace dtx {

struct Evaluation;

// L = 19.226 · N^−0.0985 · M^0.0116, fitted on 35 M–2.4 B parameters, M ≤ 8.
inline constexpr double kDilocoLawReplicaExponent = 0.0116;
inline constexpr double kDilocoLawMaxParams = 2.4e9;
inline constexpr double kDilocoLawMaxReplicas = 8;

struct LossComparison {
    double lossSynchronous = 0; // L(P, D)
    double predictedLoss = 0;   // L(P, eta D)
    double lossGap = 0;         // predicted / synchronous − 1
    double replicas = 1;        // M: nodes (flat, MoE), groups (hierarchical, PP-Group)
    double dilocoLawGap = 0;    // M^0.0116 − 1
    bool dilocoLawExtrapolated = false; // P > 2.4 B or M > 8
};

// Empty for a result without tokens.
std::optional<LossComparison> lossComparison(const Evaluation& evaluation);

} // namespace dtx
