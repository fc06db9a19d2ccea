#include "CountermeasuresTab.hpp"

#include "CollateralCatchChart.hpp"
#include "CollateralTableModel.hpp"
#include "Constants.hpp"
#include "Format.hpp"
#include "NodesForTarget.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "Document.hpp"
#include "ThresholdFleets.hpp"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace dtx::ui {
namespace {

// The memory plot and the chart: what is left beside the whole table at a
// 1440 px wide window with the input dock open.
constexpr int kRightColumnWidth = 270;
using Kind = ThresholdFleets::NodeKind;
constexpr Kind kKinds[] = {ThresholdFleets::A100, ThresholdFleets::H100Fp8};

QString kindName(Kind kind)
{
    return kind == ThresholdFleets::A100 ? CountermeasuresTab::tr("A100 80GB nodes (FP16)")
                                         : CountermeasuresTab::tr("H100 SXM nodes (FP8)");
}

Qt::PenStyle kindStyle(Kind kind)
{
    return kind == ThresholdFleets::A100 ? Qt::SolidLine : Qt::DashLine;
}

// "10²⁶ FLOP on H100 SXM nodes (FP8) at T ≤ 1.3" where a curve had to leave
// out thresholds at which the target needs more nodes than the search tries.
QString unreachedNote(Kind kind, std::size_t target, const ThresholdFleets::Curve& curve,
                      const std::function<QString(double)>& thresholdText, const QString& anyText)
{
    if (!std::isfinite(curve.lastUnreached))
        return {};
    const QString where =
        curve.threshold.empty()
            ? anyText
            : CountermeasuresTab::tr("at %1").arg(thresholdText(curve.lastUnreached));
    return CountermeasuresTab::tr("%1 on %2 %3")
        .arg(formatFlop(kReferenceTargetsFlop[target]), kindName(kind), where);
}

void configureFleetPlot(PlotView* plot)
{
    plot->setLogAxes(false, true);
    // The curves cross the whole width, so the legend gets a band of its own
    // along the top: targets in the first column, node types in the second.
    plot->setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    plot->setLegendHeadroom(0.25);
    plot->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    plot->legend->setWrap(int(ThresholdFleets::kTargets));
    plot->legend->setIconSize(22, 10);
    plot->setMinimumHeight(130); // three abreast above the table and its chart
    plot->legend->setRowSpacing(0);
    plot->legend->setColumnSpacing(4);
}

// Six curves read as colour (target) times dash (node type): the legend
// shows those five keys as empty graphs rather than six long entries.
void addLegendKeys(PlotView* plot)
{
    for (std::size_t t = 0; t < ThresholdFleets::kTargets; ++t)
        plot->addCurve(formatFlop(kReferenceTargetsFlop[t]), colors::kTargets[t]);
    for (const Kind kind : kKinds)
        plot->addCurve(kind == ThresholdFleets::A100 ? CountermeasuresTab::tr("A100")
                                                     : CountermeasuresTab::tr("H100 FP8"),
                       colors::kComparison, false, kindStyle(kind));
}

void addFleetCurve(PlotView* plot, Kind kind, std::size_t target,
                   const ThresholdFleets::Curve& curve, bool cost)
{
    QCPGraph* graph = plot->addCurve(
        CountermeasuresTab::tr("%1, %2").arg(formatFlop(kReferenceTargetsFlop[target]),
                                             kindName(kind)),
        colors::kTargets[target], false, kindStyle(kind));
    graph->removeFromLegend();                 // the hover read-out still names it
    graph->setLineStyle(QCPGraph::lsStepLeft); // node sizes change in whole GPUs
    PlotView::setCurveData(graph, curve.threshold, cost ? curve.costUsd : curve.nodes);
}

// The fleets as CSV gives them: one series per target and node type.
PlotData fleetData(const PlotView* plot, const ThresholdFleets& fleets, bool memory, bool cost)
{
    PlotData data{plot->xTitle(), plot->yTitle(), {}};
    for (const Kind kind : kKinds)
        for (std::size_t t = 0; fleets.available[kind] && t < ThresholdFleets::kTargets; ++t) {
            const ThresholdFleets::Curve& curve = memory ? fleets.byMemory[kind][t] : fleets.byCompute[kind][t];
            data.series.push_back({CountermeasuresTab::tr("%1, %2").arg(formatFlop(kReferenceTargetsFlop[t]),
                                                                        kindName(kind)),
                                   curve.threshold, cost ? curve.costUsd : curve.nodes, QString()});
        }
    return data;
}

// A labelled line at the current threshold, `fraction` of the way along the
// x axis. The label sits halfway up, clear of the legend, on two short lines;
// past 40 % it goes left of the line so a narrow plot's edge never cuts it.
void markThreshold(PlotView* plot, double x, double fraction, const QString& label)
{
    constexpr double kLabelHeight = 0.5; // of the axis rect
    constexpr double kLabelLeftFrom = 0.4;
    // On the top layer: dragging a threshold redraws only the line.
    if (QCPItemText* text = plot->addVerticalLine(x, label, colors::kStrictThreshold, true)) {
        text->position->setCoords(x, kLabelHeight);
        text->setPositionAlignment(
            (fraction > kLabelLeftFrom ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        text->setPadding(QMargins(4, 2, 4, 2));
        text->setTextAlignment(Qt::AlignCenter);
        text->setBrush(plot->labelBacking());
    }
}

} // namespace

CountermeasuresTab::CountermeasuresTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      subtitle_(new QLabel),
      nodesPlot_(new PlotView),
      costPlot_(new PlotView),
      memoryPlot_(new PlotView),
      catchChart_(new CollateralCatchChart(collateralSystems(document->catalog()))),
      collateralModel_(new CollateralTableModel(collateralSystems(document->catalog()), this)),
      table_(new QTableView)
{
    subtitle_->setWordWrap(true);
    table_->setAccessibleName(tr("Systems caught by the thresholds"));
    table_->setAccessibleDescription(tr("Fourteen existing systems and whether the compute or "
                                        "memory threshold would make them register."));

    nodesPlot_->setTitle(tr("Nodes needed vs CCC threshold"));
    nodesPlot_->setAxisTitles(tr("CCC threshold T (H100-equivalents)"), tr("Nodes needed"));
    configureFleetPlot(nodesPlot_);
    costPlot_->setTitle(tr("Fleet cost vs CCC threshold"));
    costPlot_->setAxisTitles(tr("CCC threshold T (H100-equivalents)"), tr("GPU cost (US$)"));
    configureFleetPlot(costPlot_);
    memoryPlot_->setTitle(tr("Nodes needed vs memory threshold"));
    memoryPlot_->setAxisTitles(tr("Memory threshold L (GB per node)"), tr("Nodes needed"));
    configureFleetPlot(memoryPlot_);
    memoryPlot_->setLogAxes(true, true);

    table_->setModel(collateralModel_);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    // Fitted once here; fitting on every update re-measured every cell
    // during a threshold drag. The verdict columns' widths do not change.
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The names take what is left, so a few pixels short elide a name rather
    // than hide a verdict column; the width asked for below avoids even that.
    table_->horizontalHeader()->setSectionResizeMode(CollateralTableModel::SystemColumn,
                                                     QHeaderView::Stretch);
    int tableWidth =
        2 * table_->frameWidth() + table_->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int column = 0; column < collateralModel_->columnCount(); ++column) {
        int width = table_->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < collateralModel_->rowCount(); ++row)
            width = std::max(width,
                             table_->sizeHintForIndex(collateralModel_->index(row, column)).width());
        tableWidth += width + 2; // the grid line and some air
    }
    // Room for every column at the usual window size; narrower, the names
    // elide (their tooltip still says what is highlighted and why).
    // Narrower than that (German at 1280 pixels), the table scrolls sideways.
    constexpr int kNameShrink = 120;
    constexpr int kNarrowestTable = 360;
    table_->setMinimumWidth(std::min(kNarrowestTable, tableWidth - kNameShrink));
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table_->installEventFilter(this);

