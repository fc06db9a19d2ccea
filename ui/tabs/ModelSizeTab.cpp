#include "ModelSizeTab.hpp"

#include "DilocoModes.hpp"
#include "Format.hpp"
#include "ModelSizeCandidateTable.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "Document.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

// Where x lies along a log axis spanning `range`, from 0 to 1.
double logFraction(const QCPRange& range, double x)
{
    if (!(range.lower > 0 && range.upper > range.lower))
        return 0.5;
    return std::log(x / range.lower) / std::log(range.upper / range.lower);
}

QString modeLabel(Mode mode)
{
    return mode == Mode::Flat ? ModelSizeTab::tr("flat") : ModelSizeTab::tr("PP-Group");
}

} // namespace

ModelSizeTab::ModelSizeTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      plot_(new PlotView),
      summary_(new QLabel),
      note_(new QLabel),
      table_(new ModelSizeCandidateTable)
{
    plot_->setTitle(tr("Quality-adjusted compute against model size"));
    plot_->setAxisTitles(tr("Model size (billions of parameters)"), tr("Compute (FLOP)"));
    plot_->setLogAxes(true, true);
    plot_->setLegendHeadroom(0.08); // room for the best candidate's label at the top

    summary_->setWordWrap(true);
    note_->setWordWrap(true);
    note_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* tableTitle = new QLabel(tr("<b>Candidates of the search, best first</b>"));
    auto* tableBox = new QVBoxLayout;
    tableBox->addWidget(tableTitle);
    tableBox->addWidget(table_, 1);
    auto* textBox = new QVBoxLayout;
    textBox->addWidget(summary_);
    textBox->addWidget(note_, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(tableBox, 3);
    bottom->addLayout(textBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(plot_, 3);
    layout->addLayout(bottom, 2);
}

bool ModelSizeTab::shows(const ChangeSet& changes) const
{
    // The scenario's own model size is its marker.
    return ModelSizeCompute::reads(changes) || changes.touches(QStringLiteral("scenario.model.params_b"));
}

void ModelSizeTab::refresh(const ChangeSet& changes)
{
    const Scenario& scenario = document()->scenario();
    if (!computed_ || ModelSizeCompute::reads(changes))
        computed_ = ModelSizeCompute::run(scenario);
    const ModelSizeSearchResult& search = computed_->search;

    plot_->clearGraphs();
    plot_->clearAnnotations();
    const QCPRange sizes = plotCurves();
    plotCandidates(search, sizes);
    table_->setResult(search);

    QStringList notes{modeNote(scenario)};
    const double nOpt = search.chinchillaOptimalParamsB;
    if (std::isfinite(nOpt) && sizes.contains(nOpt)) {
        QCPItemText* label = plot_->addVerticalLine(
            nOpt, tr("Chinchilla-optimal\nN_opt = %1").arg(formatParamsB(nOpt)),
            colors::kReferenceLine);
        // At the foot of the line, since the best candidate and its label
        // sit near the top; past the middle of the axis, left of the line
        // so that the plot's right edge does not cut it.
        if (label) {
            const bool left = logFraction(sizes, nOpt) > 0.5;
            label->position->setCoords(nOpt, 1.0);
            label->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
            label->setPadding(QMargins(4, 2, 4, 2));
            label->setBrush(plot_->labelBacking());
        }
    } else {
        notes << tr("The Chinchilla-optimal size for this compute budget, N_opt = %1, lies "
                    "outside the plotted sizes.")
                     .arg(formatParamsB(nOpt));
    }

    const EvaluationOutcome& outcome = document()->outcome();
    if (outcome.ok()
        && (scenario.mode == Mode::Flat || scenario.mode == Mode::PipelineDiloco)) {
        const Evaluation& e = *outcome.evaluation;
        QCPGraph* marker = plot_->addPoints(tr("This scenario: %1").arg(formatParamsB(e.paramsB)),
                                            plot_->ink());
        // Hollow, so that the candidate it often coincides with shows through.
        marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle,
                                                QPen(plot_->ink(), 1.5), Qt::NoBrush, 13));
        PlotView::setCurveData(marker, {e.paramsB}, {e.computeQuality});
    }
    plot_->finishUpdate();

    if (search.candidates.empty()) {
        summary_->setText(tr("No candidate applies to these inputs."));
    } else {
        const ModelSizeCandidate& best = search.best();
        summary_->setText(
            tr("<b>Best: %1 at %2 the largest flat model (%3)</b>, C_quality %4.<br>"
               "Best is %5 the largest flat candidate's C_quality.")
                .arg(modeLabel(best.mode), formatMultiple(best.multipleOfMaxParams),
                     formatParamsB(best.evaluation.paramsB),
                     formatFlop(best.evaluation.computeQuality),
                     formatMultiple(search.bestVsLargestFlat)));
    }
    note_->setText(notes.join(QStringLiteral("\n\n")));
}

