#include "EvidenceText.hpp"

#include "Format.hpp"

namespace dtx::ui {
namespace {

QString range(const QString& low, const QString& high)
{
    return low == high ? low : EvidenceText::tr("%1–%2").arg(low, high);
}

QString variantTitle(const std::string& key)
{
    if (key == "symmetric_s")
        return EvidenceText::tr("seed formula, 2 V / upload");
    if (key == "asymmetric_s")
        return EvidenceText::tr("asymmetric link, synchronous");
    if (key == "asymmetric_relay_s")
        return EvidenceText::tr("asymmetric link, relay");
    if (key == "asymmetric_threshold_s")
        return EvidenceText::tr("asymmetric link, threshold aggregation");
    if (key == "reported_compute")
        return EvidenceText::tr("with the reported compute time");
    if (key == "reported_compute_asymmetric_threshold")
        return EvidenceText::tr("reported compute, asymmetric link, threshold aggregation");
    if (key == "reported_compute_asymmetric_relay")
        return EvidenceText::tr("reported compute, asymmetric link, relay");
    if (key == "band_low")
        return EvidenceText::tr("at the band's slowest link");
    if (key == "band_high")
        return EvidenceText::tr("at the band's fastest link");
    if (key == "implied_mfu")
        return EvidenceText::tr("implied MFU");
    if (key == "implied_eta_low")
        return EvidenceText::tr("implied eta at the lowest report");
    if (key == "implied_eta_high")
        return EvidenceText::tr("implied eta at the highest report");
    if (key == "eta_chinchilla")
        return EvidenceText::tr("eta_chinchilla");
    if (key == "overtraining_ratio")
        return EvidenceText::tr("overtraining ratio");
    if (key == "optimistic")
        return EvidenceText::tr("optimistic table");
    if (key == "conservative")
        return EvidenceText::tr("conservative table");
    return QString::fromStdString(key);
}

// A variant's value: seconds for t_sync readings, a fraction for the rest.
QString variantValue(const CalibrationRow& row, const CalibrationVariant& variant)
{
    if (variant.key == "overtraining_ratio")
        return formatMultiple(variant.value);
    if (variant.key.starts_with("implied") || variant.key == "eta_chinchilla")
        return formatDecimal(variant.value, 3);
    return EvidenceText::metricValue(row.record->metric, variant.value);
}

QString visibilityTitle(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Low: return EvidenceText::tr("low");
    case Visibility::Marginal: return EvidenceText::tr("marginal");
    case Visibility::Moderate: return EvidenceText::tr("moderate");
    case Visibility::Medium: return EvidenceText::tr("medium");
    case Visibility::High: return EvidenceText::tr("high");
    case Visibility::VeryHigh: return EvidenceText::tr("very high");
    }
    return {};
}

QString power(double watts)
{
    return watts >= 1e6 ? EvidenceText::tr("%1 MW").arg(formatSignificant(watts / 1e6, 2))
                        : EvidenceText::tr("%1 kW").arg(formatSignificant(watts / 1e3, 2));
}

} // namespace

QString EvidenceText::metricTitle(CalibrationMetric metric)
{
    switch (metric) {
    case CalibrationMetric::ComputePerStep: return tr("Compute per inner step");
    case CalibrationMetric::CommPerRound: return tr("Communication per round");
    case CalibrationMetric::Utilisation: return tr("Compute utilisation");
    case CalibrationMetric::Eta: return tr("Efficiency eta");
    case CalibrationMetric::LossGap: return tr("Loss gap against one replica");
    case CalibrationMetric::CompressionQuality: return tr("Compression quality q_c");
    }
    return {};
}

QString EvidenceText::smallPercent(double fraction, int significant)
{
    return tr("%1 %").arg(formatSignificant(fraction * 100, significant));
}

