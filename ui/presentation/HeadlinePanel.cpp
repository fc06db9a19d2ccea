#include "HeadlinePanel.hpp"

#include "CoreTerms.hpp"

#include "Constants.hpp"
#include "Chinchilla.hpp"
#include "Countermeasures.hpp"
#include "Format.hpp"
#include "NodesForTarget.hpp"
#include "Document.hpp"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dtx::ui {
namespace {

QString modeDescription(Mode mode)
{
    switch (mode) {
    case Mode::Flat:
        return HeadlinePanel::tr("flat DiLoCo");
    case Mode::Hierarchical:
        return HeadlinePanel::tr("hierarchical DiLoCo");
    case Mode::Moe:
        return HeadlinePanel::tr("MoE DiLoCo");
    case Mode::PipelineDiloco:
        return HeadlinePanel::tr("PP-Group DiLoCo");
    }
    return {};
}

QString nodeName(const Scenario& scenario)
{
    return scenario.node.name.empty()
               ? HeadlinePanel::tr("%1 GPUs").arg(scenario.node.gpuCount)
               : QString::fromStdString(scenario.node.name);
}

// Room for this many lines from the start, so that a text that wraps one
// line more after a slider step does not resize every plot below it (each
// resize is a full replot: it made the slowest frames twice as slow).
void reserveLines(QLabel* label, int lines)
{
    // Half a line more: bold text and superscripts make some lines a few
    // pixels taller than others.
    const int lineSpacing = label->fontMetrics().lineSpacing();
    label->setMinimumHeight(lines * lineSpacing + lineSpacing / 2);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

} // namespace

HeadlinePanel::HeadlinePanel(Document* document, QWidget* parent)
    : QFrame(parent), document_(document), grid_(new QGridLayout), sentence_(new QLabel), targets_(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("headline"));
    QGridLayout* grid = grid_;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    addFigure(QStringLiteral("c_local"), tr("Local-equivalent compute C_local"),
              tr("Compute a single co-located cluster would need for the same result: "
                 "C_actual × eta."),
              0, 0);
    addFigure(QStringLiteral("c_quality"), tr("Quality-adjusted C_quality"),
              tr("C_local times the Chinchilla efficiency of the model size and token count."),
              0, 1);
    addFigure(QStringLiteral("eta"), tr("Efficiency eta"),
              tr("Fraction of the hardware's compute that counts, after synchronisation, "
                 "compression and replica losses."),
              0, 2);
    addFigure(QStringLiteral("cost"), tr("Hardware cost"),
              tr("Purchase price of every GPU in every node."), 0, 3);
    addFigure(QStringLiteral("params"), tr("Model size"),
              tr("Parameters trained (active parameters for MoE)."), 1, 0);
    addFigure(QStringLiteral("tokens"), tr("Training tokens"),
              tr("Tokens seen in the time budget, and their ratio to the Chinchilla-optimal "
                 "%1 tokens per parameter.")
                  .arg(formatDecimal(kChinchillaTokensPerParam, 1)),
              1, 1);
    addFigure(QStringLiteral("h"), tr("Inner steps H"),
              tr("Local steps between synchronisations, just enough to hide the sync behind "
                 "compute."),
              1, 2);
    addFigure(QStringLiteral("status"), tr("Treaty status of each node"),
              tr("Whether one node stays under the registration thresholds."), 1, 3);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);

    sentence_->setWordWrap(true);
    sentence_->setObjectName(QStringLiteral("sentence"));
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont sentenceFont = sentence_->font();
    sentenceFont.setPointSizeF(sentenceFont.pointSizeF() * 1.1);
    sentence_->setFont(sentenceFont);

    targets_->setWordWrap(true);
    targets_->setObjectName(QStringLiteral("targets"));
    targets_->setToolTip(tr("The fewest nodes of this kind, with every other input as set, whose "
                            "C_local reaches each target (MODEL.md §9), and what their GPUs cost."));

    reserveLines(sentence_, 2);
    reserveLines(targets_, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(sentence_);
    layout->addWidget(targets_);
    connect(document, &Document::evaluated, this, &HeadlinePanel::showOutcome);
    showOutcome();
}

void HeadlinePanel::addFigure(const QString& id, const QString& title, const QString& help,
                              int row, int column)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* titleLabel = new QLabel(title);
    auto* value = new QLabel;
    auto* detail = new QLabel;
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setObjectName(id);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = detail->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    titleLabel->setPalette(muted);
    detail->setPalette(muted);
    // Titles and details wrap so that four columns fit a laptop screen.
    titleLabel->setWordWrap(true);
    detail->setWordWrap(true);
    reserveLines(detail, 2);
    layout->addWidget(titleLabel);
    layout->addWidget(value);
    layout->addWidget(detail);
    box->setToolTip(help);
    box->setAccessibleName(title);
    grid_->addWidget(box, row, column);
    values_.insert(id, value);
    details_.insert(id, detail);
    titles_.insert(id, title);
    order_ << id;
}

void HeadlinePanel::setFigure(const QString& id, const QString& value, const QString& detail)
{
    values_.value(id)->setText(value);
    details_.value(id)->setText(detail);
}

