// What the plot draws over its curves: labelled guide lines, point labels,
// and the scenario's own marker on the top layer.
#include "PlotView.hpp"

#include <cmath>

namespace dtx::ui {

void PlotView::setMarker(const QString& name, const QString& label, double x, double y)
{
    const QString top = QStringLiteral("overlay");
    if (!marker_) {
        marker_ = addPoints(name, ink(), QCPScatterStyle::ssCircle, 11);
        marker_->setPen(QPen(ink(), 1.5)); // the text colour itself, as applyPalette() sets it
        marker_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, ink(), ink(), 11));
        marker_->setLayer(top);
    }
    marker_->setName(name);
    setCurveData(marker_, QVector<double>{x}, QVector<double>{y});
    if (!markerLabel_) {
        // The label hangs at a pixel offset from an unseen anchor on the
        // point, so the layout rule can move it around the point.
        markerAnchor_ = new QCPItemTracer(this);
        markerAnchor_->setStyle(QCPItemTracer::tsNone);
        markerAnchor_->setVisible(false);
        markerAnchor_->setLayer(top);
        markerLabel_ = new QCPItemText(this);
        markerLabel_->setLayer(top);
        markerLabel_->position->setParentAnchor(markerAnchor_->position);
        markerLabel_->position->setType(QCPItemPosition::ptAbsolute);
        markerLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        markerLabel_->setPadding(QMargins(4, 2, 4, 2));
        markerLabel_->setClipToAxisRect(true);
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    markerLabel_->setFont(small);
    markerLabel_->setColor(ink());
    markerLabel_->setBrush(labelBacking());
    markerAnchor_->position->setCoords(x, y);
    markerLabel_->setText(label);
    markerLabel_->setVisible(std::isfinite(x) && std::isfinite(y) && !label.isEmpty());
}

bool PlotView::redrawMarker()
{
    const QCPRange x = xAxis->range();
    const QCPRange y = yAxis->range();
    fitToData();
    if (xAxis->range() == x && yAxis->range() == y && placeMovedMarkerLabel()) {
        layer(QStringLiteral("overlay"))->replot();
        return true;
    }
    replot();
    return false;
}

void PlotView::clearAnnotations()
{
    for (QCPAbstractItem* item : std::as_const(annotations_))
        removeItem(item);
    annotations_.clear();
    horizontalLineLabels_.clear();
    verticalLineLabels_.removeIf([](const QPointer<QCPItemText>& t) { return t.isNull(); });
}

QCPItemText* PlotView::addHorizontalLine(double y, const QString& label, const QColor& color)
{
    if (!std::isfinite(y))
        return nullptr;
    auto* line = new QCPItemStraightLine(this);
    line->point1->setTypeX(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeX(QCPItemPosition::ptAxisRectRatio);
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(cosmeticDash(color, Qt::DashLine));
    auto* text = new QCPItemText(this);
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.01, y); // placed by the layout rule
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    text->setText(label);
    text->setProperty(kFullTextProperty, label); // the layout rule may break it into lines
    text->setColor(textTint(color));
    text->setProperty(kLineColorProperty, color);
    annotations_ << line << text;
    horizontalLineLabels_ << text;
    return text;
}

QCPItemText* PlotView::addVerticalLine(double x, const QString& label, const QColor& color,
                                       bool onTop)
{
    if (!std::isfinite(x))
        return nullptr;
    auto* line = new QCPItemStraightLine(this);
    line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setPen(cosmeticDash(color, Qt::DashDotLine));
    auto* text = new QCPItemText(this);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(x, 0.0);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setPadding(QMargins(4, 2, 2, 2));
    text->setText(label);
    text->setColor(textTint(color));
    text->setProperty(kLineColorProperty, color);
    if (onTop) {
        for (QCPAbstractItem* item : {static_cast<QCPAbstractItem*>(line), static_cast<QCPAbstractItem*>(text)})
            item->setLayer(QStringLiteral("overlay"));
        topAnnotations_ << line << text;
    } else {
        annotations_ << line << text;
    }
    verticalLineLabels_ << text;
    return text;
}

void PlotView::clearTopAnnotations()
{
    for (QCPAbstractItem* item : std::as_const(topAnnotations_))
        removeItem(item);
    topAnnotations_.clear();
    verticalLineLabels_.removeIf([](const QPointer<QCPItemText>& t) { return t.isNull(); });
}

QCPItemText* PlotView::addPointLabel(double x, double y, const QString& label)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return nullptr;
    auto* text = new QCPItemText(this);
    text->position->setCoords(x, y);
    text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    text->setPadding(QMargins(2, 2, 2, 6));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    text->setFont(small);
    text->setText(label);
    text->setColor(ink());
    annotations_ << text;
    return text;
}

} // namespace dtx::ui
