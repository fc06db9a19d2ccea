// The plot's interaction: the hover and keyboard read-out, zoom and pan by
// wheel, drag and keys, and the context menu with exports. The drawing side
// is PlotView.cpp.
#include "PlotView.hpp"

#include "Format.hpp"
#include "ImageExportDialog.hpp"
#include "PlotExport.hpp"
#include "WheelGuard.hpp"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QMenu>
#include <QScrollArea>

#include <cmath>

namespace dtx::ui {
namespace {

bool insideScrollArea(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget())
        if (qobject_cast<const QScrollArea*>(w))
            return true;
    return false;
}

constexpr double kReadoutRadiusPixels = 24;

} // namespace

QString PlotView::formatAxisValue(const QCPAxis* axis, double value) const
{
    Q_UNUSED(axis);
    return formatSignificant(value, 4);
}

QString PlotView::readoutAt(const QPointF& pixel)
{
    QCPGraph* nearestGraph = nullptr;
    double nearestDistance = kReadoutRadiusPixels;
    double nearestKey = 0;
    double nearestValue = 0;
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph* g = graph(i);
        if (!g->visible())
            continue;
        for (const QCPGraphData& point : *g->data()) {
            const QPointF at = g->coordsToPixels(point.key, point.value);
            const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearestGraph = g;
                nearestKey = point.key;
                nearestValue = point.value;
            }
        }
    }
    if (!nearestGraph) {
        hideReadout();
        return {};
    }
    showReadout(nearestGraph, nearestKey, nearestValue);
    return readout_->text();
}

QString PlotView::readoutText() const
{
    return readout_->visible() ? readout_->text() : QString();
}

void PlotView::showReadout(QCPGraph* graph, double key, double value)
{
    const QString text = QStringLiteral("%1\n%2: %3\n%4: %5")
                             .arg(graph->name(), fullXTitle_, formatAxisValue(xAxis, key),
                                  fullYTitle_, formatAxisValue(yAxis, value));
    tracer_->setGraph(nullptr);
    tracer_->position->setCoords(key, value);
    tracer_->setVisible(true);
    readout_->setText(text);
    // Keep the box inside the widget: flip it left or down near the edges.
    const QPointF at = graph->coordsToPixels(key, value);
    Qt::Alignment alignment = at.x() > width() * 0.6 ? Qt::AlignRight : Qt::AlignLeft;
    alignment |= at.y() < height() * 0.35 ? Qt::AlignTop : Qt::AlignBottom;
    readout_->setPositionAlignment(alignment);
    readout_->position->setCoords(key, value);
    readout_->setVisible(true);
    // Screen readers hear the value the cursor is on.
    setAccessibleName(fullTitle_ + QStringLiteral(": ") + QString(text).replace(u'\n', u' '));
}

void PlotView::hideReadout()
{
    tracer_->setVisible(false);
    readout_->setVisible(false);
    setAccessibleName(fullTitle_);
}

void PlotView::stepCursor(int pointStep, int graphStep)
{
    QList<QCPGraph*> curves;
    for (int i = 0; i < graphCount(); ++i)
        if (graph(i)->visible() && !graph(i)->data()->isEmpty())
            curves << graph(i);
    if (curves.isEmpty())
        return;
    int index = std::clamp(cursorGraph_, 0, int(curves.size()) - 1);
    if (cursorGraph_ < 0)
        cursorPoint_ = curves[index]->data()->size() / 2; // start mid-curve
    index = (index + graphStep + int(curves.size())) % int(curves.size());
    QCPGraph* curve = curves[index];
    const int points = curve->data()->size();
    if (graphStep != 0 || cursorGraph_ < 0)
        cursorPoint_ = std::clamp(cursorPoint_, 0, points - 1);
    // Long curves (400 points) are read in steps of a hundredth.
    const int stride = std::max(1, points / 100);
    cursorPoint_ = std::clamp(cursorPoint_ + pointStep * stride, 0, points - 1);
    cursorGraph_ = index;
    const QCPGraphData& point = *(curve->data()->constBegin() + cursorPoint_);
    showReadout(curve, point.key, point.value);
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::zoomBy(double factor)
{
    userMovedView_ = true;
    for (QCPAxis* axis : {xAxis, yAxis})
        axis->scaleRange(factor, axis->range().center());
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::panBy(double xFraction, double yFraction)
{
    userMovedView_ = true;
    const auto pan = [](QCPAxis* axis, double fraction) {
        if (fraction == 0)
            return;
        // In pixels, so that log axes pan evenly too.
        const double from = axis->coordToPixel(axis->range().lower);
        const double to = axis->coordToPixel(axis->range().upper);
        const double shift = (to - from) * fraction;
        axis->setRange(axis->pixelToCoord(from + shift), axis->pixelToCoord(to + shift));
    };
    pan(xAxis, xFraction);
    pan(yAxis, yFraction);
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::keyPressEvent(QKeyEvent* event)
{
    constexpr double kPanFraction = 0.1;
    constexpr double kZoomIn = 0.8;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        shift ? panBy(-kPanFraction, 0) : stepCursor(-1, 0);
        return;
    case Qt::Key_Right:
        shift ? panBy(kPanFraction, 0) : stepCursor(1, 0);
        return;
    case Qt::Key_Up:
        shift ? panBy(0, kPanFraction) : stepCursor(0, -1);
        return;
    case Qt::Key_Down:
        shift ? panBy(0, -kPanFraction) : stepCursor(0, 1);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kZoomIn);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / kZoomIn);
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        return;
    case Qt::Key_Escape:
        if (readout_->visible()) {
            hideReadout();
            cursorGraph_ = -1;
            replot(QCustomPlot::rpQueuedReplot);
            return;
        }
        break;
    default:
        break;
    }
    QCustomPlot::keyPressEvent(event);
}

void PlotView::focusOutEvent(QFocusEvent* event)
{
    QCustomPlot::focusOutEvent(event);
    update(); // the focus frame goes
}

void PlotView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        userMovedView_ = true;
    QCustomPlot::mouseMoveEvent(event);
    readoutAt(event->position());
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::mouseDoubleClickEvent(QMouseEvent* event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    resetView();
}

void PlotView::wheelEvent(QWheelEvent* event)
{
    // A plot in a page that scrolls (the Uncertainty tab) zooms only once
    // it has focus: scrolling past it must not zoom it.
    if (!hasFocus() && insideScrollArea(this)) {
        scrollAroundInstead(this, event);
        return;
    }
    userMovedView_ = true;
    QCustomPlot::wheelEvent(event);
}

void PlotView::leaveEvent(QEvent* event)
{
    QCustomPlot::leaveEvent(event);
    if (cursorGraph_ >= 0 && hasFocus())
        return; // the keyboard's read-out stays
    hideReadout();
    replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Reset view"), this, &PlotView::resetView);
    menu.addSeparator();
    menu.addAction(tr("Export image (PNG, SVG, PDF)…"), this, [this] {
        ImageExportDialog options(size(), this);
        if (options.exec() != QDialog::Accepted)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export plot image"), provenance_.fileStem(title()) + QStringLiteral(".png"),
            tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString error = writePlotImage(this, path, options.imageSize(), options.scale());
            !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot export the plot"), error);
    });
    menu.addAction(tr("Export data as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export plot data"), provenance_.fileStem(title()) + QStringLiteral(".csv"),
            tr("CSV file (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = writeFileAtomically(path, plotCsv(this)); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot export the data"), error);
    });
    menu.exec(event->globalPos());
}

} // namespace dtx::ui
