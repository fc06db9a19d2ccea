// The layout rule every plot follows, applied on each relayout so that zoom,
// resize, a longer translation or presentation's larger text cannot undo it:
// the scenario's label and the guides' labels go where no curve runs, and
// the legend goes into a corner of the axes that covers no data, or below
// the axes when no corner is free.
#include "PlotView.hpp"

#include "CoverageMap.hpp"

#include <QFontMetricsF>

#include <cmath>
#include <memory>

namespace dtx::ui {
namespace {

// Relative weights of what a label may cover: leaving the axes is worst,
// then covering another label or the legend, then each covered data cell.
constexpr double kOutsideCost = 1e6;
constexpr double kOverlapCost = 1e4;
constexpr double kCurveCellCost = 10;
constexpr double kMarkerGap = 3; // pixels between the marker's disc and its label

// The rectangle a text item fills when its `alignment` point is at `at`.
QRectF alignedRect(const QPointF& at, const QSizeF& size, Qt::Alignment alignment)
{
    double left = at.x() - size.width() / 2;
    if (alignment & Qt::AlignLeft)
        left = at.x();
    else if (alignment & Qt::AlignRight)
        left = at.x() - size.width();
    double top = at.y() - size.height() / 2;
    if (alignment & Qt::AlignTop)
        top = at.y();
    else if (alignment & Qt::AlignBottom)
        top = at.y() - size.height();
    return {QPointF(left, top), size};
}

} // namespace

QSizeF PlotView::textSize(const QCPItemText* text)
{
    const QMargins pad = text->padding();
    const QSizeF size = QFontMetricsF(text->font())
                            .boundingRect(QRectF(0, 0, 1e4, 1e4), Qt::AlignCenter, text->text())
                            .size();
    return {size.width() + pad.left() + pad.right(), size.height() + pad.top() + pad.bottom()};
}

double PlotView::spotCost(const QRectF& rect, const CoverageMap& curves,
                          const std::vector<QRectF>& taken)
{
    const QRectF area = curves.area();
    double cost = area.contains(rect) ? 0 : kOutsideCost;
    for (const QRectF& other : taken)
        if (rect.intersects(other))
            cost += kOverlapCost;
    return cost + kCurveCellCost * curves.count(rect);
}

void PlotView::updateLayout()
{
    // Tick labels at the ends of the axes stand half outside them (10²⁶ at
    // the top, the last decade at the right): keep that much margin.
    const QFontMetricsF ticks(yAxis->tickLabelFont());
    axisRect()->setMinimumMargins(QMargins(0, int(std::ceil(ticks.height() * 0.8)),
                                           int(std::ceil(ticks.horizontalAdvance(QStringLiteral("10000")) / 2)),
                                           0));
    // Log axes label whole decades; fewer of them on a short axis, so that
    // no two labels touch.
    const QCPAxisRect* rect = axisRect();
    for (QCPAxis* axis : {xAxis, yAxis}) {
        if (axis->scaleType() != QCPAxis::stLogarithmic)
            continue;
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const double length = horizontal ? rect->width() : rect->height();
        const double perLabel = horizontal ? ticks.horizontalAdvance(QStringLiteral("10²⁶ ")) * 1.6
                                           : ticks.height() * 2.0;
        axis->ticker()->setTickCount(std::clamp(int(length / perLabel), 2, 8));
    }
    QCustomPlot::updateLayout();
    if (arranging_)
        return;
    arranging_ = true;
    arrangeOverlays();
    arranging_ = false;
    emit overlaysArranged();
}

void PlotView::arrangeOverlays()
{
    const bool hasLegend = legend->visible() && legend->itemCount() > 0;
    // A legend sent below the axes tries the corners again only when what
    // decided it changes (size, text, the entries), not on every new value
    // of a dragged slider: each try costs two relayouts of the plot.
    const QString signature = QStringLiteral("%1x%2 %3 %4")
                                  .arg(width())
                                  .arg(height())
                                  .arg(legend->font().pointSizeF())
                                  .arg(legend->itemCount());
    if (hasLegend && legendOutside_ && signature != legendSignature_) {
        setLegendOutside(false);
        QCustomPlot::updateLayout();
    }
    legendSignature_ = signature;
    const QRectF area(axisRect()->rect());
    if (area.width() < 10 || area.height() < 10)
        return;
    curves_ = std::make_shared<CoverageMap>(CoverageMap::ofGraphs(*this, marker_));
    const std::optional<QRectF> markerDisc = markerRect();
    legendRect_.reset();
    std::vector<QRectF> taken;
    if (markerDisc)
        taken.push_back(*markerDisc);
    if (hasLegend && !legendOutside_ && legendBelow_) {
        setLegendOutside(true);
        QCustomPlot::updateLayout();
        curves_ = std::make_shared<CoverageMap>(CoverageMap::ofGraphs(*this, marker_));
    } else if (hasLegend && !legendOutside_) {
        std::vector<Qt::Alignment> corners{legendCorner_};
        for (const Qt::Alignment corner : {Qt::AlignTop | Qt::AlignLeft, Qt::AlignTop | Qt::AlignRight,
                                           Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft,
                                           Qt::AlignTop | Qt::AlignHCenter, Qt::AlignBottom | Qt::AlignHCenter})
            if (corner != legendCorner_)
                corners.push_back(corner);
        double bestCost = -1;
        Qt::Alignment best = legendCorner_;
        for (const Qt::Alignment corner : corners) {
            const QRectF legendRect = legendRectAt(corner);
            if (!area.contains(legendRect.adjusted(2, 2, -2, -2)) || curves_->count(legendRect) > 0
                || (markerDisc && legendRect.intersects(*markerDisc)))
                continue;
            std::vector<QRectF> withLegend = taken;
            withLegend.push_back(legendRect);
            const double cost = placeLabels(*curves_, withLegend);
            if (bestCost < 0 || cost < bestCost) {
                bestCost = cost;
                best = corner;
            }
        }
        if (bestCost < 0) {
            setLegendOutside(true);
            QCustomPlot::updateLayout();
            curves_ = std::make_shared<CoverageMap>(CoverageMap::ofGraphs(*this, marker_));
            taken.clear();
            if (const std::optional<QRectF> moved = markerRect())
                taken.push_back(*moved);
        } else {
            legendRect_ = legendRectAt(best);
            taken.push_back(*legendRect_);
        }
    }
    placeLabels(*curves_, taken);
}

QRectF PlotView::legendRectAt(Qt::Alignment corner)
{
    axisRect()->insetLayout()->setInsetAlignment(0, corner);
    axisRect()->insetLayout()->update(QCPLayoutElement::upLayout);
    return QRectF(legend->outerRect()).adjusted(-2, -2, 2, 2);
}

std::optional<QRectF> PlotView::markerRect() const
{
    if (!marker_ || marker_->data()->isEmpty())
        return std::nullopt;
    const QCPGraphData point = *marker_->data()->constBegin();
    const QPointF at = marker_->coordsToPixels(point.key, point.value);
    if (!std::isfinite(at.x()) || !std::isfinite(at.y()))
        return std::nullopt;
    const double r = CoverageMap::kMarkerRadius;
    return QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r);
}

