#include "PlotTab.hpp"

#include "PlotView.hpp"
#include "Document.hpp"
#include "VectorUnitState.hpp"

namespace dtx::ui {

PlotTab::PlotTab(Document* document, QWidget* parent)
    : QWidget(parent), document_(document)
{
    connect(document, &Document::evaluated, this, &PlotTab::onEvaluated);
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
