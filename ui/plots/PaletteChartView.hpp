#pragma once

#include <QChartView>

namespace dtx::ui {

// A Qt Charts view whose chart takes its colours from the widget's palette,
// as the QCustomPlot views do, so both follow a light or dark appearance.
// The charts only show values written out beside them, so they take no
// keyboard focus.
class PaletteChartView : public QChartView {
    Q_OBJECT
public:
    explicit PaletteChartView(QWidget* parent = nullptr);

    // Call after building the chart, and again after adding series or axes.
    void applyPalette();

protected:
    void changeEvent(QEvent* event) override;
};

} // namespace dtx::ui
