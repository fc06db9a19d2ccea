#include "HeadlineText.hpp"

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
         tr("C_local times the Chinchilla efficiency of the model size and token count."), {}, {}},
        {QStringLiteral("eta"), tr("Efficiency eta"),
         tr("Fraction of the hardware's compute that counts, after synchronisation, "
            "compression and replica losses."),
         {}, {}},
        {QStringLiteral("cost"), tr("Hardware cost"), tr("Purchase price of every GPU in every node."), {}, {}},
        {QStringLiteral("params"), tr("Model size"), tr("Parameters trained (active parameters for MoE)."), {}, {}},
        {QStringLiteral("tokens"), tr("Training tokens"),
         tr("Tokens seen in the time budget, and their ratio to the Chinchilla-optimal "
            "%1 tokens per parameter.")
             .arg(formatDecimal(kChinchillaTokensPerParam, 1)),
         {}, {}},
        {QStringLiteral("h"), tr("Inner steps H"),
         tr("Local steps between synchronisations, just enough to hide the sync behind compute."), {}, {}},
        {QStringLiteral("status"), tr("Treaty status of each node"),
         tr("Whether one node stays under the registration thresholds."), {}, {}},
    };
}

Headline HeadlineText::describe(const Scenario& s, const EvaluationOutcome& outcome)
{
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
    set("c_quality", formatFlop(e.computeQuality),
        tr("Chinchilla efficiency %1").arg(formatPercent(e.chinchillaEfficiency)));
    set("eta", formatPercent(e.eta), tr("C_actual %1").arg(formatFlop(e.computeActual)));
    set("cost", formatUsd(e.costUsd),
        tr("%1 in %2").arg(tr("%Ln GPU(s)", nullptr, pluralCount(e.totalGpus)),
                           tr("%Ln node(s)", nullptr, pluralCount(e.nodes))));
    set("params",
        s.mode == Mode::Moe ? tr("%1 active").arg(formatParamsB(e.paramsB)) : formatParamsB(e.paramsB),
        s.mode == Mode::Moe ? tr("of %1 in all experts").arg(formatParamsB(s.moe.totalParamsB))
                            : tr("largest on one node: %1").arg(formatParamsB(e.maxParamsB)));
    set("tokens", formatTokens(e.tokens),
        tr("%1 the Chinchilla-optimal count").arg(formatMultiple(e.overtrainingRatio)));
    set("h", formatCount(e.innerSteps),
        tr("sync every %1 of compute").arg(formatSeconds(e.innerSteps * e.computeStepSeconds)));
    set("status", e.underThreshold ? tr("Unregistered") : tr("Must register"),
        tr("%1 H100-equivalents per node (limit %2)")
            .arg(formatDecimal(e.h100EquivPerNode, 2), formatSignificant(s.treaty.cccThresholdH100e, 3)));

    const double months = s.training.years * kMonthsPerYear;
    const QString reach =
        e.thresholdMultiple >= 1
            ? tr("reach %1 the Strict Threshold").arg(formatMultiple(e.thresholdMultiple))
            : tr("reach only %1 of the Strict Threshold").arg(formatPercent(e.thresholdMultiple));
    const QString registration =
        e.underThreshold ? tr("no node needs registering") : tr("each node must be registered");
    h.sentence = tr("<b>%Ln node(s) of %1</b> (%2 over %3, %4 ms) %5 in %6 for %7; %8.", nullptr,
                    pluralCount(e.nodes))
                     .arg(nodeName(s).toHtmlEscaped(), modeDescription(s.mode),
                          formatWanBandwidth(s.wan), formatSignificant(s.wan.latencyMs, 3),
                          reach, formatMonths(months), formatUsd(e.costUsd), registration);

    QStringList reached;
    for (const double target : kReferenceTargetsFlop) {
        const NodesForTargetResult result = nodesForTarget(s, target);
        reached << (result.reached
                        ? tr("%1: <b>%Ln node(s)</b> (%2)", nullptr, pluralCount(double(result.nodes)))
                              .arg(formatFlop(target), formatUsd(result.costUsd))
                        : tr("%1: not within %2 nodes")
                              .arg(formatFlop(target), formatCount(double(kMaxSearchNodes))));
    }
    h.targets = tr("Fewest nodes to reach %1.").arg(reached.join(QStringLiteral(" · ")));
    return h;
}

} // namespace dtx::ui
