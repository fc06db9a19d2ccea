#pragma once

#include "CompareCompute.hpp"
#include "PlotTab.hpp"
#include "Scenario.hpp"

#include <optional>

#include <vector>

class QPushButton;
class QTableWidget;

namespace dtx::ui {

class LabelPlacer;

// Up to four pinned scenarios beside the current one: their headline
// figures side by side, with each pinned figure's difference from the
// current scenario highlighted, and their compute curves overlaid.
class CompareTab : public PlotTab {
    Q_OBJECT
public:
    explicit CompareTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("compare"); }
    QString tabTitle() const override { return tr("Compare"); }

    // Pins the current scenario; false when four are pinned already.
    bool pinCurrent();
    bool pin(const Scenario& scenario);
    // The document's pinned scenarios; pinning and unpinning are undo steps.
    const std::vector<Scenario>& pinned() const;
    void unpin(int index);
    void unpinAll();
    int pinnedCount() const { return int(pinned().size()); }
    QTableWidget* table() const { return table_; }
    // The comparison in numbers, once anything is pinned.
    const QAbstractItemModel* briefTable() const override;

protected:
    void refresh(const ChangeSet& changes) override;
    RevisionPlots otherRevisionPlots(const Scenario& other) const override;

private:
    void updateButtons();

    QTableWidget* table_;
    PlotView* computePlot_;
    PlotView* bandwidthPlot_;
    LabelPlacer* nodeLabels_;      // each scenario's own point, named
    LabelPlacer* bandwidthLabels_;
    QPushButton* pinButton_;
    QPushButton* pinOtherButton_;
    QPushButton* clearButton_;
    std::optional<CompareColumn> current_;
    std::vector<CompareColumn> pinnedColumns_; // computed when pinned, not per step
};

} // namespace dtx::ui
