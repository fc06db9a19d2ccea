#include "UncertainInputs.hpp"

#include "Evaluation.hpp"
#include "Translatable.hpp"

#include <cmath>

namespace dtx {
namespace {

// Half the width of A1's E triangle: SE 0.03 × √6, the same SD (#8, #9).
constexpr double kIrreducibleLossHalfWidth = 0.0735;

struct InputText {
    std::string_view name;
    const char* label;
    const char* source;
};

// A1's table: names of CLI.md, labels, and the upstream basis of each range.
constexpr std::array<InputText, kUncertainInputCount> kInputText = {{
    {"mfu", QT_TRANSLATE_NOOP("dtx::UncertainInput", "MFU"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "MFU 30–45 % (Governance Analysis §5.1); 30–60 % and INTELLECT-1's "
                       "36.2–43.3 % (Simulator Documentation §1.3)")},
    {"availability", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Availability"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "16.9 of 20 peers active on average (Covenant-72B §1); >90 % effective "
                       "training time for Llama 3 (arXiv:2407.21783)")},
    {"compression_quality", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Compression quality"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "The conservative, expected and optimistic columns of the active "
                       "compression table (Simulator Documentation §4.6)")},
    {"activation_quality", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Activation quality"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "The conservative, expected and optimistic columns of the active "
                       "activation table (Compression Quality §6)")},
    {"alpha", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Sync-interval sensitivity α"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "α 0.05–0.06 rather than 0.08, 2–4 % at H = 200 (Conservative "
                       "Assumptions §1.2); the upper end mirrored")},
    {"straggler", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Straggler coefficient"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "An engineering estimate (Simulator Documentation §5.1), 5–15 % too "
                       "high at 50+ nodes (Conservative Assumptions §1.3); the upper end "
                       "mirrored")},
    {"replica_penalty", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Replica penalty"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "Seed: up to Epoch's 1.5× FLOP at 8 replicas, 22.2× the seed "
                       "(Simulator Documentation §4.7). 2026-04: β0 × 0.5–2, a project "
                       "choice for a weakly calibrated fit (§10.9)")},
    {"chinchilla_exponents", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Chinchilla exponents"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "a and b moved together; SE 0.02, 95 % CI a ∈ [0.31, 0.39] (Scaling "
                       "Law Uncertainty §1, §3); wide: a ∈ [0.20, 0.48], Ruan et al. 2025")},
    {"chinchilla_e", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Irreducible loss E"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "SE 0.03 (Scaling Law Uncertainty §1); acts only through the replica "
                       "loss multiplier")},
    {"hierarchy_exponent", QT_TRANSLATE_NOOP("dtx::UncertainInput", "Hierarchy exponent x"),
     QT_TRANSLATE_NOOP("dtx::UncertainInput",
                       "H_eff = H_inner × H_reg^x with x 0.5–0.8 (Conservative Assumptions "
                       "§1.5)")},
}};

constexpr const char* kWideMfuSource = QT_TRANSLATE_NOOP(
    "dtx::UncertainInput",
    "Wide: MFU 20–60 % (MIRI hardware utilization data); Covenant-72B implies 24 %");

const InputText& textOf(UncertainInput input)
{
    return kInputText[static_cast<std::size_t>(input)];
}

// Tri(conservative, expected, optimistic) of a quality table at a ratio;
// the constant 1 when the scenario assumes no quality loss.
Distribution qualityDistribution(const QualityTable& table, double ratio,
                                 QualityScenario scenario)
{
    if (scenario == QualityScenario::None)
        return Distribution::constant(1.0);
    return Distribution::triangular(lookUpQuality(table, ratio, QualityScenario::Conservative),
                                    lookUpQuality(table, ratio, QualityScenario::Expected),
                                    lookUpQuality(table, ratio, QualityScenario::Optimistic));
}

} // namespace

std::string_view uncertaintyProfileName(UncertaintyProfile profile)
{
    return profile == UncertaintyProfile::Wide ? "wide" : "standard";
}

bool parseUncertaintyProfile(std::string_view text, UncertaintyProfile* profile)
{
    for (UncertaintyProfile p : {UncertaintyProfile::Standard, UncertaintyProfile::Wide}) {
        if (text == uncertaintyProfileName(p)) {
            *profile = p;
            return true;
        }
    }
    return false;
}

std::string_view scalingLawFitName(ScalingLawFit fit)
{
    return fit == ScalingLawFit::Hoffmann2022 ? "hoffmann" : "besiroglu";
}

bool parseScalingLawFit(std::string_view text, ScalingLawFit* fit)
{
    for (ScalingLawFit f : {ScalingLawFit::Besiroglu2024, ScalingLawFit::Hoffmann2022}) {
        if (text == scalingLawFitName(f)) {
            *fit = f;
            return true;
        }
    }
    return false;
}

