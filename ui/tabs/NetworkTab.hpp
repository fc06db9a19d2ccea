#pragma once

#include "NetworkCompute.hpp"
#include "PlotTab.hpp"

#include <optional>

namespace dtx::ui {

class LabelPlacer;
class LinkRequirementsPanel;

// How the scenario's compute, efficiency and inner steps respond to the WAN
// link alone: bandwidth swept with the deployment profiles of MODEL.md §11
// marked on it, and latency swept with the measured round-trip scenarios;
// below them, the link each compute utilisation needs (ANALYSES.md G1).
// Computed by NetworkCompute and the core; this class only draws.
class NetworkTab : public PlotTab {
    Q_OBJECT
public:
    explicit NetworkTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("network"); }
    QString tabTitle() const override { return tr("Network"); }
    QString briefText() const override;
    const QAbstractItemModel* briefTable() const override;
    LinkRequirementsPanel* linkPanel() const { return links_; }

protected:
    void refresh(const ChangeSet& changes) override;
    RevisionPlots otherRevisionPlots(const Scenario& other) const override;
    bool otherRevisionReads(const ChangeSet& changes) const override;
    bool shows(const ChangeSet& changes) const override;

private:
    PlotView* computePlot_;
    PlotView* efficiencyPlot_;
    PlotView* innerStepsPlot_;
    PlotView* latencyPlot_;
    LabelPlacer* profileLabels_;
    LabelPlacer* latencyLabels_;
    LinkRequirementsPanel* links_;
    std::optional<BandwidthResult> bandwidth_;
    std::optional<LatencyResult> latency_;
};

} // namespace dtx::ui
