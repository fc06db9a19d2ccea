#include "HelpPages.hpp"

#include "PlotView.hpp"

#include <QAction>
#include <QKeySequence>

namespace dtx::ui {

const QList<GlossaryEntry>& HelpPages::glossary()
{
    // Formulas as the evaluation model states them; sources from its list.
    static const QList<GlossaryEntry> entries = {
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "C_actual (actual compute)"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "The floating-point operations the whole fleet performs in the time budget."),
         "C_actual = n × pflops × 10¹⁵ × MFU × T",
         "Kaplan et al. 2020 (arXiv:2001.08361); Hoffmann et al. 2022 (arXiv:2203.15556)"},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "eta (efficiency)"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "The share of that compute that still counts when the nodes synchronise "
                           "only rarely over the internet."),
         "eta = max(0.4, 1 − alpha(P) × log10 H) × q_c × r(n)",
         "Charles et al. 2025, Scaling Laws for DiLoCo (arXiv:2503.09799)"},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "C_local (local-equivalent compute)"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "The compute one ordinary cluster would need for the same result: the "
                           "fleet's compute discounted by eta. The treaty's threshold is compared "
                           "with it."),
         "C_local = C_actual × eta",
         "Douillard et al. 2023, DiLoCo (arXiv:2311.08105)"},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "C_quality (quality-adjusted compute)"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "C_local discounted once more when the model is too small or too large "
                           "for the data it trains on."),
         "C_quality = C_local × eta_chin",
         "Besiroglu et al. 2024, Chinchilla Scaling: A Replication Attempt (arXiv:2404.10102)"},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "Chinchilla-optimal data"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "The number of training tokens that gives a model of P parameters its "
                           "best result per FLOP."),
         "D = 25.6 × P",
         "Besiroglu et al. 2024 (arXiv:2404.10102)"},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "H (inner steps)"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "How many training steps each node takes on its own between two "
                           "synchronisations: just enough to hide one synchronisation."),
         "H = ceil(t_sync / t_comp)",
         "Douillard et al. 2025, Streaming DiLoCo (arXiv:2501.18512)"},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "MFU (model FLOPs utilisation)"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "The fraction of the GPUs' peak throughput that training really uses."),
         "F = pflops × 10¹⁵ × MFU",
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "the evaluation model's default, 0.40")},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "Pseudo-gradient compression"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "How much smaller each synchronisation is than the raw change of the "
                           "model's weights."),
         "V = P × bits / c",
         "Streaming DiLoCo (arXiv:2501.18512); MuLoCo (arXiv:2505.23725); SparseLoCo (arXiv:2508.15706)"},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "Straggler factor"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "Each synchronisation waits for the slowest of the n nodes, so it takes "
                           "longer as the fleet grows."),
         "f(n) = 1 + 0.05 × log2 n",
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "an assumption of the evaluation model, not a published fit")},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "H100-equivalent"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "A node's FP16 throughput counted in H100 SXM GPUs of 990 TFLOPS each."),
         "H100-eq = pflops_fp16 × 1000 / 990",
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "vendor datasheets (dense, no sparsity)")},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "CCC (covered computing cluster)"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "A cluster above the treaty's registration threshold, 16 "
                           "H100-equivalents by default, which must be registered."),
         "registered ⇔ H100-eq > T (T = 16)",
         "MIRI treaty proposal (arXiv:2511.10783)"},
        {QT_TRANSLATE_NOOP("dtx::ui::HelpPages", "Strict Threshold"),
         QT_TRANSLATE_NOOP("dtx::ui::HelpPages",
                           "The training compute the treaty prohibits, 10²⁴ FLOP by default."),
         "multiple = C_local / 10²⁴ FLOP",
         "MIRI treaty proposal (arXiv:2511.10783)"},
    };
    return entries;
}

QString HelpPages::glossaryHtml()
{
    QString html = QStringLiteral("<dl>");
    for (const GlossaryEntry& entry : glossary())
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2<br><code>%3</code><br><i>%4</i></dd>")
                    .arg(tr(entry.term).toHtmlEscaped(), tr(entry.sentence).toHtmlEscaped(),
                         QString::fromUtf8(entry.formula).toHtmlEscaped(),
                         tr("Source: %1").arg(tr(entry.source)).toHtmlEscaped());
    return html + QStringLiteral("</dl>");
}

QString HelpPages::shortcutsHtml(const QList<QAction*>& actions)
{
    const auto row = [](const QString& keys, const QString& what) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding='3'>").arg(tr("Menus").toHtmlEscaped());
    for (const QAction* action : actions) {
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        text.remove(QStringLiteral("…"));
        html += row(keys.join(QStringLiteral(", ")), text);
    }
    html += QStringLiteral("</table><h3>%1</h3><p>%2</p><h3>%3</h3><table cellpadding='3'>")
                .arg(tr("Plots").toHtmlEscaped(), PlotView::keyboardHelp().toHtmlEscaped(),
                     tr("Presentation").toHtmlEscaped());
    html += row(tr("Right, Page Down, Space"), tr("Next step"));
    html += row(tr("Left, Page Up"), tr("Previous step"));
    html += row(tr("Esc"), tr("Leave the presentation, back to the tab you were on"));
    return html + QStringLiteral("</table>");
}

} // namespace dtx::ui