const ChinchillaFit& chinchillaFit(ScalingLawFit fit)
{
    return fit == ScalingLawFit::Hoffmann2022 ? kHoffmann2022Fit : kBesiroglu2024Fit;
}

std::string_view uncertainInputName(UncertainInput input)
{
    return textOf(input).name;
}

const char* uncertainInputLabel(UncertainInput input)
{
    return textOf(input).label;
}

const char* uncertainInputSource(UncertainInput input, UncertaintyProfile profile)
{
    if (input == UncertainInput::Mfu && profile == UncertaintyProfile::Wide)
        return kWideMfuSource;
    return textOf(input).source;
}

bool uncertainInputApplies(UncertainInput input, const Scenario& scenario)
{
    switch (input) {
    case UncertainInput::ActivationQuality:
        return scenario.mode == Mode::PipelineDiloco;
    case UncertainInput::HierarchyExponent:
        return scenario.mode == Mode::Hierarchical
               && std::floor(static_cast<double>(scenario.nodes)
                             / scenario.hierarchy.nodesPerGroup)
                      >= 2;
    default:
        return true;
    }
}

Distribution uncertainDistribution(UncertainInput input, const Scenario& scenario,
                                   UncertaintyProfile profile)
{
    const bool wide = profile == UncertaintyProfile::Wide;
    switch (input) {
    case UncertainInput::Mfu:
        return wide ? Distribution::triangular(0.5, 1.0, 1.5)
                    : Distribution::triangular(0.75, 1.0, 1.125);
    case UncertainInput::Availability:
        return Distribution::triangular(0.85, 0.90, 1.0);
    case UncertainInput::CompressionQuality:
        return qualityDistribution(
            scenario.rules().compressionQuality(scenario.training.errorFeedback),
            scenario.training.compression, scenario.assumptions.quality);
    case UncertainInput::ActivationQuality:
        return qualityDistribution(*scenario.rules().activation,
                                   scenario.pipeline.activationCompression,
                                   scenario.assumptions.quality);
    case UncertainInput::Alpha:
        return Distribution::triangular(0.65, 1.0, 1.35);
    case UncertainInput::Straggler:
        return Distribution::triangular(0.4, 1.0, 1.6);
    case UncertainInput::ReplicaPenalty:
        return scenario.rules().replicaModel == ReplicaModel::LossMultiplier
                   ? Distribution::logUniform(0.5, 2.0)
                   : Distribution::logUniform(1.0, 22.2);
    case UncertainInput::ChinchillaExponents:
        return wide ? Distribution::uniform(-0.1478, 0.1322)
                    : Distribution::triangular(-0.049, 0.0, 0.049);
    case UncertainInput::ChinchillaE: {
        const double e = scenario.hooks.fit.E;
        return Distribution::triangular(e - kIrreducibleLossHalfWidth, e,
                                        e + kIrreducibleLossHalfWidth);
    }
    case UncertainInput::HierarchyExponent:
        return Distribution::uniform(0.5, 0.8);
    }
    return Distribution::constant(0);
}

double neutralHookValue(UncertainInput input, const Scenario& scenario)
{
    switch (input) {
    case UncertainInput::CompressionQuality:
        return scenario.compressionQuality();
    case UncertainInput::ActivationQuality:
        return lookUpQuality(*scenario.rules().activation, scenario.pipeline.activationCompression,
                             scenario.assumptions.quality);
    case UncertainInput::ChinchillaExponents:
        return 0.0;
    case UncertainInput::ChinchillaE:
        return scenario.hooks.fit.E;
    case UncertainInput::HierarchyExponent:
        return 0.5;
    default:
        return 1.0;
    }
}

void setHook(UncertainInput input, double value, const Scenario& scenario, ModelHooks* hooks)
{
    switch (input) {
    case UncertainInput::Mfu:
        hooks->mfuMultiplier = value;
        break;
    case UncertainInput::Availability:
        hooks->availability = value;
        break;
    case UncertainInput::CompressionQuality:
        hooks->compressionQuality = value;
        break;
    case UncertainInput::ActivationQuality:
        hooks->activationQuality = value;
        break;
    case UncertainInput::Alpha:
        hooks->alphaMultiplier = value;
        break;
    case UncertainInput::Straggler:
        hooks->stragglerMultiplier = value;
        break;
    case UncertainInput::ReplicaPenalty:
        hooks->replicaMultiplier = value;
        break;
    case UncertainInput::ChinchillaExponents:
        hooks->exponentShift = value;
        break;
    case UncertainInput::ChinchillaE:
        hooks->irreducibleLossShift = value - scenario.hooks.fit.E;
        break;
    case UncertainInput::HierarchyExponent:
        hooks->hierarchyExponent = value;
        break;
    }
}

} // namespace dtx
