#pragma once

#include "AnalysisSettings.hpp"
#include "PlotTab.hpp"

#include <QTimer>

#include <functional>

namespace dtx::ui {

// A tab of the analyses (Uncertainty, Map): it reads the document's
// analysis settings beside the scenario, and its full result costs more
// than a slider step may take. A change draws a coarse result at once and
// schedules the full one (refine()) for when the inputs have been still
// for a moment; refreshNow() (tests, --grab) refines at once.
class AnalysisTab : public PlotTab {
    Q_OBJECT
public:
    explicit AnalysisTab(Document* document, QWidget* parent = nullptr);
    // The full result now.
    virtual void refine() = 0;

protected:
    // Changes the analysis settings (no undo step: a way of looking).
    void editSettings(const std::function<void(AnalysisSettings&)>& change);
    void scheduleRefine() { refineTimer_.start(); }
    void finishPendingWork() override;
    // How long the inputs must be still before the full result is computed.
    static constexpr int kRefineDelayMs = 250;

private:
    QTimer refineTimer_;
};

} // namespace dtx::ui
