#include "CompareTab.hpp"

#include "RevisionSwitch.hpp"

#include "LabelPlacer.hpp"

#include "DocumentFile.hpp"
#include "PlotExport.hpp"

#include "CoreTerms.hpp"

#include "ComputeGuides.hpp"
#include "DilocoModes.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "Document.hpp"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <cmath>
#include <optional>

namespace dtx::ui {
namespace {

// One compared figure: how to read it from an evaluation and show it.
struct Figure {
    const char* label;
    const char* unit; // of the number a CSV holds
    double (*read)(const Scenario&, const Evaluation&);
    QString (*format)(double);
};

QString formatFlopValue(double v) { return formatFlop(v); }
QString formatUsdValue(double v) { return formatUsd(v); }
QString formatPercentValue(double v) { return formatPercent(v); }
QString formatCountValue(double v) { return formatCount(v); }
QString formatParamsValue(double v) { return formatParamsB(v); }
QString formatBandwidthValue(double v) { return formatBandwidth(v); }
QString formatMultipleValue(double v) { return formatMultiple(v); }

const Figure kFigures[] = {
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "C_local"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "FLOP"),
     [](const Scenario&, const Evaluation& e) { return e.computeLocal; }, formatFlopValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "× Strict Threshold"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "multiple of the Strict Threshold"),
     [](const Scenario&, const Evaluation& e) { return e.thresholdMultiple; }, formatMultipleValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "C_quality"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "FLOP"),
     [](const Scenario&, const Evaluation& e) { return e.computeQuality; }, formatFlopValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "eta"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "fraction of local compute"),
     [](const Scenario&, const Evaluation& e) { return e.eta; }, formatPercentValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "Hardware cost"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "US$"),
     [](const Scenario&, const Evaluation& e) { return e.costUsd; }, formatUsdValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "Nodes"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "count"),
     [](const Scenario&, const Evaluation& e) { return e.nodes; }, formatCountValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "GPUs"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "count"),
     [](const Scenario&, const Evaluation& e) { return e.totalGpus; }, formatCountValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "Model size"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "billion parameters"),
     [](const Scenario&, const Evaluation& e) { return e.paramsB; }, formatParamsValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "WAN bandwidth"),
     QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "Mbps"),
     [](const Scenario& s, const Evaluation&) { return s.wan.equivalentSymmetricMbps(); }, formatBandwidthValue},
};

QString describe(const Scenario& s)
{
    return CompareTab::tr("%1 × %2, %3, model %4")
        .arg(formatCount(double(s.nodes)), QString::fromStdString(s.node.name),
             CoreTerms::modeTitle(s.mode), QString::fromLatin1(revisionName(s.revision)));
}

// The colours of the pinned scenarios' curves, after the current one's.
const QColor kPinnedColors[] = {colors::kComputeQuality, colors::kEfficiency, colors::kCost,
                                colors::kInnerSteps};

} // namespace

CompareTab::CompareTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      table_(new QTableWidget),
      computePlot_(new PlotView),
      bandwidthPlot_(new PlotView),
      nodeLabels_(new LabelPlacer(computePlot_)),
      bandwidthLabels_(new LabelPlacer(bandwidthPlot_)),
      pinButton_(new QPushButton(tr("Pin the current scenario"))),
      pinOtherButton_(new QPushButton),
      clearButton_(new QPushButton(tr("Unpin all")))
{
    document->setInputTitle(QStringLiteral("pins"), tr("pinned scenarios"));

    pinButton_->setToolTip(tr("Keep the current inputs for comparison (up to %1).").arg(kMaxPinned));
    connect(pinButton_, &QPushButton::clicked, this, [this] { pinCurrent(); });
    // The same inputs under the other model revision, side by side.
    pinOtherButton_->setObjectName(QStringLiteral("pinOtherRevision"));
    connect(pinOtherButton_, &QPushButton::clicked, this, [this] {
        const Scenario& s = this->document()->scenario();
        pin(switchRevision(s, otherRevision(s.revision), this->document()->catalog()).scenario);
    });
    connect(clearButton_, &QPushButton::clicked, this, &CompareTab::unpinAll);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAccessibleName(tr("Pinned scenarios compared"));
    table_->setAccessibleDescription(tr("One column per scenario, the current one first; a "
                                        "figure that differs from the current scenario is "
                                        "highlighted and given as a multiple."));
    clearButton_->setToolTip(tr("Remove every pinned scenario from the comparison."));
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->horizontalHeader()->setToolTip(tr("Double-click a pinned column's header to unpin it."));
    connect(table_->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
            [this](int section) { unpin(section - 1); });

    computePlot_->setTitle(tr("C_local against node count"));
    computePlot_->setAxisTitles(tr("Nodes"), tr("Compute (FLOP)"));
    computePlot_->setLogAxes(true, true);
    computePlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);
    bandwidthPlot_->setTitle(tr("C_local against WAN bandwidth"));
    bandwidthPlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("Compute (FLOP)"));
    bandwidthPlot_->setLogAxes(true, true);
    bandwidthPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pinButton_);
    buttons->addWidget(pinOtherButton_);
    buttons->addWidget(clearButton_);
    auto* hint = new QLabel(tr("Pinned columns show their difference from the current "
                               "scenario; changed figures are highlighted."));
    hint->setWordWrap(true); // longer in other languages
    buttons->addWidget(hint, 1);
    auto* layout = new QGridLayout(this);
    layout->addLayout(buttons, 0, 0, 1, 2);
    layout->addWidget(table_, 1, 0, 1, 2);
    layout->addWidget(computePlot_, 2, 0);
    layout->addWidget(bandwidthPlot_, 2, 1);
    // Every compared figure visible without scrolling; the curves get the rest.
    layout->setRowStretch(1, 3);
    layout->setRowStretch(2, 2);
    updateButtons();
}

