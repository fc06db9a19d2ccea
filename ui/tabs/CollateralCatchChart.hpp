#pragma once

#include "Countermeasures.hpp"
#include "Scenario.hpp"

#include "PaletteChartView.hpp"

#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace dtx::ui {

// A horizontal bar chart of how many legitimate reference systems
// (MODEL.md §10) each threshold would force to register: the reference CCC
// thresholds T = 1…16 and the current one, then the reference memory
// thresholds and the current one. Built once; an update replaces only the
// bar values and the "current" labels, which keeps a slider drag cheap.
class CollateralCatchChart : public PaletteChartView {
    Q_OBJECT
public:
    explicit CollateralCatchChart(std::vector<CollateralSystem> systems,
                                  QWidget* parent = nullptr);

    void setTreaty(const TreatyInputs& treaty);
    // The revision's systems (fourteen or seventeen); call setTreaty() next.
    void setSystems(std::vector<CollateralSystem> systems);

    // Top to bottom as drawn, with the systems each catches (for tests).
    QStringList categories() const;
    QList<double> caughtCounts() const;

private:
    std::vector<CollateralSystem> systems_;
    QBarSet* computeSet_;
    QBarSet* memorySet_;
    QBarCategoryAxis* categoryAxis_;
    QValueAxis* valueAxis_ = nullptr;
    void fitValueAxis();
};

} // namespace dtx::ui
