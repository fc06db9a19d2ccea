#include "HeadlineText.hpp"

#include "EvidenceText.hpp"
#include "LossGap.hpp"

#include "Chinchilla.hpp"
#include "Constants.hpp"
#include "CoreTerms.hpp"
#include "Countermeasures.hpp"
#include "Format.hpp"
#include "NodesForTarget.hpp"

namespace dtx::ui {
namespace {

QString modeDescription(Mode mode)
{
    switch (mode) {
    case Mode::Flat:
        return HeadlineText::tr("flat DiLoCo");
    case Mode::Hierarchical:
        return HeadlineText::tr("hierarchical DiLoCo");
    case Mode::Moe:
        return HeadlineText::tr("MoE DiLoCo");
    case Mode::PipelineDiloco:
        return HeadlineText::tr("PP-Group DiLoCo");
    }
    return {};
}

QString nodeName(const Scenario& scenario)
{
    return scenario.node.name.empty()
               ? HeadlineText::tr("%1 GPUs").arg(scenario.node.gpuCount)
               : QString::fromStdString(scenario.node.name);
}

QString revisionText(const Scenario& scenario)
{
    return QString::fromLatin1(revisionName(scenario.revision));
}

// "7.1× the Strict Threshold under 2026-04, 17.5× under 2026-02 (2.5× more)".
QString bothMultiples(const Scenario& s, const Evaluation& e, const OtherRevisionResult& other)
{
    const Evaluation& o = *other.outcome.evaluation;
    const double ratio = o.computeLocal / e.computeLocal;
    return HeadlineText::tr("%1 the Strict Threshold under %2, %3 under %4 (the %4 figure is %5 "
                            "this one)")
        .arg(formatMultiple(e.thresholdMultiple), revisionText(s),
             formatMultiple(o.thresholdMultiple), revisionText(other.scenario),
             formatMultiple(ratio));
}

QString fewestNodes(const Scenario& s, double target)
{
    const NodesForTargetResult result = nodesForTarget(s, target);
    return result.reached ? HeadlineText::tr("<b>%Ln node(s)</b> (%1)", nullptr,
                                             pluralCount(double(result.nodes)))
                                .arg(formatUsd(result.costUsd))
                          : HeadlineText::tr("not within %1 nodes")
                                .arg(formatCount(double(kMaxSearchNodes)));
}

} // namespace

QString HeadlineText::keyInputs(const Scenario& s)
{
    return tr("%Ln node(s) of %1, %2, %3, %4 ms", nullptr, pluralCount(double(s.nodes)))
        .arg(nodeName(s), modeDescription(s.mode), formatWanBandwidth(s.wan),
             formatSignificant(s.wan.latencyMs, 3));
}

std::vector<HeadlineFigure> HeadlineText::figures()
{
    return {
        {QStringLiteral("c_local"), tr("Local-equivalent compute C_local"),
         tr("Compute a single co-located cluster would need for the same result: C_actual × eta."), {}, {}},
        {QStringLiteral("c_quality"), tr("Quality-adjusted C_quality"),
         tr("C_local times the Chinchilla efficiency of the model size and token count. Under "
            "model revision 2026-04 that efficiency is called chi, and the replica penalty is a "
            "loss multiplier m: many replicas averaging reach the loss a single run would reach "
            "times m, and chi_full is the Chinchilla efficiency of that worse loss; "
            "eta_replica = chi_full / chi is the share of compute the replicas keep."),
         {}, {}},
        {QStringLiteral("eta"), tr("Efficiency eta"),
         tr("Fraction of the hardware's compute that counts, after synchronisation, "
            "compression and replica losses. Under 2026-04, eta = eta_pre (synchronisation and "
            "compression) × eta_replica, and C_throughput is the compute the run does."),
         {}, {}},
        {QStringLiteral("cost"), tr("Hardware cost"), tr("Purchase price of every GPU in every node."), {}, {}},
        {QStringLiteral("params"), tr("Model size"), tr("Parameters trained (active parameters for MoE)."), {}, {}},
        {QStringLiteral("tokens"), tr("Training tokens"),
         tr("Tokens seen in the time budget, and their ratio to the Chinchilla-optimal "
            "%1 tokens per parameter.")
             .arg(formatDecimal(kChinchillaTokensPerParam, 1)),
         {}, {}},
        {QStringLiteral("h"), tr("Inner steps H"),
         tr("Local steps between synchronisations, just enough to hide the sync behind compute. "
            "Under 2026-04 in flat mode: the duty cycle is the share of each outer step the WAN "
            "is busy (what an observer of the link would see), and GB per sync counts what one "
            "node sends and receives per synchronisation."),
         {}, {}},
        {QStringLiteral("status"), tr("Treaty status of each node"),
         tr("Whether one node stays under the registration thresholds."), {}, {}},
    };
}

Headline HeadlineText::describe(const Scenario& s, const EvaluationOutcome& outcome,
                               const OtherRevisionResult* other)
{
    if (other && !other->outcome.ok())
        other = nullptr;
    Headline h;
    h.figures = figures();
    const auto set = [&](const char* id, const QString& value, const QString& detail) {
        for (HeadlineFigure& figure : h.figures)
            if (figure.id == QLatin1String(id)) {
                figure.value = value;
                figure.detail = detail;
            }
    };
    if (!outcome.ok()) {
        const QString why = CoreTerms::inputErrorText(outcome.error);
        for (HeadlineFigure& figure : h.figures) {
            figure.value = tr("not applicable");
            figure.detail = tr("see the note below");
        }
        h.targets = tr("Fewest nodes to reach a target: not applicable to these inputs.");
        h.sentence = tr("<span style='color:#9b1c1c'><b>No result for these inputs:</b> "
                        "%1 (input <code>%2</code>).</span>")
                         .arg(why.toHtmlEscaped(),
                              QString::fromStdString(outcome.error.key).toHtmlEscaped());
        return h;
    }
    const Evaluation& e = *outcome.evaluation;
    h.ok = true;
    h.underThreshold = e.underThreshold;
    set("c_local", formatFlop(e.computeLocal),
        tr("%1 the Strict Threshold (%2)")
            .arg(formatMultiple(e.thresholdMultiple), formatFlop(s.treaty.strictThresholdFlop)));
    const bool lossMultiplier = s.rules().replicaModel == ReplicaModel::LossMultiplier;
    set("c_quality", formatFlop(e.computeQuality),
        lossMultiplier ? tr("chi %1; replicas raise the loss ×%2, which costs eta_replica %3")
                             .arg(formatPercent(e.chinchillaEfficiency),
                                  formatDecimal(e.lossMultiplier, 4), formatPercent(e.etaReplica))
                       : tr("Chinchilla efficiency %1").arg(formatPercent(e.chinchillaEfficiency)));
    set("eta", formatPercent(e.eta),
        lossMultiplier ? tr("C_throughput %1; %2 before the replica penalty")
                             .arg(formatFlop(e.computeActual), formatPercent(e.etaBeforeReplica))
                       : tr("C_actual %1").arg(formatFlop(e.computeActual)));
    set("cost", formatUsd(e.costUsd),
        tr("%1 in %2").arg(tr("%Ln GPU(s)", nullptr, pluralCount(e.totalGpus)),
                           tr("%Ln node(s)", nullptr, pluralCount(e.nodes))));
    set("params",
        s.mode == Mode::Moe ? tr("%1 active").arg(formatParamsB(e.paramsB)) : formatParamsB(e.paramsB),
        s.mode == Mode::Moe ? tr("of %1 in all experts").arg(formatParamsB(s.moe.totalParamsB))
                            : tr("largest on one node: %1").arg(formatParamsB(e.maxParamsB)));
    // G2: the loss against synchronous training beside the DiLoCo law's gap.
    const std::optional<LossComparison> loss = lossComparison(e);
    set("tokens", formatTokens(e.tokens),
        loss ? tr("%1 the Chinchilla-optimal count; loss +%2 (DiLoCo law +%3%4)")
                   .arg(formatMultiple(e.overtrainingRatio), EvidenceText::smallPercent(loss->lossGap, 2),
                        EvidenceText::smallPercent(loss->dilocoLawGap, 2),
                        loss->dilocoLawExtrapolated ? tr(", extrapolated") : QString())
             : tr("%1 the Chinchilla-optimal count").arg(formatMultiple(e.overtrainingRatio)));
    // E1: the ratio on the literature's scale, where the ratio is shown;
    // what the two loss laws are fitted on.
    for (HeadlineFigure& figure : h.figures)
        if (figure.id == QLatin1String("tokens")) {
            figure.help += QLatin1Char('\n')
                           + EvidenceText::overtrainingSentence(e.overtrainingRatio, e.paramsB,
                                                                s.mode == Mode::Moe);
            if (loss)
                figure.help += QLatin1Char('\n') + EvidenceText::lossLawsSentence(*loss);
        }
    const double innerSteps = e.flat ? e.flat->innerStepsUsed : e.innerSteps;
    QString syncDetail =
        tr("sync every %1 of compute").arg(formatSeconds(innerSteps * e.computeStepSeconds));
    if (lossMultiplier && e.flat && e.nodes > 1)
        syncDetail = tr("%1; the WAN is busy %2 of each outer step, %3 GB per sync")
                         .arg(syncDetail, formatPercent(e.flat->dutyCycle),
                              formatSignificant(e.flat->gbPerSync, 3));
    set("h", formatCount(innerSteps), syncDetail);
    set("status", e.underThreshold ? tr("Unregistered") : tr("Must register"),
        tr("%1 H100-equivalents per node (limit %2)")
            .arg(formatDecimal(e.h100EquivPerNode, 2), formatSignificant(s.treaty.cccThresholdH100e, 3)));

    const double months = s.training.years * kMonthsPerYear;
    const QString reach =
        other ? tr("reach %1").arg(bothMultiples(s, e, *other))
        : e.thresholdMultiple >= 1
            ? tr("reach %1 the Strict Threshold").arg(formatMultiple(e.thresholdMultiple))
            : tr("reach only %1 of the Strict Threshold").arg(formatPercent(e.thresholdMultiple));
    const QString registration =
        e.underThreshold ? tr("no node needs registering") : tr("each node must be registered");
    h.sentence = tr("Model revision %1: <b>%Ln node(s) of %2</b> (%3 over %4, %5 ms) %6 in %7 "
                    "for %8; %9.",
                    nullptr, pluralCount(e.nodes))
                     .arg(revisionText(s), nodeName(s).toHtmlEscaped(), modeDescription(s.mode),
                          formatWanBandwidth(s.wan), formatSignificant(s.wan.latencyMs, 3), reach,
                          formatMonths(months), formatUsd(e.costUsd), registration);

    QStringList reached;
    for (const double target : kReferenceTargetsFlop) {
        reached << (other ? tr("%1: %2 under %3, %4 under %5")
                                .arg(formatFlop(target), fewestNodes(s, target), revisionText(s),
                                     fewestNodes(other->scenario, target),
                                     revisionText(other->scenario))
                          : tr("%1: %2").arg(formatFlop(target), fewestNodes(s, target)));
    }
    h.targets = tr("Fewest nodes to reach %1.").arg(reached.join(QStringLiteral(" · ")));
    return h;
}

void HeadlineText::addIntervals(const Scenario& scenario, const AnalysisSettings& settings,
                                Headline* headline)
{
    if (!settings.headlineIntervals || !headline->ok)
        return;
    const UncertaintyOutcome outcome =
        runUncertainty(settings.applied(scenario), settings.options(kHeadlineSamples));
    if (!outcome.ok())
        return;
    const auto interval = [&](UncertainMetric metric, auto format) {
        const QuantileSummary& q = outcome.summary->of(metric);
        return tr("median %1, 90 %: %2–%3").arg(format(q.q50), format(q.q05), format(q.q95));
    };
    for (HeadlineFigure& figure : headline->figures) {
        QString text;
        if (figure.id == QLatin1String("c_local"))
            text = interval(UncertainMetric::ComputeLocal, [](double v) { return formatPowerOfTen(v); });
        else if (figure.id == QLatin1String("c_quality"))
            text = interval(UncertainMetric::ComputeQuality, [](double v) { return formatPowerOfTen(v); });
        else if (figure.id == QLatin1String("eta"))
            text = interval(UncertainMetric::Eta, [](double v) { return formatPercent(v); });
        if (!text.isEmpty())
            figure.detail = text + QLatin1Char('\n') + figure.detail;
    }
}

} // namespace dtx::ui