QString EvidenceText::metricValue(CalibrationMetric metric, double value)
{
    switch (metric) {
    case CalibrationMetric::ComputePerStep:
    case CalibrationMetric::CommPerRound:
        // Seconds throughout, so that reports and predictions compare at a glance.
        return tr("%1 s").arg(formatSignificant(value, 3));
    case CalibrationMetric::Utilisation: return formatPercent(value);
    case CalibrationMetric::LossGap: return smallPercent(value);
    case CalibrationMetric::Eta:
    case CalibrationMetric::CompressionQuality: return formatDecimal(value, 3);
    }
    return {};
}

QString EvidenceText::reportedText(const CalibrationRecord& record)
{
    if (!record.reportedLow || !record.reportedHigh)
        return QString::fromStdString(record.reported);
    return range(metricValue(record.metric, *record.reportedLow),
                 metricValue(record.metric, *record.reportedHigh));
}

QString EvidenceText::variantsText(const CalibrationRow& row)
{
    QStringList lines;
    for (const CalibrationVariant& variant : row.variants)
        lines << tr("%1: %2").arg(variantTitle(variant.key), variantValue(row, variant));
    return lines.join(QLatin1Char('\n'));
}

QStringList EvidenceText::findings(const CalibrationFindings& findings)
{
    QStringList sentences;
    for (const CommunicationFinding& f : findings.communication) {
        const QString run = QString::fromStdString(f.run);
        QString sentence = f.ratio >= 1
                               ? tr("%1's communication time is over-predicted %2×")
                                     .arg(run, formatSignificant(f.ratio, 2))
                               : tr("%1's communication time is under-predicted: the model "
                                    "gives %2× the reported time")
                                     .arg(run, formatSignificant(f.ratio, 2));
        if (f.closestRatio && std::abs(*f.closestRatio - f.ratio) > 1e-9)
            sentence += tr(" (%1× with the closest other reading, %2)")
                            .arg(formatSignificant(*f.closestRatio, 3), variantTitle(f.closestVariant));
        sentences << sentence + QLatin1Char('.');
    }
    for (const ComputeRateFinding& f : findings.computeRate) {
        const double change = 1 - f.impliedMfu / f.assumedMfu;
        const QString run = QString::fromStdString(f.run);
        QString sentence = change >= 0
                               ? tr("%1's compute ran %2 below the assumed MFU of %3 (implied "
                                    "MFU %4)")
                                     .arg(run, formatPercent(change), formatDecimal(f.assumedMfu, 2),
                                          formatDecimal(f.impliedMfu, 3))
                               : tr("%1's compute ran %2 above the assumed MFU of %3 (implied "
                                    "MFU %4)")
                                     .arg(run, formatPercent(-change), formatDecimal(f.assumedMfu, 2),
                                          formatDecimal(f.impliedMfu, 3));
        sentence += f.impliedMfu < f.mfuFloor
                        ? tr(", under the lowest MFU the Monte Carlo draws by default (%1).")
                              .arg(formatDecimal(f.mfuFloor, 2))
                        : tr(", within the Monte Carlo's default MFU range (from %1).")
                              .arg(formatDecimal(f.mfuFloor, 2));
        sentences << sentence;
    }
    for (const UtilisationBandFinding& f : findings.utilisationBand) {
        const QString reported = range(formatPercent(f.reportedLow), formatPercent(f.reportedHigh));
        const QString predicted = range(formatPercent(f.predictedLow), formatPercent(f.predictedHigh));
        const QString links = range(formatBandwidth(f.bandLowMbps), formatBandwidth(f.bandHighMbps));
        const QString sentence =
            f.inside     ? tr("%1's reported utilisation (%2) falls inside the band the model "
                              "predicts for links of %3 (%4).")
            : f.overlaps ? tr("%1's reported utilisation (%2) overlaps the band the model "
                              "predicts for links of %3 (%4) without lying wholly inside it.")
                         : tr("%1's reported utilisation (%2) falls outside the band the "
                              "model predicts for links of %3 (%4).");
        sentences << sentence.arg(QString::fromStdString(f.run), reported, links, predicted);
    }
    for (const ReplicaPenaltyFinding& f : findings.replicaPenalty) {
        const QString run = QString::fromStdString(f.run);
        const QString predicted = smallPercent(f.predicted, 3);
        const QString measured = range(smallPercent(f.reportedLow, 3), smallPercent(f.reportedHigh, 3));
        const int replicas = pluralCount(f.replicas);
        if (f.comparison == PenaltyComparison::Weaker)
            sentences << tr("The model's replica penalty (%1 more loss with %n replicas) is "
                            "%2–%3× weaker than %4 measured (%5).", nullptr, replicas)
                             .arg(predicted, formatSignificant(f.ratioLow, 2),
                                  formatSignificant(f.ratioHigh, 2), run, measured);
        else if (f.comparison == PenaltyComparison::Stronger)
            sentences << tr("The model's replica penalty (%1 more loss with %n replicas) is "
                            "%2–%3× stronger than %4 measured (%5).", nullptr, replicas)
                             .arg(predicted, formatSignificant(1 / f.ratioHigh, 2),
                                  formatSignificant(1 / f.ratioLow, 2), run, measured);
        else
            sentences << tr("The model's replica penalty (%1 more loss with %n replicas) lies "
                            "within what %2 measured (%3).", nullptr, replicas)
                             .arg(predicted, run, measured);
    }
    return sentences;
}