    auto* tableTitle = new QLabel(tr("<b>Legitimate systems the thresholds would register</b> "
                                     "(highlighted rows are caught)"));
    tableTitle->setWordWrap(true);
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(tableTitle);
    tableLayout->addWidget(table_, 1);

    // Above, the three plots of what each threshold does to the fleets;
    // below, whom the thresholds catch besides: the table and its chart.
    // The chart needs a line per threshold, the plots whatever is left.
    auto* grid = new QGridLayout;
    grid->addWidget(nodesPlot_, 0, 0);
    grid->addWidget(costPlot_, 0, 1);
    grid->addWidget(memoryPlot_, 0, 2);
    auto* below = new QHBoxLayout;
    below->addWidget(tableBox, 1);
    below->addWidget(catchChart_);
    catchChart_->setFixedWidth(kRightColumnWidth);
    grid->addLayout(below, 1, 0, 1, 3);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(subtitle_);
    layout->addLayout(grid, 1);
}

CountermeasuresTab::~CountermeasuresTab() = default;

bool CountermeasuresTab::shows(const ChangeSet& changes) const
{
    // The fleets read the network, training inputs and assumptions; the
    // compute and memory thresholds are marked and drive the table and chart.
    return changes.touches(QStringLiteral("scenario.revision"))
           || changes.touches(QStringLiteral("scenario.network"))
           || changes.touches(QStringLiteral("scenario.training"))
           || changes.touches(QStringLiteral("scenario.assumptions"))
           || changes.touches(QStringLiteral("scenario.treaty.ccc_threshold_h100e"))
           || changes.touches(QStringLiteral("scenario.treaty.memory_threshold_gb"));
}

