#include "LossGap.hpp"

#include "Chinchilla.hpp"
#include "Constants.hpp"
#include "Evaluation.hpp"

#include <cmath>

namespace dtx {

std::optional<LossComparison> lossComparison(const Evaluation& e)
{
    if (!(e.tokens > 0) || !(e.paramsB > 0))
        return std::nullopt;
    LossComparison c;
    const double params = e.paramsB * kParamsPerBillion;
    c.lossSynchronous = chinchillaLoss(params, e.tokens);
    c.predictedLoss = chinchillaLoss(params, e.eta * e.tokens);
    c.lossGap = c.predictedLoss / c.lossSynchronous - 1.0;
    c.replicas = e.hierarchical ? e.hierarchical->groups
                 : e.pipeline   ? e.pipeline->groups
                                : e.nodes;
    c.dilocoLawGap = std::pow(c.replicas, kDilocoLawReplicaExponent) - 1.0;
    c.dilocoLawExtrapolated = params > kDilocoLawMaxParams || c.replicas > kDilocoLawMaxReplicas;
    return c;
}

} // namespace dtx
