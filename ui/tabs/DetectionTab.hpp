#pragma once

#include "PlotTab.hpp"
#include "TrafficFingerprint.hpp"

#include <optional>

class QLabel;

namespace dtx::ui {

// What the scenario's run looks like on the network and other channels
// (ANALYSES.md B, E3): one sync cycle per direction as bursts at line rate
// or the constant flow of streaming, the sustained rates, the terabytes per
// node and fleet, the margin to the treaty's 25 Gbit/s interconnect
// criterion, the correlated endpoints, power and hardware cost beside
// upstream's examples, and upstream's arguments. Comparisons, never a
// "detected" verdict: upstream gives no detection threshold.
class DetectionTab : public PlotTab {
    Q_OBJECT
public:
    explicit DetectionTab(Document* document, QWidget* parent = nullptr);
    QString tabName() const override { return QStringLiteral("detection"); }
    QString tabTitle() const override { return tr("Detection"); }
    QString briefText() const override { return sentence_; }
    const std::optional<TrafficFingerprint>& fingerprint() const { return fingerprint_; }
    PlotView* timeline() const { return timeline_; }
    // The figures beside the plot, "label: value" per line (tests, brief).
    QString figuresText() const;

protected:
    void refresh(const ChangeSet& changes) override;
    bool shows(const ChangeSet& changes) const override;

private:
    void drawTimeline();
    void showFigures();

    PlotView* timeline_;
    QLabel* figures_;
    QLabel* channels_;
    QLabel* summary_;
    std::optional<TrafficFingerprint> fingerprint_;
    QString sentence_;
};

} // namespace dtx::ui