QString HeadlinePanel::figureText(const QString& id) const
{
    const QLabel* label = values_.value(id);
    return label ? label->text() : QString();
}

QString HeadlinePanel::detailText(const QString& id) const
{
    const QLabel* label = details_.value(id);
    return label ? label->text() : QString();
}

QString HeadlinePanel::sentence() const
{
    return sentence_->text();
}

QString HeadlinePanel::targetsText() const
{
    return targets_->text();
}

void HeadlinePanel::showOutcome()
{
    const Scenario& s = document_->scenario();
    const EvaluationOutcome& outcome = document_->outcome();
    if (!outcome.ok()) {
        const QString why = CoreTerms::inputErrorText(outcome.error);
        const QString notApplicable = tr("not applicable");
        for (const QString& id : values_.keys())
            setFigure(id, notApplicable, tr("see the note below"));
        targets_->setText(tr("Fewest nodes to reach a target: not applicable to these inputs."));
        sentence_->setText(tr("<span style='color:#9b1c1c'><b>No result for these inputs:</b> "
                              "%1 (input <code>%2</code>).</span>")
                               .arg(why.toHtmlEscaped(),
                                    QString::fromStdString(outcome.error.key).toHtmlEscaped()));
        return;
    }
    const Evaluation& e = *outcome.evaluation;
    setFigure(QStringLiteral("c_local"), formatFlop(e.computeLocal),
              tr("%1 the Strict Threshold (%2)")
                  .arg(formatMultiple(e.thresholdMultiple), formatFlop(s.treaty.strictThresholdFlop)));
    setFigure(QStringLiteral("c_quality"), formatFlop(e.computeQuality),
              tr("Chinchilla efficiency %1").arg(formatPercent(e.chinchillaEfficiency)));
    setFigure(QStringLiteral("eta"), formatPercent(e.eta),
              tr("C_actual %1").arg(formatFlop(e.computeActual)));
    setFigure(QStringLiteral("cost"), formatUsd(e.costUsd),
              tr("%1 GPUs in %2 nodes").arg(formatCount(e.totalGpus), formatCount(e.nodes)));
    setFigure(QStringLiteral("params"),
              s.mode == Mode::Moe
                  ? tr("%1 active").arg(formatParamsB(e.paramsB))
                  : formatParamsB(e.paramsB),
              s.mode == Mode::Moe ? tr("of %1 in all experts").arg(formatParamsB(s.moe.totalParamsB))
                                  : tr("largest on one node: %1").arg(formatParamsB(e.maxParamsB)));
    setFigure(QStringLiteral("tokens"), formatTokens(e.tokens),
              tr("%1 the Chinchilla-optimal count").arg(formatMultiple(e.overtrainingRatio)));
    setFigure(QStringLiteral("h"), formatCount(e.innerSteps),
              tr("sync every %1 of compute").arg(formatSeconds(e.innerSteps * e.computeStepSeconds)));
    setFigure(QStringLiteral("status"),
              e.underThreshold ? tr("Unregistered") : tr("Must register"),
              tr("%1 H100-equivalents per node (limit %2)")
                  .arg(formatDecimal(e.h100EquivPerNode, 2),
                       formatSignificant(s.treaty.cccThresholdH100e, 3)));
    // A palette, not a style sheet: re-polishing on every evaluation costs
    // a millisecond of every slider step.
    QLabel* status = values_.value(QStringLiteral("status"));
    QPalette palette = status->palette();
    palette.setColor(QPalette::WindowText, e.underThreshold ? QColor(0x15803d) : QColor(0xb91c1c));
    status->setPalette(palette);

    const double months = s.training.years * kMonthsPerYear;
    const QString reach =
        e.thresholdMultiple >= 1
            ? tr("reach %1 the Strict Threshold").arg(formatMultiple(e.thresholdMultiple))
            : tr("reach only %1 of the Strict Threshold").arg(formatPercent(e.thresholdMultiple));
    const QString registration =
        e.underThreshold ? tr("no node needs registering") : tr("each node must be registered");
    sentence_->setText(tr("<b>%1 nodes of %2</b> (%3 over %4, %5 ms) %6 in %7 for %8; %9.")
                           .arg(formatCount(e.nodes), nodeName(s).toHtmlEscaped(),
                                modeDescription(s.mode), formatBandwidth(s.wan.bandwidthMbps),
                                formatSignificant(s.wan.latencyMs, 3), reach,
                                formatMonths(months), formatUsd(e.costUsd), registration));

    QStringList reached;
    for (const double target : kReferenceTargetsFlop) {
        const NodesForTargetResult result = nodesForTarget(s, target);
        reached << (result.reached
                        ? tr("%1: <b>%2 nodes</b> (%3)")
                              .arg(formatFlop(target), formatCount(double(result.nodes)),
                                   formatUsd(result.costUsd))
                        : tr("%1: not within %2 nodes")
                              .arg(formatFlop(target), formatCount(double(kMaxSearchNodes))));
    }
    targets_->setText(tr("Fewest nodes to reach %1.").arg(reached.join(QStringLiteral(" · "))));
}

} // namespace dtx::ui
