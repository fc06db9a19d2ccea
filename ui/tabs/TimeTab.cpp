#include "TimeTab.hpp"

#include "ComputeGuides.hpp"
#include "Constants.hpp"
#include "DilocoModes.hpp"
#include "EmptyPlotNote.hpp"
#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"
#include "Document.hpp"
#include "SliderField.hpp"
#include "TrainingPlanner.hpp"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace dtx::ui {
namespace {

constexpr double kMaxRateOom = 2; // per input: above today's fastest trend
constexpr int kRateDecimals = 3;

double roundToDecimals(double value)
{
    const double unit = std::pow(10.0, kRateDecimals);
    return std::round(value * unit) / unit;
}

} // namespace

TimeTab::TimeTab(Document* document, QWidget* parent)
    : PlotTab(document, parent),
      resultValue_(new QLabel),
      resultText_(new QLabel),
      budgetPlot_(new PlotView),
      runLengthPlot_(new PlotView)
{
    document->setInputTitle(QStringLiteral("growth"), tr("growth rates"));

    budgetPlot_->setTitle(tr("Training compute against the time budget"));
    budgetPlot_->setAxisTitles(tr("Time budget (months)"), tr("Compute (FLOP)"));
    budgetPlot_->setLogAxes(false, true);
    // The curves rise to the top right and the guide labels sit at the
    // right end: the bottom middle is what stays free.
    budgetPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignHCenter);

    runLengthPlot_->setTitle(tr("Longest sensible run against total growth"));
    runLengthPlot_->setAxisTitles(tr("Total growth (orders of magnitude per year)"),
                                  tr("Longest sensible run (months)"));
    runLengthPlot_->setLogAxes(true, true);
    runLengthPlot_->setLegendCorner(Qt::AlignBottom | Qt::AlignLeft);

    const RunLengthInputs defaults;
    hardwareField_ = addRateField(
        tr("Hardware growth"),
        tr("How fast compute per dollar improves each year, in orders of magnitude "
           "(Epoch AI, \"The longest training run\")."),
        defaults.hardwareGrowthOom, &RunLengthInputs::hardwareGrowthOom);
    softwareField_ = addRateField(
        tr("Software growth"),
        tr("How fast algorithms cut the compute a given capability needs, in orders of "
           "magnitude per year (Epoch AI)."),
        defaults.softwareGrowthOom, &RunLengthInputs::softwareGrowthOom);
    investmentField_ = addRateField(
        tr("Investment growth"),
        tr("How fast the money spent on the largest runs grows, in orders of magnitude per "
           "year (Epoch AI)."),
        defaults.investmentGrowthOom, &RunLengthInputs::investmentGrowthOom);

    auto* noTreaty = new QPushButton(tr("No treaty"));
    noTreaty->setToolTip(tr("Today's growth rates (Epoch AI): about %1 orders of magnitude a year.")
                             .arg(formatDecimal(totalGrowthOom(defaults), 2)));
    connect(noTreaty, &QPushButton::clicked, this, [this] { setGrowthRates(RunLengthInputs{}); });
    auto* treaty = new QPushButton(tr("Treaty slowdown"));
    treaty->setToolTip(tr("All three rates scaled down together to a total of %1 orders of "
                          "magnitude a year, the slowdown the model assumes under the treaty.")
                           .arg(formatDecimal(kTreatyGrowthOomPerYear, 2)));
    connect(treaty, &QPushButton::clicked, this, [this] { setGrowthRates(treatySlowdownRates()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(noTreaty);
    buttons->addWidget(treaty);

    QFont big = resultValue_->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    resultValue_->setFont(big);
    resultValue_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultText_->setWordWrap(true);
    resultText_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* heading = new QLabel(tr("<b>Longest sensible training run</b>"));
    heading->setToolTip(tr("A run longer than L is finished sooner by one that starts later "
                           "with better hardware, better software and a bigger budget."));
    auto* formula = new QLabel(tr("L = 1 / ((g_H + g_S + g_I) × ln 10) years, after Epoch AI, "
                                  "\"The longest training run\" (2022)."));
    formula->setWordWrap(true);
    auto* calculator = new QVBoxLayout;
    calculator->addWidget(heading);
    calculator->addWidget(formula);
    calculator->addWidget(hardwareField_);
    calculator->addWidget(softwareField_);
    calculator->addWidget(investmentField_);
    calculator->addLayout(buttons);
    calculator->addSpacing(8);
    calculator->addWidget(resultValue_);
    calculator->addWidget(resultText_);
    calculator->addStretch(1);
    auto* calculatorBox = new QWidget;
    calculatorBox->setLayout(calculator);
    calculatorBox->setFixedWidth(340);

    auto* layout = new QGridLayout(this);
    // The calculator down the left, the two plots stacked beside it: on a
    // laptop screen the calculator's height would otherwise squeeze the
    // budget plot to a strip.
    layout->addWidget(calculatorBox, 0, 0, 2, 1);
    layout->addWidget(budgetPlot_, 0, 1);
    layout->addWidget(runLengthPlot_, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(1, 1);
    layout->setColumnStretch(1, 1);
}

SliderField* TimeTab::addRateField(const QString& label, const QString& help, double exactDefault,
                                   double RunLengthInputs::*rate)
{
    // The spin box shows three decimals; its default is the rounded value,
    // and an edit landing on it means the exact default.
    const double shownDefault = roundToDecimals(exactDefault);
    auto* field = new SliderField(
        {label, tr("OOM/yr"), help, 0, kMaxRateOom, shownDefault, kRateDecimals, false, false});
    connect(field, &SliderField::valueEdited, this, [this, rate, shownDefault,
                                                     exactDefault](double value) {
        document()->edit(QStringLiteral("growth"), [&](DocumentState& state) {
            state.growth.*rate = value == shownDefault ? exactDefault : value;
        });
    });
    connect(field, &SliderField::dragStarted, document(), &Document::beginDrag);
    connect(field, &SliderField::dragFinished, document(), &Document::endDrag);
    return field;
}

const RunLengthInputs& TimeTab::growthRates() const
{
    return document()->state().growth;
}

void TimeTab::setGrowthRates(const RunLengthInputs& rates)
{
    document()->edit(QStringLiteral("growth"), [&](DocumentState& state) {
        state.growth.hardwareGrowthOom = rates.hardwareGrowthOom;
        state.growth.softwareGrowthOom = rates.softwareGrowthOom;
        state.growth.investmentGrowthOom = rates.investmentGrowthOom;
    });
}

void TimeTab::showRates()
{
    const RunLengthInputs& rates = growthRates();
    hardwareField_->showValue(rates.hardwareGrowthOom);
    softwareField_->showValue(rates.softwareGrowthOom);
    investmentField_->showValue(rates.investmentGrowthOom);
}

bool TimeTab::shows(const ChangeSet& changes) const
{
    // The budget's guide line is the Strict Threshold; the budget itself
    // and the growth rates show everywhere on the tab.
    return TimeCompute::budgetReads(changes) || TimeCompute::runLengthReads(changes)
           || changes.touches(QStringLiteral("scenario.treaty.strict_threshold_flop"));
}

void TimeTab::refresh(const ChangeSet& changes)
{
    showRates();
    if (!budget_ || TimeCompute::budgetReads(changes))
        budget_ = TimeCompute::budget(document()->scenario());
    if (!runLength_ || TimeCompute::runLengthReads(changes))
        runLength_ = TimeCompute::runLength(growthRates());
    refreshBudgetPlot(runLength_->limitMonths);
    refreshRunLengthPlot(runLength_->limitMonths);
    showResult(runLength_->limitMonths);
}

void TimeTab::refreshBudgetPlot(double limit)
{
    const Scenario& scenario = document()->scenario();
    budgetPlot_->clearGraphs();
    budgetPlot_->clearAnnotations();
    for (const PlotSeries& series : budget_->budget.series) {
        QCPGraph* graph =
            series.role == QLatin1String("marker")
                ? budgetPlot_->addPoints(series.name, budgetPlot_->ink(), QCPScatterStyle::ssCircle, 11)
                : budgetPlot_->addCurve(series.name, series.role == QLatin1String("c_local")
                                                         ? colors::kComputeLocal
                                                         : colors::kComputeQuality);
        PlotView::setCurveData(graph, series.x, series.y);
    }
    budgetPlot_->setData(budget_->budget);
    addComputeGuides(budgetPlot_, scenario.treaty.strictThresholdFlop);
    budgetPlot_->addVerticalLine(limit, tr("Longest sensible run: %1").arg(formatMonths(limit)),
                                 colors::kRunLengthLimit);
    addEmptyPlotNote(budgetPlot_, document()->outcome());
    budgetPlot_->finishUpdate();
}

void TimeTab::refreshRunLengthPlot(double)
{
    runLengthPlot_->clearGraphs();
    runLengthPlot_->clearAnnotations();
    for (const PlotSeries& series : runLength_->runLength.series) {
        QCPGraph* graph = nullptr;
        if (series.role == QLatin1String("limit"))
            graph = runLengthPlot_->addCurve(series.name, colors::kRunLengthLimit);
        else if (series.role == QLatin1String("yours"))
            graph = runLengthPlot_->addPoints(series.name, runLengthPlot_->ink(), QCPScatterStyle::ssCircle, 8);
        else
            graph = runLengthPlot_->addPoints(series.name, colors::kComparison,
                                              series.role == QLatin1String("treaty")
                                                  ? QCPScatterStyle::ssTriangle
                                                  : QCPScatterStyle::ssSquare,
                                              11);
        PlotView::setCurveData(graph, series.x, series.y);
        if (series.role == QLatin1String("no_treaty") || series.role == QLatin1String("treaty"))
            runLengthPlot_->addPointLabel(series.x.front(), series.y.front(),
                                          tr("%1: %2").arg(series.name, formatMonths(series.y.front())));
    }
    runLengthPlot_->setData(runLength_->runLength);
    const double budgetMonths = document()->scenario().training.years * kMonthsPerYear;
    runLengthPlot_->addHorizontalLine(
        budgetMonths, tr("This scenario's budget: %1").arg(formatMonths(budgetMonths)),
        colors::kReferenceLine);
    runLengthPlot_->finishUpdate();
}

void TimeTab::showResult(double limit)
{
    const double total = runLength_->totalGrowthOom;
    if (!std::isfinite(limit)) {
        resultValue_->setText(tr("No limit"));
        resultText_->setText(tr("With no growth at all, a later run is never better equipped, so "
                                "no run is overtaken by waiting."));
        return;
    }
    const double budgetMonths = document()->scenario().training.years * kMonthsPerYear;
    resultValue_->setText(formatMonths(limit));
    resultText_->setText(
        tr("A run longer than %1 is overtaken by a later, better-equipped run. Total growth: "
           "%2 orders of magnitude a year. This scenario's budget of %3 is %4.")
            .arg(formatMonths(limit), formatDecimal(total, 2), formatMonths(budgetMonths),
                 budgetMonths > limit ? tr("longer than that") : tr("within it")));
}

PlotTab::RevisionPlots TimeTab::otherRevisionPlots(const Scenario& other) const
{
    return {{budgetPlot_, TimeCompute::budget(other).budget}};
}

bool TimeTab::otherRevisionReads(const ChangeSet& changes) const
{
    return TimeCompute::budgetReads(changes);
}

} // namespace dtx::ui
