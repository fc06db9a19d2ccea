#include "PolicyBrief.hpp"

#include "EvidenceTab.hpp"
#include "EvidenceText.hpp"
#include "MemoryRule.hpp"

#include "RevisionComparison.hpp"

#include "CompareTab.hpp"

#include "Appearance.hpp"
#include "CoreTerms.hpp"

#include "Countermeasures.hpp"
#include "DilocoModes.hpp"
#include "Format.hpp"
#include "HeadlineText.hpp"
#include "TrainingPlanner.hpp"
#include "MainWindow.hpp"
#include "NodesForTarget.hpp"
#include "PlotExport.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "Document.hpp"

#include <QBuffer>
#include <QDate>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTableWidget>
#include <QTextDocument>
#include <QUrl>

namespace dtx::ui {
namespace {

// A4 in points; the document is laid out at 72 points per inch.
constexpr QSizeF kPageSize(595.0, 842.0);
constexpr double kMargin = 48;
// Laid out a little wider than the printed width (text prints at about 70 %
// of its screen size, and the widest legends still fit); drawn at 2.5 times
// the pixels for print sharpness.
constexpr QSize kPlotImageSize(720, 410);
constexpr double kPlotImageScale = 2.5;
const QString kPageBreak = QStringLiteral("<div style='page-break-before: always'></div>");

struct Source {
    const char* assumption;
    const char* source;
};

// MODEL.md §14, the papers behind each assumption (the assumptions are
// translated, the citations are not).
constexpr Source kSources[] = {
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "6 FLOP per parameter per token"),
     "Kaplan et al. 2020 (arXiv:2001.08361); Hoffmann et al. 2022 (arXiv:2203.15556)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "DiLoCo: inner/outer optimisation, rare synchronisation"),
     "Douillard et al. 2023, DiLoCo (arXiv:2311.08105)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "Streaming (overlapped) synchronisation, FP4 outer gradients"),
     "Douillard et al. 2025, Streaming DiLoCo (arXiv:2501.18512)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "eta falling with log10(H); the replica penalty"),
     "Charles et al. 2025, Scaling Laws for DiLoCo (arXiv:2503.09799)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "Compression quality"),
     "Streaming DiLoCo (arXiv:2501.18512); MuLoCo (arXiv:2505.23725); SparseLoCo (arXiv:2508.15706)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "Activation compression"),
     "COAT (ICLR 2025); SWARM (ICML 2023); GACT (ICML 2022); TAH-Quant (2025); Pluralis, Protocol Models (2025)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "Hierarchical (two-tier) synchronisation"),
     "Wang et al. 2018; SPES protocol (Zhang et al. 2025)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "GPipe bubble (M + S − 1)"),
     "Huang et al. 2019, GPipe (arXiv:1811.06965)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "Chinchilla loss constants, D/N = 25.6"),
     "Besiroglu et al. 2024, Chinchilla Scaling: A Replication Attempt (arXiv:2404.10102)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "Maximum run length"),
     "Epoch AI, “The longest training run” (2022)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "Treaty thresholds: 16 H100-eq covered cluster, 10²⁴ FLOP Strict Threshold"),
     "MIRI treaty proposal (arXiv:2511.10783)"},
    {QT_TRANSLATE_NOOP("dtx::ui::PolicyBrief", "GPU figures"),
     "Vendor datasheets (dense, no sparsity); resources/hardware.json"},
};

QString row(const QString& label, const QString& value, const QString& detail = {})
{
    return QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td><td>%3</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), detail.toHtmlEscaped());
}

