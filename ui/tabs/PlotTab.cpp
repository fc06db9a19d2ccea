#include "PlotTab.hpp"

#include "Document.hpp"
#include "PlotView.hpp"
#include "VectorUnitState.hpp"

namespace dtx::ui {

PlotTab::PlotTab(Document* document, QWidget* parent) : QWidget(parent), document_(document)
{
    connect(document, &Document::evaluated, this, &PlotTab::onEvaluated);
}

bool PlotTab::shows(const ChangeSet& changes) const
{
    return !changes.isEmpty();
}

void PlotTab::refreshNow()
{
    refreshWith(ChangeSet::everything());
}

void PlotTab::refreshWith(const ChangeSet& changes)
{
    // Each evaluation clears the state itself; a tab also runs model code
    // of its own (fleets, grids, axis ranges).
    clearUpperVectorState();
    refresh(changes);
    pending_ = {};
    stale_ = false;
}

QList<PlotView*> PlotTab::plots() const
{
    return findChildren<PlotView*>();
}

QImage PlotTab::printImage(QSize size, double scale, const QPalette& paper)
{
    PlotView* plot = plots().front();
    const bool repaint = plot->palette() != paper;
    if (repaint) {
        plot->setPalette(paper);
        refreshNow();
    }
    const QImage image = plot->toPixmap(size.width(), size.height(), scale).toImage();
    if (repaint) {
        plot->setPalette(QPalette());
        refreshNow();
    }
    return image;
}

void PlotTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_)
        refreshWith(pending_.isEmpty() ? ChangeSet::everything() : pending_);
}

void PlotTab::onEvaluated(const ChangeSet& changes)
{
    // An explicit evaluation without edits (tests, --grab) brings a stale
    // tab up to date too.
    if (!changes.isEmpty() && !shows(changes))
        return;
    pending_.unite(changes.isEmpty() ? ChangeSet::everything() : changes);
    if (isVisible())
        refreshWith(pending_);
    else
        stale_ = true;
}

} // namespace dtx::ui