double PlotView::placeMarkerLabel(const CoverageMap& curves, const std::vector<QRectF>& taken)
{
    const std::optional<QRectF> disc = markerRect();
    if (!markerLabel_ || !disc || markerLabel_->text().isEmpty()) {
        markerLabelRect_ = QRectF();
        return 0;
    }
    const QPointF at = disc->center();
    const QSizeF size = textSize(markerLabel_);
    const double off = CoverageMap::kMarkerRadius + kMarkerGap;
    double bestCost = -1;
    for (const Qt::Alignment side : {Qt::AlignLeft | Qt::AlignBottom, Qt::AlignRight | Qt::AlignBottom,
                                     Qt::AlignLeft | Qt::AlignTop, Qt::AlignRight | Qt::AlignTop,
                                     Qt::AlignLeft | Qt::AlignVCenter, Qt::AlignRight | Qt::AlignVCenter}) {
        const QPointF offset(side & Qt::AlignLeft ? off : -off,
                             side & Qt::AlignTop ? off : side & Qt::AlignBottom ? -off : 0);
        const QRectF rect = alignedRect(at + offset, size, side);
        const double cost = spotCost(rect, curves, taken);
        if (bestCost < 0 || cost < bestCost) {
            bestCost = cost;
            markerLabelRect_ = rect;
            markerLabel_->setPositionAlignment(side);
            markerLabel_->position->setCoords(offset.x(), offset.y());
        }
    }
    return bestCost;
}

