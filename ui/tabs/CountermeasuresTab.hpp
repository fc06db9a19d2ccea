#pragma once

#include "PlotTab.hpp"

#include <memory>

class QLabel;
class QTableView;

namespace dtx {
struct ThresholdFleets;
}

namespace dtx::ui {

class CollateralCatchChart;
class CollateralTableModel;

// Which treaty changes stop the actor (MODEL.md §10): how many of the largest
// unregistered A100 and H100 FP8 nodes it takes to reach 10²⁴–10²⁶ FLOP, and
// at what cost, as the compute (CCC) threshold or a memory threshold is
// lowered; and which legitimate systems each threshold would catch too.
// Everything but the node, the mode and the model size is the scenario's.
class CountermeasuresTab : public PlotTab {
    Q_OBJECT
public:
    explicit CountermeasuresTab(Document* document, QWidget* parent = nullptr);
    ~CountermeasuresTab() override;
    QString tabName() const override { return QStringLiteral("countermeasures"); }
    QString tabTitle() const override { return tr("Countermeasures"); }

    const CollateralTableModel* collateralModel() const { return collateralModel_; }
    const CollateralCatchChart* catchChart() const { return catchChart_; }

protected:
    void refresh(const ChangeSet& changes) override;
    RevisionPlots otherRevisionPlots(const Scenario& other) const override;
    bool otherRevisionReads(const ChangeSet& changes) const override;
    bool shows(const ChangeSet& changes) const override;
    // Refits the table's columns when presentation changes its text size.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void plotFleets(const ThresholdFleets& fleets, QStringList* notes);
    void markCurrentThresholds(QStringList* notes);

    QLabel* subtitle_;
    PlotView* nodesPlot_;
    PlotView* costPlot_;
    PlotView* memoryPlot_;
    CollateralCatchChart* catchChart_;
    CollateralTableModel* collateralModel_;
    QTableView* table_;
    // The last sweep, reused while only inputs it does not depend on change.
    std::unique_ptr<ThresholdFleets> fleets_;
    Revision systemsRevision_ = kDefaultRevision; // whose collateral systems are listed
    QStringList fleetNotes_; // what the fleets' plots leave out, said in the subtitle
};

} // namespace dtx::ui
