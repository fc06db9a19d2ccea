#include "PlannerSummary.hpp"

#include "CoreTerms.hpp"

#include "Constants.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"

#include <QLabel>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

QLabel* wrappingLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString colored(const QColor& color, const QString& text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(color.darker(130).name(), text.toHtmlEscaped());
}

// What limits the run, in a sentence with both times: the example of
// MODEL.md §13 is "Network-bound: each sync takes 48 min, the compute block
// between syncs only 19 min".
QString bottleneckSentence(const PlannerInputs& in, const PlannerResult& r)
{
    const bool network = r.bottleneck == Bottleneck::Network;
    const bool streaming = in.algorithm.streaming;
    const QString block = formatSeconds(r.computeBlockSeconds);
    const QString sync = formatSeconds(r.globalSyncSeconds);
    if (r.mode == PlannerMode::PipelineWan)
        return network ? PlannerSummary::tr(
                   "Network-bound: the model does not fit one node and there are too few nodes "
                   "for two pipelines, so one pipeline runs over the WAN; passing activations "
                   "between its stages outlasts the computing.")
                       : PlannerSummary::tr(
                           "Compute-bound: the model does not fit one node and there are too few "
                           "nodes for two pipelines, so one pipeline runs over the WAN; its "
                           "computing outlasts passing activations between stages.");
    if (network) {
        const QString sentence =
            r.mode == PlannerMode::Hierarchical
                ? PlannerSummary::tr("Network-bound: each WAN sync takes %1, the compute between "
                                     "WAN syncs only %2.")
                      .arg(sync, block)
                : PlannerSummary::tr("Network-bound: each sync takes %1, the compute block "
                                     "between syncs only %2.")
                      .arg(sync, block);
        return sentence + u' '
               + (streaming
                      ? PlannerSummary::tr("Streaming overlaps them, so the sync sets the pace.")
                      : PlannerSummary::tr("Without streaming the two add up."));
    }
    return PlannerSummary::tr("Compute-bound: the compute block between syncs takes %1, each "
                              "sync only %2.")
               .arg(block, sync)
           + u' '
           + (streaming ? PlannerSummary::tr("Streaming hides the sync completely.")
                        : PlannerSummary::tr("Without streaming the sync still adds its time to "
                                             "every block."));
}

// The mode under its planner-file name, with what it means for this run.
QString modeDescription(const PlannerInputs& in, const PlannerResult& r)
{
    const QString name = CoreTerms::plannerModeTitle(r.mode);
    QString mode;
    switch (r.mode) {
    case PlannerMode::Flat:
        mode = PlannerSummary::tr("%1: every node is one DiLoCo replica").arg(name);
        break;
    case PlannerMode::Hierarchical:
        mode = PlannerSummary::tr("%1: groups of %Ln node(s) sync %2 times per WAN sync", nullptr,
                                  pluralCount(in.hierarchy.nodesPerGroup))
                   .arg(name, formatCount(in.hierarchy.regionalSteps));
        break;
    case PlannerMode::PipelineDiloco:
        mode = PlannerSummary::tr("%1: %2 pipelines of %3 stages (the model does not fit one node)")
                   .arg(name, formatCount(r.pipelineGroups.value_or(0)),
                        formatCount(r.pipelineStages.value_or(0)));
        break;
    case PlannerMode::PipelineWan:
        mode = PlannerSummary::tr("%1: one pipeline of %2 stages over the WAN")
                   .arg(name, formatCount(r.pipelineStages.value_or(0)));
        break;
    }
    if (r.moe)
        mode += PlannerSummary::tr("; mixture of experts, %1 of %2 active, experts split: %3")
                    .arg(formatParamsB(in.model.activeParamsB), formatParamsB(in.model.paramsB),
                         CoreTerms::expertParallelismTitle(in.model.expertParallelism));
    return mode;
}

} // namespace