double PlotView::placeLabels(const CoverageMap& curves, std::vector<QRectF> taken)
{
    guideLabelRects_.clear();
    // The scenario's label first: beside its point, on the side with room.
    double total = placeMarkerLabel(curves, taken);
    if (!markerLabelRect_.isNull())
        taken.push_back(markerLabelRect_);
    // Guide labels: along their line, at whichever spot no curve crosses.
    const QRectF area = curves.area();
    for (QCPItemText* text : std::as_const(horizontalLineLabels_)) {
        const double y = yAxis->coordToPixel(text->position->coords().y());
        // A label longer than the axes are wide takes more lines.
        const QString full = text->property(kFullTextProperty).toString();
        text->setText(wrapToWidth(full, text->font(), int(area.width() * 0.9)));
        const QSizeF size = textSize(text);
        double bestCost = -1;
        double bestRank = -1;
        QRectF bestRect;
        int order = 0;
        for (const double fraction : {0.01, 0.99, 0.25, 0.5, 0.75}) {
            const Qt::Alignment across = fraction < 0.1   ? Qt::AlignLeft
                                         : fraction > 0.9 ? Qt::AlignRight
                                                          : Qt::AlignHCenter;
            for (const Qt::Alignment side : {Qt::AlignBottom, Qt::AlignTop}) {
                const QRectF rect = alignedRect(QPointF(area.left() + fraction * area.width(), y), size,
                                                across | side);
                const double cost = spotCost(rect, curves, taken);
                const double rank = cost + 0.001 * order++; // earlier spots win ties
                if (bestRank < 0 || rank < bestRank) {
                    bestRank = rank;
                    bestCost = cost;
                    bestRect = rect;
                    text->position->setCoords(fraction, text->position->coords().y());
                    text->setPositionAlignment(across | side);
                }
            }
        }
        taken.push_back(bestRect);
        guideLabelRects_.push_back(bestRect);
        total += bestCost;
    }
    for (const QPointer<QCPItemText>& text : std::as_const(verticalLineLabels_)) {
        if (!text)
            continue;
        const double x = xAxis->coordToPixel(text->position->coords().x());
        const QSizeF size = textSize(text);
        double bestCost = -1;
        QRectF bestRect;
        for (const double fraction : {0.0, 1.0, 0.5}) {
            const Qt::Alignment along = fraction == 0.0   ? Qt::AlignTop
                                        : fraction == 1.0 ? Qt::AlignBottom
                                                          : Qt::AlignVCenter;
            for (const Qt::Alignment side : {Qt::AlignLeft, Qt::AlignRight}) {
                const QRectF rect = alignedRect(QPointF(x, area.top() + fraction * area.height()),
                                                size, along | side);
                const double cost = spotCost(rect, curves, taken);
                if (bestCost < 0 || cost < bestCost) {
                    bestCost = cost;
                    bestRect = rect;
                    text->position->setCoords(text->position->coords().x(), fraction);
                    text->setPositionAlignment(along | side);
                }
            }
        }
        taken.push_back(bestRect);
        guideLabelRects_.push_back(bestRect);
        total += bestCost;
    }
    return total;
}

bool PlotView::placeMovedMarkerLabel()
{
    if (!curves_ || curves_->area() != QRectF(axisRect()->rect()))
        return false;
    const std::optional<QRectF> disc = markerRect();
    if (disc && legendRect_ && disc->intersects(*legendRect_))
        return false;
    std::vector<QRectF> taken = guideLabelRects_;
    if (legendRect_)
        taken.push_back(*legendRect_);
    if (disc)
        taken.push_back(*disc);
    // Covering the legend or a guide's label calls for a new arrangement.
    return placeMarkerLabel(*curves_, taken) < kOverlapCost;
}

void PlotView::setLegendOutside(bool outside)
{
    if (outside == legendOutside_)
        return;
    legendOutside_ = outside;
    if (outside) {
        insideFillOrder_ = legend->fillOrder();
        insideWrap_ = legend->wrap();
        axisRect()->insetLayout()->take(legend);
        plotLayout()->addElement(plotLayout()->rowCount(), 0, legend);
        plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
        // As many columns as the width holds.
        for (int columns = legend->itemCount(); columns >= 1; --columns) {
            legend->setWrap(columns);
            legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
            if (legend->minimumOuterSizeHint().width() <= width() - 12)
                break;
        }
    } else {
        plotLayout()->take(legend);
        plotLayout()->simplify();
        axisRect()->insetLayout()->addElement(legend, legendCorner_);
        legend->setWrap(insideWrap_);
        legend->setFillOrder(insideFillOrder_, true);
    }
    styleLegend();
}

} // namespace dtx::ui
