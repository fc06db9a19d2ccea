#include "CompareTab.hpp"

#include "DocumentFile.hpp"
#include "PlotExport.hpp"

#include "CoreTerms.hpp"

#include "ComputeGuides.hpp"
#include "DilocoModes.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "Document.hpp"
#include "SweepGrid.hpp"

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
     [](const Scenario&, const Evaluation& e) { return e.computeLocal; }, formatFlopValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "× Strict Threshold"),
     [](const Scenario&, const Evaluation& e) { return e.thresholdMultiple; }, formatMultipleValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "C_quality"),
     [](const Scenario&, const Evaluation& e) { return e.computeQuality; }, formatFlopValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "eta"),
     [](const Scenario&, const Evaluation& e) { return e.eta; }, formatPercentValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "Hardware cost"),
     [](const Scenario&, const Evaluation& e) { return e.costUsd; }, formatUsdValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "Nodes"),
     [](const Scenario&, const Evaluation& e) { return e.nodes; }, formatCountValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "GPUs"),
     [](const Scenario&, const Evaluation& e) { return e.totalGpus; }, formatCountValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "Model size"),
     [](const Scenario&, const Evaluation& e) { return e.paramsB; }, formatParamsValue},
    {QT_TRANSLATE_NOOP("dtx::ui::CompareTab", "WAN bandwidth"),
     [](const Scenario& s, const Evaluation&) { return s.wan.bandwidthMbps; }, formatBandwidthValue},
};

QString describe(const Scenario& s)
{
    return CompareTab::tr("%1 × %2, %3").arg(formatCount(double(s.nodes)),
                                             QString::fromStdString(s.node.name),
                                             CoreTerms::modeTitle(s.mode));
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
      pinButton_(new QPushButton(tr("Pin the current scenario"))),
      clearButton_(new QPushButton(tr("Unpin all")))
{
    pinButton_->setToolTip(tr("Keep the current inputs for comparison (up to %1).").arg(kMaxPinned));
    connect(pinButton_, &QPushButton::clicked, this, [this] { pinCurrent(); });
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
    computePlot_->setPowerOfTenLabels(false, true);
    computePlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);
    computePlot_->setLineLabelsLeft(true);
    bandwidthPlot_->setTitle(tr("C_local against WAN bandwidth"));
    bandwidthPlot_->setAxisTitles(tr("WAN bandwidth (Mbps)"), tr("Compute (FLOP)"));
    bandwidthPlot_->setLogAxes(true, true);
    bandwidthPlot_->setPowerOfTenLabels(false, true);
    bandwidthPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignRight);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pinButton_);
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
    clearButton_->setEnabled(pinnedCount() > 0);
}

void CompareTab::refresh(const ChangeSet&)
{
    updateButtons();
    std::vector<Scenario> scenarios{document()->scenario()};
    scenarios.insert(scenarios.end(), pinned().begin(), pinned().end());
    std::vector<std::optional<Evaluation>> results;
    for (const Scenario& s : scenarios)
        results.push_back(evaluate(s).evaluation);

    table_->setRowCount(int(std::size(kFigures)) + 1);
    table_->setColumnCount(int(scenarios.size()));
    QStringList headers{tr("Current")};
    for (int i = 1; i < int(scenarios.size()); ++i)
        headers << tr("Pinned %1").arg(i);
    table_->setHorizontalHeaderLabels(headers);
    QStringList rows{tr("Scenario")};
    for (const Figure& figure : kFigures)
        rows << tr(figure.label);
    table_->setVerticalHeaderLabels(rows);

    for (int column = 0; column < int(scenarios.size()); ++column) {
        const Scenario& s = scenarios[std::size_t(column)];
        auto* name = new QTableWidgetItem(describe(s));
        name->setToolTip(name->text());
        table_->setItem(0, column, name);
        for (int row = 0; row < int(std::size(kFigures)); ++row) {
            const Figure& figure = kFigures[row];
            auto* cell = new QTableWidgetItem;
            const auto& result = results[std::size_t(column)];
            if (!result) {
                cell->setText(tr("no result"));
            } else {
                const double value = figure.read(s, *result);
                cell->setData(kCsvValueRole, value);
                QString text = figure.format(value);
                const auto& current = results.front();
                if (column > 0 && current) {
                    const double base = figure.read(scenarios.front(), *current);
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
    }

    for (PlotView* plot : {computePlot_, bandwidthPlot_}) {
        plot->clearGraphs();
        plot->clearAnnotations();
    }
    double largest = double(document()->scenario().nodes);
    for (const Scenario& s : pinned())
        largest = std::max(largest, double(s.nodes));
    const std::vector<double> nodeGrid = logIntegerGrid(1, sweepEndCovering(10000, largest));
    const std::vector<double> bandwidthGrid = logGrid(1, 10000);
    for (int i = 0; i < int(scenarios.size()); ++i) {
        const QString name = i == 0 ? tr("Current") : tr("Pinned %1").arg(i);
        const QColor color = i == 0 ? colors::kComputeLocal : kPinnedColors[(i - 1) % 4];
        QVector<double> x, y, bx, by;
        Scenario s = scenarios[std::size_t(i)];
        for (const double n : nodeGrid) {
            s.nodes = std::int64_t(n);
            if (const auto e = evaluate(s).evaluation) {
                x << n;
                y << e->computeLocal;
            }
        }
        s = scenarios[std::size_t(i)];
        for (const double b : bandwidthGrid) {
            s.wan.bandwidthMbps = b;
            if (const auto e = evaluate(s).evaluation) {
                bx << b;
                by << e->computeLocal;
            }
        }
        PlotView::setCurveData(computePlot_->addCurve(name, color), x, y);
        PlotView::setCurveData(bandwidthPlot_->addCurve(name, color), bx, by);
    }
    addComputeGuides(computePlot_, document()->scenario().treaty.strictThresholdFlop);
    for (PlotView* plot : {computePlot_, bandwidthPlot_})
        plot->finishUpdate();
}

} // namespace dtx::ui
