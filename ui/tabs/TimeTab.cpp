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
#include "SweepGrid.hpp"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace dtx::ui {
namespace {

constexpr double kMinBudgetMonths = 1;
constexpr double kMaxBudgetMonths = 60;
constexpr double kMinPlottedGrowthOom = 0.05;
constexpr double kMaxPlottedGrowthOom = 3;
constexpr double kMaxRateOom = 2; // per input: above today's fastest trend
constexpr int kRateDecimals = 3;

double totalGrowth(const RunLengthInputs& rates)
{
    return totalGrowthOom(rates);
}

double limitMonths(const RunLengthInputs& rates)
{
    return runLengthLimitYears(rates) * kMonthsPerYear;
}

RunLengthInputs treatyRates()
{
    return treatySlowdownRates();
}

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
    budgetPlot_->setTitle(tr("Training compute against the time budget"));
    budgetPlot_->setAxisTitles(tr("Time budget (months)"), tr("Compute (FLOP)"));
    budgetPlot_->setLogAxes(false, true);
    budgetPlot_->setPowerOfTenLabels(false, true);
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
                             .arg(formatDecimal(totalGrowth(defaults), 2)));
    connect(noTreaty, &QPushButton::clicked, this, [this] { setGrowthRates(RunLengthInputs{}); });
    auto* treaty = new QPushButton(tr("Treaty slowdown"));
    treaty->setToolTip(tr("All three rates scaled down together to a total of %1 orders of "
                          "magnitude a year, the slowdown MODEL.md §13 assumes under the treaty.")
                           .arg(formatDecimal(kTreatyGrowthOomPerYear, 2)));
    connect(treaty, &QPushButton::clicked, this, [this] { setGrowthRates(treatyRates()); });
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
                                  "\"The longest training run\" (MODEL.md §13)."));
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
    layout->addWidget(budgetPlot_, 0, 0, 1, 2);
    layout->addWidget(calculatorBox, 1, 0);
    layout->addWidget(runLengthPlot_, 1, 1);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
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

void TimeTab::refresh(const ChangeSet&)
{
    showRates();
    const double limit = limitMonths(growthRates());
    refreshBudgetPlot(limit);
    refreshRunLengthPlot(limit);
    showResult(limit);
}

void TimeTab::refreshBudgetPlot(double limit)
{
    const Scenario& scenario = document()->scenario();
    budgetPlot_->clearGraphs();
    budgetPlot_->clearAnnotations();

    // The swept range takes in the scenario's own budget when it lies outside.
    const double budgetMonths = scenario.training.years * kMonthsPerYear;
    const bool budgetValid = std::isfinite(budgetMonths) && budgetMonths > 0;
    QVector<double> months, computeLocal, computeQuality;
    Scenario varied = scenario;
    for (const double m :
         linearGrid(budgetValid ? std::min(kMinBudgetMonths, budgetMonths) : kMinBudgetMonths,
                    budgetValid ? std::max(kMaxBudgetMonths, budgetMonths) : kMaxBudgetMonths)) {
        varied.training.years = m / kMonthsPerYear;
        const EvaluationOutcome outcome = evaluate(varied);
        if (!outcome.ok())
            continue;
        months << m;
        computeLocal << outcome.evaluation->computeLocal;
        computeQuality << outcome.evaluation->computeQuality;
    }
    PlotView::setCurveData(budgetPlot_->addCurve(tr("C_local (local-equivalent)"),
                                                 colors::kComputeLocal),
                           months, computeLocal);
    PlotView::setCurveData(budgetPlot_->addCurve(tr("C_quality (quality-adjusted)"),
                                                 colors::kComputeQuality),
                           months, computeQuality);
    addComputeGuides(budgetPlot_, scenario.treaty.strictThresholdFlop);
    budgetPlot_->addVerticalLine(limit, tr("Longest sensible run: %1").arg(formatMonths(limit)),
                                 colors::kRunLengthLimit);

    const EvaluationOutcome& outcome = document()->outcome();
    addEmptyPlotNote(budgetPlot_, outcome);
    if (outcome.ok()) {
        PlotView::setCurveData(
            budgetPlot_->addPoints(tr("This scenario: %1").arg(formatMonths(budgetMonths)),
                                   budgetPlot_->ink(), QCPScatterStyle::ssCircle, 11),
            {budgetMonths}, {outcome.evaluation->computeLocal});
    }
    budgetPlot_->finishUpdate();
}

void TimeTab::refreshRunLengthPlot(double limit)
{
    runLengthPlot_->clearGraphs();
    runLengthPlot_->clearAnnotations();

    const std::vector<double> totals = logGrid(kMinPlottedGrowthOom, kMaxPlottedGrowthOom);
    std::vector<double> months;
    months.reserve(totals.size());
    for (const double total : totals)
        months.push_back(maxRunLengthYears(total, 0, 0) * kMonthsPerYear);
    PlotView::setCurveData(runLengthPlot_->addCurve(tr("Longest sensible run L"),
                                                    colors::kRunLengthLimit),
                           totals, months);

    const auto mark = [this](const RunLengthInputs& rates, const QString& name,
                             const QColor& color, QCPScatterStyle::ScatterShape shape) {
        const double total = totalGrowth(rates);
        const double at = limitMonths(rates);
        PlotView::setCurveData(runLengthPlot_->addPoints(name, color, shape, 11), {total}, {at});
        return std::pair{total, at};
    };
    const auto [freeTotal, freeMonths] =
        mark(RunLengthInputs{}, tr("No treaty"), colors::kComparison, QCPScatterStyle::ssSquare);
    const auto [treatyTotal, treatyMonths] =
        mark(treatyRates(), tr("Treaty slowdown"), colors::kComparison, QCPScatterStyle::ssTriangle);
    runLengthPlot_->addPointLabel(freeTotal, freeMonths,
                                  tr("No treaty: %1").arg(formatMonths(freeMonths)));
    runLengthPlot_->addPointLabel(treatyTotal, treatyMonths,
                                  tr("Treaty slowdown: %1").arg(formatMonths(treatyMonths)));
    PlotView::setCurveData(
        runLengthPlot_->addPoints(
            tr("Your inputs: %1").arg(std::isfinite(limit) ? formatMonths(limit) : tr("no limit")),
            runLengthPlot_->ink(), QCPScatterStyle::ssCircle, 8),
        {totalGrowth(growthRates())}, {limit});

    const double budgetMonths = document()->scenario().training.years * kMonthsPerYear;
    runLengthPlot_->addHorizontalLine(
        budgetMonths, tr("This scenario's budget: %1").arg(formatMonths(budgetMonths)),
        colors::kReferenceLine);
    runLengthPlot_->finishUpdate();
}

void TimeTab::showResult(double limit)
{
    const double total = totalGrowth(growthRates());
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

} // namespace dtx::ui
