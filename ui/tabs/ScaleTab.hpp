#pragma once

#include "PlotTab.hpp"
#include "ScaleCompute.hpp"

#include <optional>

namespace dtx::ui {

// How compute, efficiency and cost grow with the number of nodes, with the
// other reference presets as faint comparison curves. Computed by
// ScaleCompute; this class only draws.
class ScaleTab : public PlotTab {
    Q_OBJECT
public:
    explicit ScaleTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("scale"); }
    QString tabTitle() const override { return tr("Scale"); }
    const std::optional<ScaleResult>& result() const { return result_; }

protected:
    void refresh(const ChangeSet& changes) override;
    RevisionPlots otherRevisionPlots(const Scenario& other) const override;
    bool otherRevisionReads(const ChangeSet& changes) const override;
    bool shows(const ChangeSet& changes) const override;

private:
    PlotView* computePlot_;
    PlotView* efficiencyPlot_;
    PlotView* costPlot_;
    std::optional<ScaleResult> result_;
};

} // namespace dtx::ui