// A table of the window as the brief prints it: its row and column
// headings and every cell's text as shown.
QString tableHtml(const QAbstractItemModel* model)
{
    QString html = QStringLiteral("<table width='100%' cellpadding='3'><tr><th></th>");
    for (int column = 0; column < model->columnCount(); ++column)
        html += QStringLiteral("<th>%1</th>")
                    .arg(model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < model->rowCount(); ++row) {
        html += QStringLiteral("<tr><td>%1</td>")
                    .arg(model->headerData(row, Qt::Vertical).toString().toHtmlEscaped());
        for (int column = 0; column < model->columnCount(); ++column)
            html += QStringLiteral("<td align='right'>%1</td>")
                        .arg(model->data(model->index(row, column)).toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// What the training-run planner planned and with which inputs: the
// headline's scenario or a cluster of its own (MODEL.md §13).
QString trainingRunSection(const Document& document)
{
    const PlannerInputs in = document.plannedInputs();
    QString html = QObject::tr("<h2>Training run plan</h2>");
    html += document.state().planner.ownCluster
                ? QObject::tr("<p>The planner plans a cluster of its own, set on the Training run tab "
                              "(not the scenario above).</p>")
                : QObject::tr("<p>The planner plans the scenario above: its nodes, node, model, "
                              "network and the tokens its time budget trains.</p>");
    html += QStringLiteral("<table width='100%'>");
    html += row(QObject::tr("Model"), formatParamsB(in.model.paramsB),
                in.model.moe ? QObject::tr("mixture of experts, %1 active").arg(formatParamsB(in.model.activeParamsB))
                             : QString());
    html += row(QObject::tr("Dataset"), formatTokens(in.model.tokens));
    html += row(QObject::tr("Nodes"), formatCount(in.cluster.nodes),
                QObject::tr("%1 PFLOPS, %2 GB each; MFU %3")
                    .arg(formatSignificant(in.cluster.nodePflops), formatCount(in.cluster.nodeVramGb),
                         formatDecimal(in.cluster.mfu, 2)));
    html += row(QObject::tr("WAN bandwidth / latency"),
                formatBandwidth(in.network.bandwidthMbps) + QStringLiteral(" / ")
                    + formatSignificant(in.network.latencyMs, 3) + QStringLiteral(" ms"));
    html += row(QObject::tr("Precision, compression"),
                QString::fromUtf8(plannerPrecisionName(in.algorithm.precision).data()) + QStringLiteral(", ")
                    + formatMultiple(in.algorithm.compression),
                in.algorithm.streaming ? QObject::tr("streaming synchronisation") : QString());
    if (const std::optional<PlannerInputError> error = validatePlannerInputs(in)) {
        html += QStringLiteral("</table>");
        return html + QObject::tr("<p>These inputs cannot be planned: %1.</p>")
                          .arg(CoreTerms::inputErrorText(*error).toHtmlEscaped());
    }
    const PlannerResult plan = planTrainingRun(in);
    html += row(QObject::tr("Training time"), formatDays(plan.days),
                plan.bottleneck == Bottleneck::Network ? QObject::tr("network-bound")
                                                       : QObject::tr("compute-bound"));
    html += row(QObject::tr("Longest sensible run"), formatDays(plan.maxRunLengthDays),
                plan.feasible ? QObject::tr("the run ends within it") : QObject::tr("the run is longer"));
    html += QStringLiteral("</table>");
    return html;
}

QString plainText(const QString& richText)
{
    QTextDocument doc;
    doc.setHtml(richText);
    return doc.toPlainText();
}

// "Show the other revision" on: the scenario under both model revisions,
// the same table `dtx revisions` prints (RevisionComparison).
QString revisionsHtml(const Scenario& scenario, const HardwareCatalog& catalog)
{
    const std::vector<RevisionComparison> columns = compareRevisions(scenario, catalog);
    QString html = QObject::tr("<h2>Under each model revision</h2>"
                               "<p>The same inputs evaluated by the seed model (2026-02) and by its "
                               "authors' April 2026 revision; inputs you did not set take each "
                               "revision's defaults.</p><table width='100%'><tr><th></th>");
    for (const RevisionComparison& column : columns)
        html += QStringLiteral("<th>%1</th>").arg(QString::fromLatin1(revisionName(column.revision)));
    html += QStringLiteral("</tr>");
    const auto tableRow = [&](const QString& title, const auto& cell) {
        html += QStringLiteral("<tr><td>%1</td>").arg(title.toHtmlEscaped());
        for (const RevisionComparison& column : columns)
            html += QStringLiteral("<td>%1</td>")
                        .arg(column.outcome.ok() ? cell(column) : QObject::tr("not applicable"));
        html += QStringLiteral("</tr>");
    };
    tableRow(QObject::tr("Node"),
             [](const RevisionComparison& c) { return QString::fromStdString(c.scenario.node.name).toHtmlEscaped(); });
    tableRow(QObject::tr("C_local"), [](const RevisionComparison& c) {
        return QObject::tr("%1 (%2 the Strict Threshold)")
            .arg(formatFlop(c.outcome.evaluation->computeLocal),
                 formatMultiple(c.outcome.evaluation->thresholdMultiple));
    });
    tableRow(QObject::tr("C_quality"),
             [](const RevisionComparison& c) { return formatFlop(c.outcome.evaluation->computeQuality); });
    tableRow(QObject::tr("Efficiency eta"),
             [](const RevisionComparison& c) { return formatPercent(c.outcome.evaluation->eta); });
    tableRow(QObject::tr("Hardware cost"),
             [](const RevisionComparison& c) { return formatUsd(c.outcome.evaluation->costUsd); });
    for (std::size_t t = 0; t < std::size(kReferenceTargetsFlop); ++t)
        tableRow(QObject::tr("Fewest nodes for %1").arg(formatFlop(kReferenceTargetsFlop[t])),
                 [t](const RevisionComparison& c) {
                     const NodesForTargetResult& fleet = c.fleets[t];
                     return fleet.reached
                                ? QObject::tr("%1 (%2)").arg(formatCount(double(fleet.nodes)),
                                                             formatUsd(fleet.costUsd))
                                : QObject::tr("not within %1").arg(formatCount(double(kMaxSearchNodes)));
                 });
    return html + QStringLiteral("</table>");
}

// One page: the calibration's parity chart and findings (ANALYSES.md C),
// and the memory rule's row for the scenario's chip (D).
QString evidenceSection(EvidenceTab* tab, const Document& document, QTextDocument* doc)
{
    const QUrl url(QStringLiteral("evidence.png"));
    doc->addResource(QTextDocument::ImageResource, url,
                     tab->printImage(kPlotImageSize, kPlotImageScale, Appearance::lightPalette()));
    QString html = kPageBreak;
    html += QObject::tr("<h2>Evidence</h2><p>What real decentralised runs reported against what "
                        "model %1 predicts from their inputs.</p>")
                .arg(QString::fromLatin1(revisionName(document.scenario().revision)));
    html += QStringLiteral("<p><img src='%1' width='%2'></p>")
                .arg(url.toString())
                .arg(int(kPageSize.width() - 2 * kMargin));
    html += QStringLiteral("<ul>");
    for (const QString& finding : tab->findings())
        html += QStringLiteral("<li>%1</li>").arg(finding.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    const GpuSpec* gpu = document.catalog().findGpu(scenarioChip(document.scenario()));
    if (!gpu)
        return html;
    const MemoryRuleOptions& options = document.analysisSettings().memoryRule;
    const MemoryRuleRow rule = memoryRuleRow(*gpu, options);
    html += QObject::tr("<h2>The memory rule for this scenario's chip</h2>"
                        "<p>Covered when a cluster's FP16 exceeds 16 H100-equivalents or its %1 "
                        "exceeds %2 GB.</p><table width='100%'>")
                .arg(options.hbmOnly ? QObject::tr("HBM") : QObject::tr("accelerator memory"),
                     formatCount(options.limitGb));
    html += row(QObject::tr("Chip"), QString::fromStdString(gpu->name),
                QObject::tr("%1 GB %2, %3 TFLOPS FP16")
                    .arg(formatCount(gpu->vramGb), QString::fromStdString(gpu->memoryType),
                         formatCount(gpu->fp16Tflops)));
    html += row(QObject::tr("Largest unregistered node"),
                QObject::tr("%1 → %2 GPUs").arg(formatCount(rule.nCompute), formatCount(rule.nMax)),
                QObject::tr("now → with the memory rule"));
    html += row(QObject::tr("Largest model on one node"),
                QObject::tr("%1 → %2").arg(formatParamsB(rule.maxParamsBBefore),
                                          formatParamsB(rule.maxParamsBAfter)),
                rule.fp8 ? QObject::tr("FP8 training, 14 bytes a parameter")
                         : QObject::tr("FP16 training, 16 bytes a parameter"));
    html += row(QObject::tr("Newly caught"),
                rule.newlyCaughtMin ? QObject::tr("%1–%2 GPUs").arg(formatCount(*rule.newlyCaughtMin),
                                                                   formatCount(*rule.newlyCaughtMax))
                                    : QObject::tr("none"),
                QObject::tr("node sizes the memory rule adds to the compute rule"));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

PolicyBrief::PolicyBrief(MainWindow* window) : document_(std::make_unique<QTextDocument>())
{
    Document* document = window->document();
    document->evaluateNow();
    const Scenario& s = document->scenario();
    const EvaluationOutcome& outcome = document->outcome();
    QTextDocument& doc = *document_;
    doc.setPageSize(kPageSize);
    doc.setDocumentMargin(kMargin);
    QFont font = doc.defaultFont();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 12px; } "
        "table { border-collapse: collapse; } td, th { padding: 3px 6px; } "
        "th { background: #e8e8e8; text-align: left; } .small { font-size: 8pt; color: #555; }"));

    QString html;
    html += QObject::tr("<h1>Decentralized training under the treaty</h1>");
    html += QObject::tr("<p class='small'>Decentralized Training Explorer brief, %1. Scenario: %2. "
                        "Model revision %3.</p>")
                .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                     (s.name.empty() ? QObject::tr("(unnamed)") : QString::fromStdString(s.name))
                         .toHtmlEscaped(),
                     QString::fromLatin1(revisionName(s.revision)));
    // The headline's words, computed from the evaluation (HeadlineText), not
    // read from the panel; with "show the other revision" on, both.
    const OtherRevisionResult other{document->otherScenario(), document->otherOutcome()};
    Headline headline =
        HeadlineText::describe(s, outcome, document->showsOtherRevision() ? &other : nullptr);
    HeadlineText::addIntervals(s, document->analysisSettings(), &headline);
    html += QStringLiteral("<p style='font-size: 13pt'>%1</p>")
                .arg(plainText(headline.sentence).toHtmlEscaped());

    html += QObject::tr("<h2>Key findings</h2><ul>");
    if (outcome.ok()) {
        const Evaluation& e = *outcome.evaluation;
        html += QObject::tr("<li>The run reaches <b>%1</b>, %2 the treaty's Strict Threshold of %3.</li>")
                    .arg(formatFlop(e.computeLocal), formatMultiple(e.thresholdMultiple),
                         formatFlop(s.treaty.strictThresholdFlop));
        for (const double target : kReferenceTargetsFlop) {
            const NodesForTargetResult r = nodesForTarget(s, target);
            html += r.reached
                        ? QObject::tr("<li>%1 needs <b>%Ln node(s)</b> (%2, %3).</li>", nullptr,
                                      pluralCount(double(r.nodes)))
                              .arg(formatFlop(target),
                                   QObject::tr("%Ln GPU(s)", nullptr, pluralCount(r.totalGpus)),
                                   formatUsd(r.costUsd))
                        : QObject::tr("<li>%1 is not reachable within %2 nodes.</li>")
                              .arg(formatFlop(target), formatCount(double(kMaxSearchNodes)));
        }
        html += e.underThreshold
                    ? QObject::tr("<li>Each node stays <b>under the registration thresholds</b> "
                                  "(%1 H100-equivalents against a limit of %2).</li>")
                          .arg(formatDecimal(e.h100EquivPerNode, 2),
                               formatSignificant(s.treaty.cccThresholdH100e, 3))
                    : QObject::tr("<li>Each node <b>must be registered</b> under the current "
                                  "thresholds.</li>");
        html += QObject::tr("<li>Synchronising over the internet keeps %1 of the compute "
                            "(eta); a quality-adjusted %2 remains once model size and data "
                            "are weighed (C_quality).</li>")
                    .arg(formatPercent(e.eta), formatFlop(e.computeQuality));
    } else {
        html += QObject::tr("<li>These inputs give no result: %1</li>")
                    .arg(CoreTerms::inputErrorText(outcome.error).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");

    html += QObject::tr("<h2>Headline figures</h2><table width='100%'>");
    for (const HeadlineFigure& figure : headline.figures)
        html += row(figure.title, figure.value, figure.detail);
    html += QStringLiteral("</table>");
    if (document->showsOtherRevision())
        html += revisionsHtml(s, document->catalog());

    int imageNumber = 0;
    for (PlotTab* tab : window->plotTabs()) {
        const QList<PlotView*> plots = tab->plots();
        // The evidence has a page of its own (evidenceSection).
        if (plots.isEmpty() || qobject_cast<const EvidenceTab*>(tab))
            continue;
        const QUrl url(QStringLiteral("plot%1.png").arg(++imageNumber));
        doc.addResource(QTextDocument::ImageResource, url,
                        tab->printImage(kPlotImageSize, kPlotImageScale, Appearance::lightPalette()));
        // Two plots to a page, each under its heading.
        if (imageNumber % 2 == 1)
            html += kPageBreak;
        html += QStringLiteral("<h2>%1</h2><p><img src='%2' width='%3'></p>")
                    .arg(tab->tabTitle().toHtmlEscaped(), url.toString())
                    .arg(int(kPageSize.width() - 2 * kMargin));
        if (const QString text = tab->briefText(); !text.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
        // The numbers beside the curves (Compare's pinned scenarios, the links).
        if (const QAbstractItemModel* table = tab->briefTable())
            html += tableHtml(table);
    }

    if (EvidenceTab* evidence = window->findChild<EvidenceTab*>())
        html += evidenceSection(evidence, *document, &doc);

    html += kPageBreak;
    html += QObject::tr("<h2>Inputs</h2><table width='100%'>");
    html += row(QObject::tr("Node"), QString::fromStdString(s.node.name));
    html += row(QObject::tr("Nodes"), formatCount(double(s.nodes)));
    html += row(QObject::tr("Mode"), CoreTerms::modeTitle(s.mode));
    html += row(QObject::tr("WAN bandwidth / latency"),
                formatWanBandwidth(s.wan) + QStringLiteral(" / ")
                    + formatSignificant(s.wan.latencyMs, 3) + QStringLiteral(" ms"));
    html += row(QObject::tr("Pseudo-gradient compression"), formatMultiple(s.training.compression));
    html += row(QObject::tr("Compression quality scenario"),
                CoreTerms::qualityTitle(s.assumptions.quality));
    html += row(QObject::tr("MFU"), formatDecimal(s.training.mfu, 2));
    html += row(QObject::tr("Time budget"), formatMonths(s.training.years * 12));
    html += row(QObject::tr("CCC threshold"),
                formatSignificant(s.treaty.cccThresholdH100e, 3) + QObject::tr(" H100-equivalents"));
    html += QStringLiteral("</table>");
    html += trainingRunSection(*document);

    html += QObject::tr("<h2>Sources behind the assumptions</h2><table width='100%'>"
                        "<tr><th>Assumption</th><th>Source</th></tr>");
    for (const Source& source : kSources)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(QCoreApplication::translate("dtx::ui::PolicyBrief", source.assumption)
                             .toHtmlEscaped(),
                         QString::fromUtf8(source.source).toHtmlEscaped());
    html += QStringLiteral("</table>");

    html += QObject::tr(
        "<h2>What the model leaves out</h2><ul>"
        "<li>Efficiency figures extrapolate published DiLoCo results; 100× compression is "
        "validated only at 512 M parameters.</li>"
        "<li>Hardware is priced at purchase; power, buildings, networking and staff are not "
        "counted.</li>"
        "<li>Nodes are assumed identical and always available; failures and churn are covered "
        "only by the straggler factor.</li>"
        "<li>The treaty's chip tracking, financial monitoring and consolidation rules are not "
        "modelled: they may stop an actor long before the compute figures matter.</li>"
        "<li>Quality-adjusted compute uses a Chinchilla fit; other scaling regimes would move "
        "it.</li></ul>");
    html += EvidenceText::leftOutHtml();
    doc.setHtml(html);
}

PolicyBrief::~PolicyBrief() = default;

QString PolicyBrief::text() const
{
    return document_->toPlainText();
}

int PolicyBrief::pageCount() const
{
    return document_->pageCount();
}

QString PolicyBrief::writePdf(const QString& path) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QObject::tr("Decentralized training under the treaty"));
        writer.setCreator(QStringLiteral("dtx-explorer"));
        writer.setPageLayout(QPageLayout(QPageSize(kPageSize, QPageSize::Point),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(72);
        document_->print(&writer);
    }
    return writeFileAtomically(path, bytes);
}

QList<QImage> PolicyBrief::renderPages(int dpi) const
{
    QList<QImage> pages;
    const double scale = dpi / 72.0;
    for (int page = 0; page < pageCount(); ++page) {
        QImage image((kPageSize * scale).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(scale, scale);
        painter.translate(0, -page * kPageSize.height());
        const QRectF visible(0, page * kPageSize.height(), kPageSize.width(), kPageSize.height());
        document_->drawContents(&painter, visible);
        pages << image;
    }
    return pages;
}

} // namespace dtx::ui
