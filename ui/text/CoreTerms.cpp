#include "CoreTerms.hpp"

#include "Format.hpp"

#include <QLocale>

namespace dtx::ui {
namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

// The categories of resources/hardware.json's collateral systems.
struct CategoryTitle {
    const char* category;
    const char* title;
};
constexpr CategoryTitle kCategoryTitles[] = {
    {"Consumer", QT_TRANSLATE_NOOP("dtx::ui::CoreTerms", "Consumer")},
    {"Research", QT_TRANSLATE_NOOP("dtx::ui::CoreTerms", "Research")},
    {"Cloud", QT_TRANSLATE_NOOP("dtx::ui::CoreTerms", "Cloud")},
    {"Scientific", QT_TRANSLATE_NOOP("dtx::ui::CoreTerms", "Scientific")},
    {"Commercial", QT_TRANSLATE_NOOP("dtx::ui::CoreTerms", "Commercial")},
};

} // namespace

QString CoreTerms::modeTitle(Mode mode)
{
    switch (mode) {
    case Mode::Flat:
        return tr("Flat streaming DiLoCo");
    case Mode::Hierarchical:
        return tr("Hierarchical DiLoCo");
    case Mode::Moe:
        return tr("MoE with expert parallelism");
    case Mode::PipelineDiloco:
        return tr("PP-Group: pipeline groups + DiLoCo");
    }
    return {};
}

QString CoreTerms::plannerModeTitle(PlannerMode mode)
{
    switch (mode) {
    case PlannerMode::Flat:
        return tr("Flat DiLoCo");
    case PlannerMode::Hierarchical:
        return tr("Hierarchical DiLoCo");
    case PlannerMode::PipelineDiloco:
        return tr("PP-Group (pipeline groups + DiLoCo)");
    case PlannerMode::PipelineWan:
        return tr("One pipeline over the WAN");
    }
    return {};
}

QString CoreTerms::precisionTitle(PlannerPrecision precision)
{
    const std::string_view name = plannerPrecisionName(precision);
    return QString::fromUtf8(name.data(), qsizetype(name.size())).toUpper();
}

QString CoreTerms::qualityTitle(QualityScenario quality)
{
    switch (quality) {
    case QualityScenario::None:
        return tr("none (no quality loss)");
    case QualityScenario::Optimistic:
        return tr("optimistic");
    case QualityScenario::Expected:
        return tr("expected");
    case QualityScenario::Conservative:
        return tr("conservative");
    }
    return {};
}

QString CoreTerms::revisionTitle(Revision revision)
{
    switch (revision) {
    case Revision::Feb2026:
        return tr("2026-02 (seed model)");
    case Revision::Apr2026:
        return tr("2026-04 (April revision)");
    }
    return {};
}

QString CoreTerms::stragglerModeTitle(StragglerMode mode)
{
    switch (mode) {
    case StragglerMode::Synchronous:
        return tr("synchronous (wait for the slowest)");
    case StragglerMode::Threshold:
        return tr("threshold (drop late nodes)");
    case StragglerMode::Relay:
        return tr("relay (tree hides most delay)");
    }
    return {};
}

QString CoreTerms::networkLabel(const char* label)
{
    return QCoreApplication::translate("dtx::NetworkProfiles", label);
}

QStringList CoreTerms::expertParallelismTitles()
{
    return {tr("none"), tr("regional"), tr("global")};
}

QString CoreTerms::expertParallelismTitle(ExpertParallelism parallelism)
{
    return expertParallelismTitles().value(int(parallelism));
}

QStringList CoreTerms::stragglerMitigationTitles()
{
    return {tr("none"), tr("threshold"), tr("redundancy")};
}

QString CoreTerms::categoryTitle(const std::string& category)
{
    for (const CategoryTitle& known : kCategoryTitles)
        if (category == known.category)
            return tr(known.title);
    return QString::fromStdString(category);
}

QString CoreTerms::inputErrorText(const InputError& error)
{
    switch (error.problem) {
    case InputProblem::NotFinite:
        return tr("must be a finite number");
    case InputProblem::OutOfRange:
        return error.lowInclusive
                   ? tr("is %1; it must be from %2 to %3")
                         .arg(number(error.value), number(error.low), number(error.high))
                   : tr("is %1; it must be greater than %2 and at most %3")
                         .arg(number(error.value), number(error.low), number(error.high));
    case InputProblem::NotWhole:
        return tr("is %1; it must be a whole number").arg(number(error.value));
    case InputProblem::ModelTooLargeForNode:
        return tr("is %1 B, but at most %2 B fit on one node; use PP-Group mode for larger models")
            .arg(number(error.value), number(error.high));
    case InputProblem::ModelFitsOneNode:
        return tr("the model fits on one node; PP-Group mode needs a model larger than one node "
                  "(use flat mode)");
    case InputProblem::TooFewPipelineGroups:
        return tr("PP-Group mode needs at least two pipeline groups of %Ln node(s) each", nullptr,
                  pluralCount(error.value));
    case InputProblem::GrowthTooSlow:
        return tr("the growth rates sum to %1 orders of magnitude a year; the sum must be at "
                  "least %2 unless a maximum run length is set")
            .arg(number(error.value), number(error.low));
    case InputProblem::NotInRevision:
        return tr("is an input of model revision 2026-04 only; under 2026-02 it keeps the seed "
                  "model's value");
    case InputProblem::FlatModeOnly:
        return tr("applies to flat mode only; the other modes choose the inner-step count "
                  "themselves");
    }
    return QString::fromStdString(error.message);
}

QString CoreTerms::metricTitle(UncertainMetric metric)
{
    switch (metric) {
    case UncertainMetric::Eta:
        return tr("eta (fraction of local compute)");
    case UncertainMetric::ComputeLocal:
        return tr("C_local (FLOP)");
    case UncertainMetric::ComputeQuality:
        return tr("C_quality (FLOP)");
    case UncertainMetric::ChinchillaEfficiency:
        return tr("Chinchilla efficiency");
    }
    return {};
}

QString CoreTerms::metricValue(UncertainMetric metric, double value)
{
    switch (metric) {
    case UncertainMetric::ComputeLocal:
    case UncertainMetric::ComputeQuality:
        return formatFlop(value);
    case UncertainMetric::Eta:
    case UncertainMetric::ChinchillaEfficiency:
        break;
    }
    return formatPercent(value);
}

} // namespace dtx::ui