QCPRange ModelSizeTab::plotCurves()
{
    for (const PlotSeries& series : computed_->curves.series) {
        const bool local = series.role.endsWith(QLatin1String("_local"));
        const QColor color = series.role.startsWith(QLatin1String("flat")) ? colors::kFlatMode
                                                                           : colors::kPipelineMode;
        QCPGraph* graph = plot_->addCurve(series.name, color, local, local ? Qt::DashLine : Qt::SolidLine);
        PlotView::setCurveData(graph, series.x, series.y);
        if (series.x.empty())
            graph->removeFromLegend(); // the note says why the mode does not apply
    }
    plot_->setData(computed_->curves);
    return QCPRange(computed_->smallestSize, computed_->largestSize);
}

void ModelSizeTab::plotCandidates(const ModelSizeSearchResult& result, const QCPRange& sizes)
{
    // One graph per candidate, since a single-point graph is a marker and
    // not a short curve; the legend shows one empty key graph per mode, in
    // the same order whichever mode ranks first.
    const auto addMarkers = [&](Mode mode, const QString& name, const QColor& color,
                                QCPScatterStyle::ScatterShape shape) {
        QCPGraph* key = plot_->addPoints(name, color, shape, 9);
        bool any = false;
        for (const ModelSizeCandidate& candidate : result.candidates) {
            if (candidate.mode != mode)
                continue;
            QCPGraph* marker = plot_->addPoints(name, color, shape, 9);
            marker->removeFromLegend();
            PlotView::setCurveData(marker, {candidate.evaluation.paramsB},
                                   {candidate.evaluation.computeQuality});
            any = true;
        }
        if (!any)
            key->removeFromLegend();
    };
    addMarkers(Mode::Flat, tr("Flat candidates"), colors::kFlatMode, QCPScatterStyle::ssDisc);
    addMarkers(Mode::PipelineDiloco, tr("PP-Group candidates"), colors::kPipelineMode,
               QCPScatterStyle::ssDiamond);
    if (result.candidates.empty())
        return;
    const ModelSizeCandidate& best = result.best();
    const QString label = tr("Best: %1 = %2, %3")
                              .arg(formatMultiple(best.multipleOfMaxParams),
                                   formatParamsB(best.evaluation.paramsB), modeLabel(best.mode));
    QCPGraph* ring = plot_->addPoints(label, colors::kBestCandidate);
    ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                          QPen(colors::kBestCandidate, 3), Qt::NoBrush, 20));
    PlotView::setCurveData(ring, {best.evaluation.paramsB}, {best.evaluation.computeQuality});
    // Centred above the marker, or towards the inside near either edge.
    const double fraction = logFraction(sizes, best.evaluation.paramsB);
    if (QCPItemText* text =
            plot_->addPointLabel(best.evaluation.paramsB, best.evaluation.computeQuality, label)) {
        if (fraction > 0.85)
            text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        else if (fraction < 0.15)
            text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    }
}

QString ModelSizeTab::modeNote(const Scenario& scenario) const
{
    QString note =
        tr("The search keeps this scenario's node (largest model on one node: %1), node count "
           "(%2), network, training inputs and assumptions, and varies the model size: flat "
           "DiLoCo up to one node's memory, PP-Group DiLoCo (the model split across nodes) "
           "beyond it.")
            .arg(formatParamsB(scenario.node.maxParamsB()), formatCount(double(scenario.nodes)));
    switch (scenario.mode) {
    case Mode::Hierarchical:
        note += QStringLiteral(" ")
                + tr("The scenario's hierarchical mode is not used: every candidate syncs "
                     "over the WAN without regional groups.");
        break;
    case Mode::Moe:
        note += QStringLiteral(" ")
                + tr("The scenario's mixture-of-experts settings are not used: the search "
                     "treats the node as training a dense model of each size.");
        break;
    case Mode::Flat:
    case Mode::PipelineDiloco:
        break;
    }
    const bool anyPipeline =
        std::any_of(computed_->search.candidates.begin(), computed_->search.candidates.end(),
                    [](const ModelSizeCandidate& c) { return c.mode == Mode::PipelineDiloco; });
    if (!anyPipeline)
        note += QStringLiteral(" ")
                + tr("No PP-Group run applies: it needs at least two pipeline groups, each "
                     "as many nodes as the model needs stages.");
    return note;
}

PlotTab::RevisionPlots ModelSizeTab::otherRevisionPlots(const Scenario& other) const
{
    return {{plot_, ModelSizeCompute::run(other).curves}};
}

bool ModelSizeTab::otherRevisionReads(const ChangeSet& changes) const
{
    return ModelSizeCompute::reads(changes);
}

} // namespace dtx::ui