bool CompareTab::pinCurrent()
{
    return pin(document()->scenario());
}

const std::vector<Scenario>& CompareTab::pinned() const
{
    return document()->state().pinned;
}

bool CompareTab::pin(const Scenario& scenario)
{
    if (pinnedCount() >= kMaxPinned)
        return false;
    document()->edit(QStringLiteral("pins"),
                     [&](DocumentState& state) { state.pinned.push_back(scenario); });
    return true;
}

void CompareTab::unpin(int index)
{
    if (index < 0 || index >= pinnedCount())
        return;
    document()->edit(QStringLiteral("pins"),
                     [&](DocumentState& state) { state.pinned.erase(state.pinned.begin() + index); });
}

void CompareTab::unpinAll()
{
    document()->edit(QStringLiteral("pins"), [](DocumentState& state) { state.pinned.clear(); });
}

void CompareTab::updateButtons()
{
    pinButton_->setEnabled(pinnedCount() < kMaxPinned);
    pinOtherButton_->setEnabled(pinnedCount() < kMaxPinned);
    const QString other = QString::fromLatin1(revisionName(otherRevision(document()->scenario().revision)));
    pinOtherButton_->setText(tr("Pin it under %1").arg(other));
    pinOtherButton_->setToolTip(tr("Keep the current inputs moved to model revision %1, to compare "
                                   "the two revisions' figures side by side.")
                                    .arg(other));
    clearButton_->setEnabled(pinnedCount() > 0);
}

