// The other model revision's curves on a plot: dashed, in the colour of the
// curve they correspond to, so each pair reads as "the same thing, the
// other model".
#include "PlotView.hpp"

#include "PlotColors.hpp"

namespace dtx::ui {

void PlotView::clearOtherRevisionCurves()
{
    for (const QPointer<QCPGraph>& graph : otherRevision_)
        if (graph)
            removeGraph(graph);
    otherRevision_.clear();
}

void PlotView::setOtherRevisionCurves(const PlotData& data, const QString& revision)
{
    clearOtherRevisionCurves();
    QHash<QString, QColor> colorByName;
    for (int i = 0; i < graphCount(); ++i)
        if (graph(i) != marker_)
            colorByName.insert(graph(i)->name(), graph(i)->pen().color());
    bool any = false;
    for (const PlotSeries& series : data.series) {
        // The scenario's own curves only: the other presets' comparison
        // lines twice over would bury them.
        if (series.role == QLatin1String("marker") || series.role == QLatin1String("preset")
            || series.x.empty())
            continue;
        QColor color = colorByName.value(series.name, colors::kComparison);
        color.setAlpha(255);
        QCPGraph* curve = addGraph();
        curve->setName(tr("%1 (%2)").arg(series.name, revision));
        // Two pixels wide, unlike the one-pixel comparison dashes, so the
        // pair is told apart from the other presets' lines.
        QPen pen(color, 2.0, Qt::DashLine);
        pen.setCosmetic(true);
        curve->setPen(pen);
        curve->removeFromLegend();
        setCurveData(curve, series.x, series.y);
        otherRevision_ << curve;
        any = true;
    }
    if (!any)
        return;
    // One legend entry for all of them: an empty curve in the ink colour.
    QCPGraph* key = addGraph();
    key->setName(tr("Dashed: model revision %1").arg(revision));
    QPen keyPen(ink(), 2.0, Qt::DashLine);
    keyPen.setCosmetic(true);
    key->setPen(keyPen);
    otherRevision_ << key;
}

void PlotView::setOtherRevisionData(std::optional<PlotData> data, const QString& revision)
{
    otherRevisionData_ = std::move(data);
    otherRevisionName_ = revision;
    otherRevisionDirty_ = true;
}

bool PlotView::otherRevisionPending() const
{
    // New data not drawn yet, or the tab removed the curves (clearGraphs)
    // and has not drawn again.
    return otherRevisionDirty_ || (otherRevisionData_ && !hasOtherRevisionCurves());
}

void PlotView::drawPendingOtherRevision()
{
    if (!otherRevisionPending())
        return;
    otherRevisionDirty_ = false;
    if (otherRevisionData_)
        setOtherRevisionCurves(*otherRevisionData_, otherRevisionName_);
    else
        clearOtherRevisionCurves();
}

QList<QCPGraph*> PlotView::otherRevisionCurves() const
{
    QList<QCPGraph*> curves;
    for (const QPointer<QCPGraph>& graph : otherRevision_)
        if (graph && !graph->data()->isEmpty())
            curves << graph;
    return curves;
}

bool PlotView::hasOtherRevisionCurves() const
{
    for (const QPointer<QCPGraph>& graph : otherRevision_)
        if (graph)
            return true;
    return false;
}

} // namespace dtx::ui
