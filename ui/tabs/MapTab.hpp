#pragma once

#include "MapCompute.hpp"
#include "AnalysisTab.hpp"

#include <optional>

class QComboBox;
class QLabel;
class QCPColorMap;
class QCPColorScale;

namespace dtx::ui {

// The threshold phase map: which combinations of two levers (node count ×
// WAN bandwidth by default) cross the line. A heatmap of the chosen metric
// on log colours, the threshold contours, the scenario's point and,
// optionally, the Monte Carlo's P = 0.5 and 0.95 contours; hover gives a
// cell's values. Axes are drawn in log10 of each lever (every lever spans
// decades), labelled in the lever's own units.
class MapTab : public AnalysisTab {
    Q_OBJECT
public:
    explicit MapTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("map"); }
    QString tabTitle() const override { return tr("Map"); }
    const std::optional<MapResult>& result() const { return result_; }
    QString briefText() const override;
    void refine() override;
    // The hover text of the cell under a pixel, or empty.
    QString cellTextAt(const QPointF& pixel) const;
    QCPColorMap* colorMap() const { return colorMap_; }

protected:
    void refresh(const ChangeSet& changes) override;
    bool shows(const ChangeSet& changes) const override;

private:
    QWidget* buildControls();
    void showSettings();
    void draw();

    QComboBox* xAxis_;
    QComboBox* yAxis_;
    QComboBox* metric_;
    QComboBox* probability_;
    QLabel* sentence_;
    PlotView* plot_;
    QCPColorMap* colorMap_;
    QCPColorScale* colorScale_;
    std::optional<MapResult> result_;
};

} // namespace dtx::ui
