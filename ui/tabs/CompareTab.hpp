#pragma once

#include "PlotTab.hpp"
#include "Scenario.hpp"

#include <vector>

class QPushButton;
class QTableWidget;

namespace dtx::ui {

// Up to four pinned scenarios beside the current one: their headline
// figures side by side, with each pinned figure's difference from the
// current scenario highlighted, and their compute curves overlaid.
class CompareTab : public PlotTab {
    Q_OBJECT
public:
    static constexpr int kMaxPinned = 4;

    explicit CompareTab(ScenarioController* controller, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("compare"); }
    QString tabTitle() const override { return tr("Compare"); }

    // Pins the current scenario; false when four are pinned already.
    bool pinCurrent();
    bool pin(const Scenario& scenario);
    const std::vector<Scenario>& pinned() const { return pinned_; }
    void unpin(int index);
    int pinnedCount() const { return int(pinned_.size()); }
    QTableWidget* table() const { return table_; }

protected:
    void refresh() override;

private:
    void updateButtons();

    std::vector<Scenario> pinned_;
    QTableWidget* table_;
    PlotView* computePlot_;
    PlotView* bandwidthPlot_;
    QPushButton* pinButton_;
    QPushButton* clearButton_;
};

} // namespace dtx::ui