void CountermeasuresTab::refresh(const ChangeSet&)
{
    const Scenario& scenario = document()->scenario();
    if (scenario.revision != systemsRevision_) {
        // R12 lists three more systems than MODEL.md §10.
        systemsRevision_ = scenario.revision;
        const std::vector<CollateralSystem> systems =
            collateralSystems(document()->catalog(), scenario.revision);
        collateralModel_->setSystems(systems);
        catchChart_->setSystems(systems);
    }
    collateralModel_->setThresholds(scenario.treaty.cccThresholdH100e,
                                    scenario.treaty.memoryThresholdGb);
    catchChart_->setTreaty(scenario.treaty);

    const bool fleetsChanged = !fleets_ || !(fleets_->inputs == thresholdFleetInputs(scenario));
    if (fleetsChanged) {
        fleets_ = std::make_unique<ThresholdFleets>(
            sweepThresholdFleets(scenario, document()->catalog()));
        fleetNotes_.clear();
        for (PlotView* plot : {nodesPlot_, costPlot_, memoryPlot_}) {
            plot->clearGraphs();
            plot->clearAnnotations();
        }
        plotFleets(*fleets_, &fleetNotes_);
        nodesPlot_->setData(fleetData(nodesPlot_, *fleets_, false, false));
        costPlot_->setData(fleetData(costPlot_, *fleets_, false, true));
        memoryPlot_->setData(fleetData(memoryPlot_, *fleets_, true, false));
    }
    // A threshold alone moves its marked line and nothing under it.
    QStringList notes = fleetNotes_;
    for (PlotView* plot : {nodesPlot_, costPlot_, memoryPlot_})
        plot->clearTopAnnotations();
    markCurrentThresholds(&notes);
    for (PlotView* plot : {nodesPlot_, costPlot_, memoryPlot_})
        if (fleetsChanged)
            plot->finishUpdate();
        else
            plot->redrawMarker();

    subtitle_->setText(
        tr("Fleets of the largest node under each threshold, A100 80GB at FP16 (solid) or H100 "
           "SXM at FP8 (dashed), training the largest model that fits in flat DiLoCo. Network "
           "(%1, %2 ms), training inputs, time budget (%3) and assumptions are the current "
           "scenario's; fleets over %4 nodes are left out.")
            .arg(formatWanBandwidth(scenario.wan),
                 formatSignificant(scenario.wan.latencyMs),
                 formatMonths(scenario.training.years * kMonthsPerYear),
                 formatCount(double(kMaxSearchNodes)))
        + (notes.isEmpty() ? QString() : QStringLiteral(" ") + notes.join(QStringLiteral(" "))));
}

