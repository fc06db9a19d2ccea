#pragma once

#include "PlotTab.hpp"

class QCPGraph;

namespace dtx::ui {

// How compute, efficiency and cost grow with the number of nodes, with the
// other reference presets as faint comparison curves.
class ScaleTab : public PlotTab {
    Q_OBJECT
public:
    explicit ScaleTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("scale"); }
    QString tabTitle() const override { return tr("Scale"); }

protected:
    void refresh() override;

private:
    PlotView* computePlot_;
    PlotView* efficiencyPlot_;
    PlotView* costPlot_;
};

} // namespace dtx::ui
