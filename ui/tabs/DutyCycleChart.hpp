#pragma once

#include "TrainingPlanner.hpp"

#include "PaletteChartView.hpp"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace dtx::ui {

// One outer step of a planned run as two horizontal bars: the compute block
// between syncs against the synchronisation (the WAN sync, stacked on the
// regional syncs when hierarchical). The longer bar is the bottleneck; with
// streaming it alone sets the pace, without streaming the two add up.
class DutyCycleChart : public PaletteChartView {
    Q_OBJECT
public:
    explicit DutyCycleChart(QWidget* parent = nullptr);

    void showResult(const PlannerInputs& inputs, const PlannerResult& result);

    // Bar lengths in seconds, for tests: compute, regional (all R rounds), WAN.
    double computeSeconds() const;
    double regionalSyncSeconds() const;
    double wanSyncSeconds() const;

private:
    QHorizontalStackedBarSeries* series_;
    QBarSet* compute_;
    QBarSet* regionalSync_;
    QBarSet* wanSync_;
    QBarCategoryAxis* rows_;
    QValueAxis* time_;
    double computeSeconds_ = 0;
    double regionalSeconds_ = 0;
    double wanSeconds_ = 0;
};

} // namespace dtx::ui