void CountermeasuresTab::plotFleets(const ThresholdFleets& fleets, QStringList* notes)
{
    const auto computeText = [](double t) { return tr("T ≤ %1").arg(formatSignificant(t)); };
    const auto memoryText = [](double l) { return tr("L ≤ %1 GB").arg(formatCount(l)); };
    for (PlotView* plot : {nodesPlot_, costPlot_, memoryPlot_})
        addLegendKeys(plot);
    QStringList unreached;
    for (const Kind kind : kKinds) {
        if (!fleets.available[kind]) {
            *notes << tr("The hardware catalog has no GPU for %1.").arg(kindName(kind));
            continue;
        }
        for (std::size_t t = 0; t < ThresholdFleets::kTargets; ++t) {
            const ThresholdFleets::Curve& byCompute = fleets.byCompute[kind][t];
            const ThresholdFleets::Curve& byMemory = fleets.byMemory[kind][t];
            addFleetCurve(nodesPlot_, kind, t, byCompute, false);
            addFleetCurve(costPlot_, kind, t, byCompute, true);
            addFleetCurve(memoryPlot_, kind, t, byMemory, false);
            for (const QString& note :
                 {unreachedNote(kind, t, byCompute, computeText, tr("at any T")),
                  unreachedNote(kind, t, byMemory, memoryText, tr("at any L"))})
                if (!note.isEmpty())
                    unreached << note;
        }
    }
    const QString maxNodes = formatCount(double(kMaxSearchNodes));
    if (!unreached.isEmpty())
        *notes << tr("Beyond %1 nodes, so left out: %2.")
                      .arg(maxNodes, unreached.join(QStringLiteral("; ")));
    for (PlotView* plot : {nodesPlot_, costPlot_, memoryPlot_}) {
        if (plot->hasData())
            continue;
        const QString message = tr("No target is reachable within %1 nodes").arg(maxNodes);
        if (QCPItemText* text = plot->addPointLabel(0, 0, message)) {
            text->position->setType(QCPItemPosition::ptAxisRectRatio);
            text->position->setCoords(0.5, 0.5);
            text->setPositionAlignment(Qt::AlignCenter);
        }
    }
}

void CountermeasuresTab::markCurrentThresholds(QStringList* notes)
{
    const TreatyInputs& treaty = document()->scenario().treaty;
    const double lowT = ThresholdFleets::kLowestComputeThreshold;
    const double highT = ThresholdFleets::kHighestComputeThreshold;
    const double t = treaty.cccThresholdH100e;
    if (t >= lowT && t <= highT) {
        for (PlotView* plot : {nodesPlot_, costPlot_})
            markThreshold(plot, t, (t - lowT) / (highT - lowT),
                          tr("Current\nT = %1").arg(formatSignificant(t)));
    } else {
        *notes << tr("The current CCC threshold, T = %1 H100-equivalents, lies outside the "
                     "plotted range (%2 to %3).")
                      .arg(formatSignificant(t), formatSignificant(lowT), formatSignificant(highT));
    }
    if (!treaty.memoryThresholdGb)
        return;
    const double lowL = ThresholdFleets::kLowestMemoryThresholdGb;
    const double highL = ThresholdFleets::kHighestMemoryThresholdGb;
    const double l = *treaty.memoryThresholdGb;
    if (l >= lowL && l <= highL) {
        markThreshold(memoryPlot_, l, std::log(l / lowL) / std::log(highL / lowL),
                      tr("Current\nL = %1 GB").arg(formatCount(l)));
    } else {
        *notes << tr("The current memory threshold, %1 GB, lies outside the plotted range "
                     "(%2 to %3 GB).")
                      .arg(formatCount(l), formatCount(lowL), formatCount(highL));
    }
}

bool CountermeasuresTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == table_ && event->type() == QEvent::FontChange) {
        table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
        table_->resizeColumnsToContents();
        table_->horizontalHeader()->setSectionResizeMode(CollateralTableModel::SystemColumn,
                                                         QHeaderView::Stretch);
    }
    return PlotTab::eventFilter(watched, event);
}

PlotTab::RevisionPlots CountermeasuresTab::otherRevisionPlots(const Scenario& other) const
{
    const ThresholdFleets fleets = sweepThresholdFleets(other, document()->catalog());
    return {{nodesPlot_, fleetData(nodesPlot_, fleets, false, false)},
            {costPlot_, fleetData(costPlot_, fleets, false, true)},
            {memoryPlot_, fleetData(memoryPlot_, fleets, true, false)}};
}

bool CountermeasuresTab::otherRevisionReads(const ChangeSet& changes) const
{
    // The fleets read the network, training inputs and assumptions only.
    return changes.touches(QStringLiteral("scenario.network"))
           || changes.touches(QStringLiteral("scenario.training"))
           || changes.touches(QStringLiteral("scenario.assumptions"));
}

} // namespace dtx::ui
