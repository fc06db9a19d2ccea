#pragma once

#include "AnalysisTab.hpp"
#include "UncertaintyCompute.hpp"

#include <optional>

class QCheckBox;
class QComboBox;
class QScrollArea;
class QLabel;
class QLineEdit;

namespace dtx::ui {

class AmplificationPanel;

// How sure the answer is (ANALYSES.md A2–A3): the Monte Carlo's fan chart
// and exceedance probabilities against the node count, the histogram at
// the scenario's count, the tornado of what matters most, and one computed
// sentence. A change shows a coarse result at once (the plots say so) and
// the full one when the inputs have been still for a moment.
class UncertaintyTab : public AnalysisTab {
    Q_OBJECT
public:
    explicit UncertaintyTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("uncertainty"); }
    QString tabTitle() const override { return tr("Uncertainty"); }
    const std::optional<UncertaintyResult>& result() const { return result_; }
    QString briefText() const override;
    void refine() override;
    // The tornado's hover text at a pixel of its plot, or empty.
    QString tornadoDetailAt(const QPointF& pixel) const;
    AmplificationPanel* amplification() const { return amplification_; }

protected:
    void refresh(const ChangeSet& changes) override;
    bool shows(const ChangeSet& changes) const override;

private:
    QWidget* buildControls();
    void showSettings();
    void draw();
    void drawFan();
    void drawExceedance();
    void drawHistogram();
    void drawTornado();
    void showAmplification();

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
    AmplificationPanel* amplification_;
    std::optional<UncertaintyResult> result_;
};

} // namespace dtx::ui
