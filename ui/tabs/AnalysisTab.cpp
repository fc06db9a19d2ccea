#include "AnalysisTab.hpp"

#include "Document.hpp"

namespace dtx::ui {

AnalysisTab::AnalysisTab(Document* document, QWidget* parent) : PlotTab(document, parent)
{
    refineTimer_.setSingleShot(true);
    refineTimer_.setInterval(kRefineDelayMs);
    connect(&refineTimer_, &QTimer::timeout, this, [this] { refine(); });
}

void AnalysisTab::editSettings(const std::function<void(AnalysisSettings&)>& change)
{
    AnalysisSettings settings = document()->analysisSettings();
    change(settings);
    document()->setAnalysisSettings(settings);
}

void AnalysisTab::finishPendingWork()
{
    if (refineTimer_.isActive()) {
        refineTimer_.stop();
        refine();
    }
}

} // namespace dtx::ui