QStringList EvidenceText::detectionArguments()
{
    return {
        tr("Streaming turns syncs into a constant flow: about 39 Mbps up and 39 down, ~31 GB per "
           "sync, a ~100-minute cadence for 72 nodes of 50 A100 training 250 B "
           "[TFA §2], [GA §6.3]."),
        tr("One node's sustained 50–100 Mbps encrypted flow matches millions of legitimate "
           "services [TFA §5]."),
        tr("What stays distinctive is constancy, up/down symmetry and correlation across many "
           "endpoints [GA §6.3]."),
        tr("Metadata classifiers identify applications through VPNs at over 93 % [GA §6.3]."),
        tr("Jitter, padding and cover traffic cost the evader almost nothing [TFA §5]."),
        tr("A proposed trigger: GPUs above 90 % utilisation for more than 48 hours [GA §10.11]."),
        tr("Upstream gives no quantitative detection threshold: these are comparisons, not a "
           "verdict."),
    };
}

QString EvidenceText::overtrainingSentence(double ratio, double paramsB, bool moe)
{
    const OvertrainingPlacement p = placeOvertraining(ratio, paramsB, moe);
    QString band;
    switch (p.band) {
    case OvertrainingBand::BelowNorm:
        band = tr("below the 2–10× production norm [GA §5.1]");
        break;
    case OvertrainingBand::ProductionNorm:
        band = tr("within the 2–10× production norm [GA §5.1]");
        break;
    case OvertrainingBand::AboveNorm:
        band = tr("above the 2–10× production norm [GA §5.1]");
        break;
    case OvertrainingBand::Wasteful:
        band = tr("beyond 50×, which upstream calls plain waste [GA §5.1]");
        break;
    }
    const QString record = p.record.example
                               ? tr("%1 (%2)").arg(formatMultiple(p.record.highestRatio),
                                                   QString::fromLatin1(p.record.example))
                               : formatMultiple(p.record.highestRatio);
    QString sentence = tr("Overtraining %1: %2; the most overtrained published model of this "
                          "size is ~%3 [OTR §3].")
                           .arg(formatMultiple(ratio), band, record);
    if (p.pastFineTuning)
        sentence += tr(" Past ~1,000×, fine-tuning degrades (OLMo 1 B) [OTR §4.2].");
    return sentence;
}

