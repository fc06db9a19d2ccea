#include "DutyCycleChart.hpp"

#include "Format.hpp"
#include "PlotColors.hpp"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

// Bar rows, bottom to top.
enum Row { SyncRow = 0, ComputeRow = 1 };

struct TimeUnit {
    double seconds;
    QString name;
};

// The unit that keeps the axis numbers small: seconds up to two minutes,
// minutes up to two hours, hours up to two days, then days.
TimeUnit unitFor(double seconds)
{
    if (seconds < 120)
        return {1, DutyCycleChart::tr("s")};
    if (seconds < 7200)
        return {60, DutyCycleChart::tr("min")};
    if (seconds < 172800)
        return {3600, DutyCycleChart::tr("h")};
    return {86400, DutyCycleChart::tr("days")};
}

QBarSet* makeSet(const QColor& color)
{
    auto* set = new QBarSet(QString());
    set->append({0.0, 0.0});
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    return set;
}

double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

} // namespace

DutyCycleChart::DutyCycleChart(QWidget* parent)
    : PaletteChartView(parent),
      series_(new QHorizontalStackedBarSeries),
      compute_(makeSet(colors::kComputeBlock)),
      regionalSync_(makeSet(colors::kRegionalSync)),
      wanSync_(makeSet(colors::kWanSync)),
      rows_(new QBarCategoryAxis),
      time_(new QValueAxis)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Duty cycle of one outer step"));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    series_->append(compute_);
    series_->append(regionalSync_);
    series_->append(wanSync_);
    series_->setBarWidth(0.6);
    chart->addSeries(series_);
    rows_->append({tr("Sync"), tr("Compute")});
    chart->addAxis(rows_, Qt::AlignLeft);
    series_->attachAxis(rows_);
    time_->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(time_, Qt::AlignBottom);
    series_->attachAxis(time_);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart->legend()->setFont(legendFont);
    setChart(chart);
    applyPalette();
    setRenderHint(QPainter::Antialiasing);
    setFixedHeight(230);
    setAccessibleName(tr("Duty cycle of one outer step"));
    setAccessibleDescription(tr("Bar chart: the compute between syncs against the time the "
                                "syncs take; the summary above says the same in words."));
}

void DutyCycleChart::showResult(const PlannerInputs& inputs, const PlannerResult& result)
{
    const bool hierarchical = result.regionalSyncSeconds.has_value();
    const bool pipelineWan = result.mode == PlannerMode::PipelineWan;
    computeSeconds_ = finiteOrZero(result.computeBlockSeconds);
    // The compute row of a hierarchical step spans all R regional rounds,
    // so the sync row carries all R regional syncs.
    regionalSeconds_ =
        hierarchical ? finiteOrZero(*result.regionalSyncSeconds * inputs.hierarchy.regionalSteps)
                     : 0.0;
    wanSeconds_ = finiteOrZero(result.globalSyncSeconds);

    const double longest = std::max(computeSeconds_, regionalSeconds_ + wanSeconds_);
    const TimeUnit unit = unitFor(longest);
    compute_->replace(ComputeRow, computeSeconds_ / unit.seconds);
    regionalSync_->replace(SyncRow, regionalSeconds_ / unit.seconds);
    wanSync_->replace(SyncRow, wanSeconds_ / unit.seconds);

    // Short names keep three legend entries on one line; the summary beside
    // the chart gives each time in words.
    compute_->setLabel(pipelineWan ? tr("Pipeline compute") : tr("Compute"));
    regionalSync_->setLabel(tr("Regional syncs"));
    wanSync_->setLabel(pipelineWan ? tr("Activation transfer") : tr("WAN sync"));
    for (QLegendMarker* marker : chart()->legend()->markers(series_))
        if (auto* barMarker = qobject_cast<QBarLegendMarker*>(marker);
            barMarker && barMarker->barset() == regionalSync_)
            barMarker->setVisible(hierarchical);

    time_->setTitleText(tr("Time (%1)").arg(unit.name));
    time_->setRange(0, longest > 0 ? longest / unit.seconds * 1.02 : 1.0);
    time_->applyNiceNumbers();
}

double DutyCycleChart::computeSeconds() const
{
    return computeSeconds_;
}

double DutyCycleChart::regionalSyncSeconds() const
{
    return regionalSeconds_;
}

double DutyCycleChart::wanSyncSeconds() const
{
    return wanSeconds_;
}

} // namespace dtx::ui