void CompareTab::refresh(const ChangeSet& changes)
{
    updateButtons();
    if (!current_ || CompareCompute::currentReads(changes))
        current_ = CompareCompute::column(document()->scenario(), tr("Current"),
                                          &document()->analysisSettings());
    if (CompareCompute::pinsReads(changes) || pinnedColumns_.size() != pinned().size()) {
        pinnedColumns_.clear();
        for (std::size_t i = 0; i < pinned().size(); ++i)
            pinnedColumns_.push_back(CompareCompute::column(
                pinned()[i], tr("Pinned %1").arg(i + 1), &document()->analysisSettings()));
    }
    std::vector<const CompareColumn*> columns{&*current_};
    for (const CompareColumn& column : pinnedColumns_)
        columns.push_back(&column);

    // The figures, then each column's 90 % interval (Monte Carlo).
    const int intervalRow = int(std::size(kFigures)) + 1;
    table_->setRowCount(intervalRow + 2);
    table_->setColumnCount(int(columns.size()));
    QStringList headers{tr("Current")};
    for (int i = 1; i < int(columns.size()); ++i)
        headers << tr("Pinned %1").arg(i);
    table_->setHorizontalHeaderLabels(headers);
    QStringList rows{tr("Scenario")};
    for (const Figure& figure : kFigures)
        rows << tr(figure.label);
    rows << tr("C_local, 90 % interval") << tr("C_quality, 90 % interval");
    table_->setVerticalHeaderLabels(rows);
    // A CSV row is labelled with the unit of the number it holds.
    for (int row = 0; row < int(std::size(kFigures)); ++row)
        table_->verticalHeaderItem(row + 1)->setData(
            kCsvValueRole, tr("%1 (%2)").arg(tr(kFigures[row].label), tr(kFigures[row].unit)));

    const CompareColumn& current = *columns.front();
    for (int column = 0; column < int(columns.size()); ++column) {
        const CompareColumn& shown = *columns[std::size_t(column)];
        auto* name = new QTableWidgetItem(describe(shown.scenario));
        name->setToolTip(name->text());
        table_->setItem(0, column, name);
        for (int row = 0; row < int(std::size(kFigures)); ++row) {
            const Figure& figure = kFigures[row];
            auto* cell = new QTableWidgetItem;
            if (!shown.evaluation) {
                cell->setText(tr("no result"));
            } else {
                const double value = figure.read(shown.scenario, *shown.evaluation);
                cell->setData(kCsvValueRole, value);
                QString text = figure.format(value);
                if (column > 0 && current.evaluation) {
                    const double base = figure.read(current.scenario, *current.evaluation);
                    if (value != base) {
                        if (base != 0 && std::isfinite(value / base))
                            text += tr(" (%1)").arg(formatMultiple(value / base));
                        cell->setBackground(QColor(255, 236, 179));
                        cell->setForeground(QBrush(Qt::black));
                        QFont bold = cell->font();
                        bold.setBold(true);
                        cell->setFont(bold);
                    }
                }
                cell->setText(text);
            }
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row + 1, column, cell);
        }
        for (const auto& [row, metric] : {std::pair{intervalRow, UncertainMetric::ComputeLocal},
                                          std::pair{intervalRow + 1, UncertainMetric::ComputeQuality}}) {
            auto* cell = new QTableWidgetItem;
            if (shown.uncertainty) {
                const QuantileSummary& q = shown.uncertainty->of(metric);
                cell->setText(tr("%1 – %2").arg(formatPowerOfTen(q.q05), formatPowerOfTen(q.q95)));
                cell->setData(kCsvValueRole, QStringLiteral("%1-%2")
                                                 .arg(q.q05, 0, 'g', 17)
                                                 .arg(q.q95, 0, 'g', 17));
                cell->setToolTip(tr("5th to 95th percentile of %1 Monte Carlo samples (median %2)")
                                     .arg(formatCount(double(CompareCompute::kIntervalSamples)),
                                          formatPowerOfTen(q.q50)));
            } else {
                cell->setText(tr("no result"));
            }
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, column, cell);
        }
    }

    PlotData byNodes{tr("Nodes"), tr("Compute (FLOP)"), {}};
    PlotData byBandwidth{tr("WAN bandwidth (Mbps)"), tr("Compute (FLOP)"), {}};
    for (LabelPlacer* labels : {nodeLabels_, bandwidthLabels_})
        labels->clear();
    for (PlotView* plot : {computePlot_, bandwidthPlot_}) {
        plot->clearGraphs();
        plot->clearAnnotations();
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const QColor color = i == 0 ? colors::kComputeLocal : kPinnedColors[(i - 1) % 4];
        PlotView::setCurveData(computePlot_->addCurve(columns[i]->byNodes.name, color),
                               columns[i]->byNodes.x, columns[i]->byNodes.y);
        PlotView::setCurveData(bandwidthPlot_->addCurve(columns[i]->byBandwidth.name, color),
                               columns[i]->byBandwidth.x, columns[i]->byBandwidth.y);
        byNodes.series.push_back(columns[i]->byNodes);
        byBandwidth.series.push_back(columns[i]->byBandwidth);
        // Where each scenario itself sits on its curve, named.
        if (const std::optional<Evaluation>& e = columns[i]->evaluation) {
            const QString name = columns[i]->byNodes.name;
            for (const auto& [plot, labels, x] :
                 {std::tuple{computePlot_, nodeLabels_, e->nodes},
                  std::tuple{bandwidthPlot_, bandwidthLabels_, columns[i]->scenario.wan.equivalentSymmetricMbps()}}) {
                QCPGraph* point = plot->addPoints(QString(), color);
                point->removeFromLegend();
                PlotView::setCurveData(point, QVector<double>{x}, QVector<double>{e->computeLocal});
                labels->add(x, e->computeLocal, name);
            }
        }
    }
    computePlot_->setData(byNodes);
    bandwidthPlot_->setData(byBandwidth);
    addComputeGuides(computePlot_, document()->scenario().treaty.strictThresholdFlop);
    for (PlotView* plot : {computePlot_, bandwidthPlot_})
        plot->finishUpdate();
}

PlotTab::RevisionPlots CompareTab::otherRevisionPlots(const Scenario& other) const
{
    // The current scenario's curves under the other revision (pins are
    // pinned under the revision they were pinned with).
    const CompareColumn column = CompareCompute::column(other, tr("Current"));
    return {{computePlot_, PlotData{tr("Nodes"), tr("Compute (FLOP)"), {column.byNodes}}},
            {bandwidthPlot_,
             PlotData{tr("WAN bandwidth (Mbps)"), tr("Compute (FLOP)"), {column.byBandwidth}}}};
}

const QAbstractItemModel* CompareTab::briefTable() const
{
    return pinnedCount() > 0 ? table_->model() : nullptr;
}

} // namespace dtx::ui
