#include "CollateralCatchChart.hpp"

#include <QFontMetrics>

#include "Format.hpp"
#include "PlotColors.hpp"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <utility>

namespace dtx::ui {
namespace {

constexpr int kCategoryCount =
    int(std::size(kReferenceComputeThresholds) + std::size(kReferenceMemoryThresholdsGb)) + 2;

QBarSet* makeSet(const QString& name, const QColor& color)
{
    auto* set = new QBarSet(name);
    for (int i = 0; i < kCategoryCount; ++i)
        *set << 0;
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    return set;
}

} // namespace

CollateralCatchChart::CollateralCatchChart(std::vector<CollateralSystem> systems, QWidget* parent)
    : PaletteChartView(parent),
      systems_(std::move(systems)),
      computeSet_(makeSet(tr("CCC threshold"), colors::kComputeRule)),
      memorySet_(makeSet(tr("Memory threshold"), colors::kMemoryRule)),
      categoryAxis_(new QBarCategoryAxis)
{
    // Stacked, so that each category shows the one set that applies to it
    // in that set's colour (the other is zero there).
    auto* series = new QHorizontalStackedBarSeries;
    series->append(computeSet_);
    series->append(memorySet_);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);

    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Systems each threshold catches"));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);

    QFont smallFont = font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    categoryAxis_->setTruncateLabels(false);
    categoryAxis_->setLabelsFont(smallFont);
    chart->addAxis(categoryAxis_, Qt::AlignLeft);
    series->attachAxis(categoryAxis_);
    auto* valueAxis = new QValueAxis;
    valueAxis_ = valueAxis;
    fitValueAxis();
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTitleFont(smallFont);
    valueAxis->setTruncateLabels(false);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    // The labels say which rule each bar is (T = compute, L = memory): no
    // legend, so that every threshold keeps its line on a small screen.
    chart->legend()->hide();

    setChart(chart);
    applyPalette();
    setRenderHint(QPainter::Antialiasing);
    // Every category's label needs its line: QtCharts drops the labels that
    // would touch (and leaves bars unnamed). Title and value axis take about
    // four lines more.
    const int line = QFontMetrics(smallFont).height() + 2;
    setMinimumSize(240, int((kCategoryCount * 1.7 + 4) * line));
    setAccessibleName(tr("Systems caught per threshold"));
    setAccessibleDescription(tr("Bar chart: how many of the reference systems each compute or "
                                "memory threshold would make register; the table beside it "
                                "lists them one by one."));
    setTreaty(TreatyInputs{});
}

void CollateralCatchChart::fitValueAxis()
{
    const int systemCount = int(systems_.size());
    valueAxis_->setRange(0, std::max(1, systemCount));
    valueAxis_->setTickCount(std::max(1, systemCount) / 2 + 1);
    valueAxis_->setTitleText(tr("Systems caught (of %1)").arg(systemCount));
}

void CollateralCatchChart::setSystems(std::vector<CollateralSystem> systems)
{
    systems_ = std::move(systems);
    fitValueAxis();
}

void CollateralCatchChart::setTreaty(const TreatyInputs& treaty)
{
    const auto caughtByCompute = [&](double t) { return double(systemsCaughtByCompute(systems_, t)); };
    const auto caughtByMemory = [&](double l) { return double(systemsCaughtByMemory(systems_, l)); };

    // Listed top to bottom, strictest first within each rule.
    QStringList categories;
    QList<double> computeCounts, memoryCounts;
    std::vector<double> thresholds(std::begin(kReferenceComputeThresholds),
                                   std::end(kReferenceComputeThresholds));
    std::sort(thresholds.begin(), thresholds.end());
    for (const double t : thresholds) {
        categories << tr("T = %1").arg(formatSignificant(t));
        computeCounts << caughtByCompute(t);
        memoryCounts << 0;
    }
    categories << tr("T = %1 (now)").arg(formatSignificant(treaty.cccThresholdH100e));
    computeCounts << caughtByCompute(treaty.cccThresholdH100e);
    memoryCounts << 0;
    for (const double l : kReferenceMemoryThresholdsGb) {
        categories << tr("L = %1 GB").arg(formatCount(l));
        computeCounts << 0;
        memoryCounts << caughtByMemory(l);
    }
    if (treaty.memoryThresholdGb) {
        categories << tr("L = %1 GB (now)").arg(formatCount(*treaty.memoryThresholdGb));
        memoryCounts << caughtByMemory(*treaty.memoryThresholdGb);
    } else {
        categories << tr("L: no rule (now)");
        memoryCounts << 0;
    }
    computeCounts << 0;

    // A horizontal bar chart draws its first category at the bottom.
    std::reverse(categories.begin(), categories.end());
    std::reverse(computeCounts.begin(), computeCounts.end());
    std::reverse(memoryCounts.begin(), memoryCounts.end());
    if (categoryAxis_->categories() != categories)
        categoryAxis_->setCategories(categories);
    for (int i = 0; i < kCategoryCount; ++i) {
        if (computeSet_->at(i) != computeCounts[i])
            computeSet_->replace(i, computeCounts[i]);
        if (memorySet_->at(i) != memoryCounts[i])
            memorySet_->replace(i, memoryCounts[i]);
    }
}

QStringList CollateralCatchChart::categories() const
{
    QStringList list = categoryAxis_->categories();
    std::reverse(list.begin(), list.end());
    return list;
}

QList<double> CollateralCatchChart::caughtCounts() const
{
    QList<double> counts;
    for (int i = kCategoryCount - 1; i >= 0; --i)
        counts << computeSet_->at(i) + memorySet_->at(i);
    return counts;
}

} // namespace dtx::ui