PlannerSummary::PlannerSummary(QWidget* parent)
    : QWidget(parent),
      headline_(wrappingLabel()),
      feasibility_(wrappingLabel()),
      bottleneck_(wrappingLabel()),
      details_(new QWidget),
      rows_(new QVBoxLayout(details_))
{
    headline_->setObjectName(QStringLiteral("plannerHeadline"));
    feasibility_->setObjectName(QStringLiteral("plannerFeasibility"));
    bottleneck_->setObjectName(QStringLiteral("plannerBottleneck"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    headline_->setFont(big);
    feasibility_->setTextFormat(Qt::RichText);
    QFont bold = font();
    bold.setBold(true);
    feasibility_->setFont(bold);

    rows_->setContentsMargins(0, 6, 0, 0);
    rows_->setSpacing(3);
    mode_ = addRow(tr("Mode"), QStringLiteral("mode"));
    days_ = addRow(tr("Before the efficiency penalty"), QStringLiteral("days_before_penalty"));
    step_ = addRow(tr("Inner step"), QStringLiteral("t_step_s"));
    block_ = addRow(tr("Compute block"), QStringLiteral("compute_block_s"));
    globalSync_ = addRow(tr("WAN sync"), QStringLiteral("global_sync_s"));
    regionalSync_ = addRow(tr("Regional sync"), QStringLiteral("regional_sync_s"));
    efficiency_ = addRow(tr("Efficiency"), QStringLiteral("efficiency"));
    quality_ = addRow(tr("Quality (model revision 2026-04)"), QStringLiteral("quality"));
    utilisation_ = addRow(tr("Global MFU / HFU"), QStringLiteral("global_mfu"));
    perNode_ = addRow(tr("Parameters per node"), QStringLiteral("per_node_params_b"));
    largest_ = addRow(tr("Largest model per node"), QStringLiteral("max_params_b"));
    runLength_ = addRow(tr("Maximum run length"), QStringLiteral("max_run_length_days"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(headline_);
    layout->addWidget(feasibility_);
    layout->addWidget(bottleneck_);
    layout->addWidget(details_);
    layout->addStretch();
}

QLabel* PlannerSummary::addRow(const QString& label, const QString& objectName)
{
    QLabel* row = wrappingLabel();
    row->setObjectName(objectName);
    row->setAccessibleName(label);
    row->setTextFormat(Qt::RichText);
    rows_->addWidget(row);
    return row;
}

void PlannerSummary::setRow(QLabel* row, const QString& value)
{
    row->setText(tr("<b>%1:</b> %2")
                     .arg(row->accessibleName().toHtmlEscaped(), value.toHtmlEscaped()));
}

void PlannerSummary::showResult(const PlannerInputs& in, const PlannerResult& r)
{
    // Beyond two years, days alone are hard to picture.
    constexpr double kYearsFromDays = 2 * kDaysPerYear;
    headline_->setText(r.days < kYearsFromDays
                           ? tr("Training takes %1").arg(formatDays(r.days))
                           : tr("Training takes %1 (%2 years)")
                                 .arg(formatDays(r.days),
                                      formatSignificant(r.days / kDaysPerYear, 3)));
    const QString limit = formatDays(r.maxRunLengthDays);
    if (r.feasible)
        showFeasibility(colors::kEfficiency,
                        tr("Finishes in %1, within the maximum run length of %2.")
                            .arg(formatDays(r.days), limit));
    else
        showFeasibility(colors::kWanSync,
                        tr("Too long: %1 exceeds the maximum run length of %2. A run started "
                           "later, on better hardware and software, would finish first.")
                            .arg(formatDays(r.days), limit));

    bottleneck_->setText(bottleneckSentence(in, r));

    setRow(mode_, modeDescription(in, r));
    setRow(days_, formatDays(r.daysBeforePenalty));
    setRow(step_, formatSeconds(r.stepSeconds));
    setRow(block_, formatSeconds(r.computeBlockSeconds));
    setRow(globalSync_, r.mode == PlannerMode::PipelineWan
                             ? tr("%1 moving activations per pipeline step")
                                   .arg(formatSeconds(r.globalSyncSeconds))
                             : formatSeconds(r.globalSyncSeconds));
    regionalSync_->setVisible(r.regionalSyncSeconds.has_value());
    setRow(regionalSync_, formatSeconds(r.regionalSyncSeconds.value_or(0)));
    setRow(efficiency_, in.assumptions.efficiencyPenalty
                             ? formatPercent(r.efficiency)
                             : tr("%1 (penalty off)").arg(formatPercent(r.efficiency)));
    // Under 2026-04 the efficiency is eta_H × q_c × q_act, and the run's
    // worth in quality-adjusted compute follows (R-planner).
    quality_->setVisible(r.quality.has_value());
    if (r.quality)
        setRow(quality_, tr("eta_H %1 × q_c %2 × q_act %3; replicas add %4 % to the loss, chi "
                            "%5, C_quality %6")
                             .arg(formatPercent(r.quality->syncIntervalEfficiency),
                                  formatPercent(r.quality->compressionQuality),
                                  formatPercent(r.quality->activationQuality),
                                  formatDecimal(r.quality->replicaLossPercent(), 2),
                                  formatPercent(r.quality->chi),
                                  formatFlop(r.quality->qualityComputeFlop)));
    setRow(utilisation_,
           tr("%1 / %2").arg(formatPercent(r.globalMfu), formatPercent(r.globalHfu)));
    setRow(perNode_, formatParamsB(r.perNodeParamsB));
    setRow(largest_, tr("%1 %2 · %3 %4 · %5 %6")
                          .arg(CoreTerms::precisionTitle(PlannerPrecision::Fp16),
                               formatParamsB(r.maxParamsBFp16),
                               CoreTerms::precisionTitle(PlannerPrecision::Fp8),
                               formatParamsB(r.maxParamsBFp8),
                               CoreTerms::precisionTitle(PlannerPrecision::Fp4),
                               formatParamsB(r.maxParamsBFp4)));
    const RunLengthInputs& run = in.runLength;
    setRow(runLength_,
           run.manualDays
               ? tr("%1, set by hand").arg(limit)
               : tr("%1, from growth of %2 orders of magnitude a year")
                     .arg(limit, formatDecimal(run.hardwareGrowthOom + run.softwareGrowthOom
                                                   + run.investmentGrowthOom,
                                               2)));
    bottleneck_->setVisible(true);
    details_->setVisible(true);
}

void PlannerSummary::showError(const QString& inputLabel, const QString& message)
{
    headline_->setText(tr("No plan"));
    showFeasibility(colors::kWanSync, tr("Check the input “%1”.").arg(inputLabel));
    bottleneck_->setText(message);
    details_->setVisible(false);
}

void PlannerSummary::showFeasibility(const QColor& color, const QString& text)
{
    feasibilityPlain_ = text;
    feasibility_->setText(colored(color, text));
}

QString PlannerSummary::headlineText() const
{
    return headline_->text();
}

QString PlannerSummary::feasibilityText() const
{
    return feasibilityPlain_;
}

QString PlannerSummary::bottleneckText() const
{
    return bottleneck_->text();
}

} // namespace dtx::ui
