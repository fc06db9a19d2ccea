#pragma once

#include "PlotTab.hpp"
#include "UncertaintyCompute.hpp"

#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace dtx::ui {

// How sure the answer is (ANALYSES.md A2–A3): the Monte Carlo's fan chart
// and exceedance probabilities against the node count, the histogram at
// the scenario's count, the tornado of what matters most, and one computed
// sentence. A change shows a coarse result at once (the plots say so) and
// the full one when the inputs have been still for a moment.
class UncertaintyTab : public PlotTab {
    Q_OBJECT
public:
    explicit UncertaintyTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("uncertainty"); }
    QString tabTitle() const override { return tr("Uncertainty"); }
    const std::optional<UncertaintyResult>& result() const { return result_; }
    QString briefText() const override;
    // The full result now (when the inputs stop moving; tests).
    void refine();
    // The tornado's hover text at a pixel of its plot, or empty.
    QString tornadoDetailAt(const QPointF& pixel) const;

protected:
    void refresh(const ChangeSet& changes) override;
    bool shows(const ChangeSet& changes) const override;
    void finishPendingWork() override;

private:
    QWidget* buildControls();
    void showSettings();
    void editSettings(const std::function<void(AnalysisSettings&)>& change);
    void draw();
    void drawFan();
    void drawExceedance();
    void drawHistogram();
    void drawTornado();

    QComboBox* samples_;
    QLineEdit* seed_;
    QComboBox* profile_;
    QComboBox* fit_;
    QComboBox* fanMetric_;
    QCheckBox* headlineIntervals_;
    QLabel* sentence_;
    PlotView* fanPlot_;
    PlotView* exceedancePlot_;
    PlotView* histogramPlot_;
    PlotView* tornadoPlot_;
    QTimer refineTimer_;
    std::optional<UncertaintyResult> result_;
};

} // namespace dtx::ui
