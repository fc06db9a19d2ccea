#include "TimeCompute.hpp"

#include "Constants.hpp"
#include "DilocoModes.hpp"
#include "Format.hpp"
#include "SweepGrid.hpp"

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

constexpr double kMinBudgetMonths = 1;
constexpr double kMaxBudgetMonths = 60;
constexpr double kMinPlottedGrowthOom = 0.05;
constexpr double kMaxPlottedGrowthOom = 3;

double limitMonths(const RunLengthInputs& rates)
{
    return runLengthLimitYears(rates) * kMonthsPerYear;
}

} // namespace

bool TimeCompute::budgetReads(const ChangeSet& changes)
{
    return changes.touchesAnyBut({QStringLiteral("scenario")},
                                 {QStringLiteral("scenario.treaty"), QStringLiteral("scenario.name")});
}

bool TimeCompute::runLengthReads(const ChangeSet& changes)
{
    return changes.touches(QStringLiteral("growth"));
}

BudgetResult TimeCompute::budget(const Scenario& scenario)
{
    BudgetResult r;
    r.budget = {tr("Time budget (months)"), tr("Compute (FLOP)"), {}};
    // The swept range takes in the scenario's own budget when it lies outside.
    const double budgetMonths = scenario.training.years * kMonthsPerYear;
    std::vector<double> months, computeLocal, computeQuality;
    for (const SweepPoint& point :
         sweepScenario(scenario,
                       linearGrid(std::min(kMinBudgetMonths, budgetMonths),
                                  std::max(kMaxBudgetMonths, budgetMonths)),
                       [](Scenario& s, double m) { s.training.years = m / kMonthsPerYear; })) {
        months.push_back(point.x);
        computeLocal.push_back(point.evaluation.computeLocal);
        computeQuality.push_back(point.evaluation.computeQuality);
    }
    r.budget.series.push_back({tr("C_local (local-equivalent)"), months, computeLocal,
                               QStringLiteral("c_local")});
    r.budget.series.push_back({tr("C_quality (quality-adjusted)"), months, computeQuality,
                               QStringLiteral("c_quality")});
    if (const std::optional<Evaluation> e = evaluate(scenario).evaluation)
        r.budget.series.push_back({tr("This scenario: %1").arg(formatMonths(budgetMonths)),
                                   {budgetMonths}, {e->computeLocal}, QStringLiteral("marker")});
    return r;
}

RunLengthResult TimeCompute::runLength(const RunLengthInputs& growth)
{
    RunLengthResult r;
    r.runLength = {tr("Total growth (orders of magnitude per year)"),
                   tr("Longest sensible run (months)"), {}};
    const std::vector<double> totals = logGrid(kMinPlottedGrowthOom, kMaxPlottedGrowthOom);
    std::vector<double> months;
    months.reserve(totals.size());
    for (const double total : totals)
        months.push_back(maxRunLengthYears(total, 0, 0) * kMonthsPerYear);
    r.runLength.series.push_back({tr("Longest sensible run L"), totals, months, QStringLiteral("limit")});

    const RunLengthInputs noTreaty;
    const RunLengthInputs treaty = treatySlowdownRates();
    r.noTreatyMonths = limitMonths(noTreaty);
    r.treatyMonths = limitMonths(treaty);
    r.limitMonths = limitMonths(growth);
    r.totalGrowthOom = totalGrowthOom(growth);
    r.runLength.series.push_back({tr("No treaty"), {totalGrowthOom(noTreaty)}, {r.noTreatyMonths},
                                  QStringLiteral("no_treaty")});
    r.runLength.series.push_back({tr("Treaty slowdown"), {totalGrowthOom(treaty)}, {r.treatyMonths},
                                  QStringLiteral("treaty")});
    r.runLength.series.push_back(
        {tr("Your inputs: %1").arg(std::isfinite(r.limitMonths) ? formatMonths(r.limitMonths) : tr("no limit")),
         {r.totalGrowthOom}, {r.limitMonths}, QStringLiteral("yours")});
    return r;
}

} // namespace dtx::ui
