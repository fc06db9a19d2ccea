#include "PlotTab.hpp"

#include "PlotView.hpp"
#include "ScenarioController.hpp"
#include "VectorUnitState.hpp"

namespace dtx::ui {

PlotTab::PlotTab(ScenarioController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller)
{
    connect(controller, &ScenarioController::evaluated, this, &PlotTab::onEvaluated);
}

void PlotTab::refreshNow()
{
    clearUpperVectorState(); // the sweeps are SSE code: see VectorUnitState.hpp
    refresh();
    stale_ = false;
}

QList<PlotView*> PlotTab::plots() const
{
    return findChildren<PlotView*>();
}

void PlotTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_)
        refreshNow();
}

void PlotTab::onEvaluated()
{
    if (isVisible())
        refreshNow();
    else
        stale_ = true;
}

} // namespace dtx::ui