QString EvidenceText::powerSentence(double nodes)
{
    const double low = nodes * kNodePowerKwLow * 1e3;
    const double high = nodes * kNodePowerKwHigh * 1e3;
    const std::optional<ChannelExample> near = nearestExample(kPowerExamples, (low + high) / 2);
    if (!near)
        return {};
    return tr("Power: %1 for the fleet at 15–20 kW a node; the nearest upstream example is %2 "
              "(%Ln nodes), which it rates %3 detectability [GA §6.7, §6.8].",
              nullptr, pluralCount(near->nodes))
        .arg(range(power(low), power(high)), range(power(near->low), power(near->high)),
             visibilityTitle(near->visibility));
}

QString EvidenceText::costSentence(double costUsd)
{
    const std::optional<ChannelExample> near = nearestExample(kCostExamples, costUsd);
    if (!near)
        return {};
    return tr("Hardware: %1; the nearest upstream cost tier is %2, rated %3 detectability "
              "[GA §10.12].")
        .arg(formatUsd(costUsd), formatUsd(near->value), visibilityTitle(near->visibility));
}

QString EvidenceText::lossLawsSentence(const LossComparison& loss)
{
    QString sentence =
        tr("Loss: %1 if trained synchronously, %2 with this run's eta (the Chinchilla fit of "
           "Besiroglu et al. 2024, fitted on dense models trained synchronously), a gap of %3. "
           "The DiLoCo law of Charles et al. 2025 (fitted on 35 M–2.4 B parameters and up to 8 "
           "replicas) puts the gap of %4 replicas at %5. The two laws were fitted on different "
           "data, so only their gaps compare, not their losses.")
            .arg(formatDecimal(loss.lossSynchronous, 4), formatDecimal(loss.predictedLoss, 4),
                 smallPercent(loss.lossGap, 3), formatCount(loss.replicas),
                 smallPercent(loss.dilocoLawGap, 3));
    if (loss.dilocoLawExtrapolated)
        sentence += tr(" Here it is extrapolated beyond what it was fitted on.");
    return sentence;
}

QString EvidenceText::leftOutHtml()
{
    const QString row = QStringLiteral("<tr><td>%1</td><td>%2</td></tr>");
    QString html = tr("<p>Each item makes the model understate what an evader reaches:</p>");
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th></tr>")
                .arg(tr("Left out"), tr("Magnitude [source]"));
    html += row.arg(tr("GPipe against zero-bubble pipeline schedules"),
                    tr("bubble 11–27 % against under 1 %; 10–30 % of pipeline compute [CA §2.1], [SD B.1]"));
    html += row.arg(tr("Pessimistic alpha; asynchronous DiLoCo (DN + DyLU)"),
                    tr("2–4 %; 5–15 % [CA §1.2, §2.2]"));
    html += row.arg(tr("Straggler model; loss-tolerant UDP"),
                    tr("5–15 % at 50+ nodes; 10–15 % of the straggler overhead [CA §1.3, §2.5]"));
    html += row.arg(tr("MoE MFU; hierarchical exponent"), tr("5–15 % (MoE); 1–3 % [CA §1.4, §1.5]"));
    html += row.arg(tr("SPARTA sparse averaging"),
                    tr("25–35 points at very high H, speculative [CA §2.4]"));
    html += row.arg(tr("All of them together"),
                    tr("flat 15–25 % (proven techniques only 5–10 %); pipeline 20–40 % [CA §3]"));
    html += QStringLiteral("</table>");
    html += tr("<p>Not modelled, in either direction [SD §10], [CQ §4], [COV §3.5–3.6]: "
               "streaming's +66 % memory; the error-feedback buffer (one model copy, ~3.8 TB at "
               "240 B); backward activations in pipelines; heterogeneous and changing nodes; "
               "relaying through object storage (+10–30 s a sync); asynchronous methods; "
               "post-training [GA §1].</p>");
    return html;
}

} // namespace dtx::ui
