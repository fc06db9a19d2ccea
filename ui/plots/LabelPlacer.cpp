#include "LabelPlacer.hpp"

#include "CoverageMap.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace dtx::ui {
namespace {

constexpr double kGap = 3;          // pixels between a point and a label beside it
constexpr double kMarkerRadius = CoverageMap::kMarkerRadius; // labels keep clear of it
constexpr double kSearchStep = 4;
constexpr double kOverlapCost = 1e4; // a label over other text or the legend   // spacing of the spots tried further away

struct Candidate {
    QPointF offset; // of the label's centre from its point
    bool leader;
};

// Spots right beside a point for a label of this size.
std::vector<Candidate> besidePoint(const QSizeF& size)
{
    const double w = size.width();
    const double h = size.height();
    const double side = kMarkerRadius + kGap;
    return {
        {{0, -(h / 2 + side)}, false},            {{0, h / 2 + side}, false},
        {{w / 2 + side, 0}, false},               {{-(w / 2 + side), 0}, false},
        {{w / 2 + kGap, -(h / 2 + kGap)}, false}, {{-(w / 2 + kGap), -(h / 2 + kGap)}, false},
        {{w / 2 + kGap, h / 2 + kGap}, false},    {{-(w / 2 + kGap), h / 2 + kGap}, false},
    };
}

// The spots on the square ring `ring` search steps out from the point, for
// labels that must move away and be joined by a leader line.
std::vector<Candidate> onRing(int ring)
{
    std::vector<Candidate> spots;
    for (int i = -ring; i <= ring; ++i)
        for (int j = -ring; j <= ring; ++j)
            if (std::max(std::abs(i), std::abs(j)) == ring)
                spots.push_back({{i * kSearchStep, j * kSearchStep}, true});
    return spots;
}

} // namespace

LabelPlacer::LabelPlacer(PlotView* plot) : QObject(plot), plot_(plot)
{
    connect(plot_, &PlotView::overlaysArranged, this, &LabelPlacer::arrange);
}

void LabelPlacer::clear()
{
    for (const Label& label : std::as_const(labels_))
        plot_->removeItem(label.leader);
    labels_.clear();
}

void LabelPlacer::add(double x, double y, const QString& text)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    // The leader first, so that the label's backing is drawn over its end.
    auto* leader = new QCPItemLine(plot_);
    leader->setPen(QPen(colors::kComparison, 0.8));
    leader->end->setCoords(x, y);
    leader->setVisible(false);
    QCPItemText* item = plot_->addPointLabel(x, y, text);
    // Offsets in pixels from the point, so zoom and pan keep the layout.
    item->position->setParentAnchor(leader->end);
    item->position->setType(QCPItemPosition::ptAbsolute);
    item->position->setCoords(0, 0);
    item->setPositionAlignment(Qt::AlignCenter);
    item->setPadding(QMargins(3, 1, 3, 1));
    item->setBrush(plot_->labelBacking());
    leader->start->setParentAnchor(item->position);
    leader->start->setType(QCPItemPosition::ptAbsolute);
    leader->start->setCoords(0, 0);
    labels_.append({item, leader});
}

void LabelPlacer::arrange()
{
    if (labels_.isEmpty())
        return;
    const QRectF area = QRectF(plot_->axisRect()->rect()).adjusted(2, 2, -2, -2);
    if (area.width() < 10 || area.height() < 10)
        return; // not laid out yet; the resize will bring us back

    // What a label must not cover: curves, markers, other text, the legend.
    // The plot's own map when it is current (it just arranged itself).
    const CoverageMap* shared = plot_->curveCoverage();
    std::optional<CoverageMap> own;
    if (!shared || shared->area() != QRectF(plot_->axisRect()->rect()))
        own = CoverageMap::ofGraphs(*plot_, plot_->marker());
    const CoverageMap& covered = own ? *own : *shared;
    std::vector<QRectF> blocked;
    if (const std::optional<QRectF> marker = plot_->markerRect())
        blocked.push_back(*marker);
    if (plot_->legend->visible() && !plot_->legendIsOutside())
        blocked.push_back(QRectF(plot_->legend->outerRect()));
    const auto isOwn = [this](const QCPItemText* text) {
        return std::any_of(labels_.begin(), labels_.end(),
                           [text](const Label& label) { return label.text == text; });
    };
    for (int i = 0; i < plot_->itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot_->item(i));
        if (text && text->visible() && !isOwn(text))
            blocked.push_back(
                QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()));
    }

    // The largest labels are the hardest to fit: they choose first.
    struct Sized {
        Label label;
        QSizeF size;
    };
    std::vector<Sized> order;
    for (const Label& label : std::as_const(labels_))
        order.push_back({label, PlotView::textSize(label.text)});
    std::stable_sort(order.begin(), order.end(), [](const Sized& a, const Sized& b) {
        return a.size.width() * a.size.height() > b.size.width() * b.size.height();
    });
    for (const auto& [label, size] : order) {
        const QPointF point = label.leader->end->pixelPosition();
        double bestCost = -1;
        Candidate best{{0, -(size.height() / 2 + kMarkerRadius + kGap)}, false};
        QRectF bestRect;
        // True when the spot is free; nearer spots are tried first.
        const auto tryCandidate = [&](const Candidate& c) {
            const QRectF rect(point + c.offset - QPointF(size.width() / 2, size.height() / 2),
                              size);
            const double distance = std::hypot(c.offset.x(), c.offset.y()) * 0.01;
            // A spot that cannot beat the best one so far is dropped as soon
            // as that is certain: the exhaustive ring search of a crowded
            // plot tries tens of thousands of spots. (A free spot dropped
            // here is farther than a free one already found on its ring, so
            // the ring still ends the search.)
            const auto beaten = [&](double partial) {
                return bestCost >= 0 && partial + distance >= bestCost;
            };
            double collisions = area.contains(rect) ? 0 : 1e6;
            if (beaten(collisions))
                return false;
            const QRectF clearance = rect.adjusted(-2, -2, 2, 2);
            collisions += 10.0 * covered.count(clearance);
            if (beaten(collisions))
                return false;
            for (const QRectF& other : blocked)
                if (clearance.intersects(other)) {
                    collisions += kOverlapCost;
                    if (beaten(collisions))
                        return false;
                }
            const double cost = collisions + distance;
            if (bestCost < 0 || cost < bestCost) {
                bestCost = cost;
                best = c;
                bestRect = rect;
            }
            return collisions == 0;
        };
        const std::vector<Candidate> near = besidePoint(size);
        if (std::none_of(near.begin(), near.end(), tryCandidate)) {
            // Outward ring by ring; on the first ring with a free spot the
            // nearest free one wins (tryCandidate keeps the cheapest).
            const int rings = int(std::max(area.width(), area.height()) / kSearchStep) + 1;
            for (int ring = 1; ring <= rings; ++ring) {
                bool found = false;
                for (const Candidate& c : onRing(ring))
                    found = tryCandidate(c) || found;
                if (found)
                    break;
            }
        }
        label.text->position->setCoords(best.offset.x(), best.offset.y());
        // A label that could only cover other text or leave the axes is left
        // out (hovering its point still names it): overlapping words help no one.
        const bool shown = bestCost < kOverlapCost;
        label.text->setVisible(shown);
        label.leader->setVisible(shown && best.leader);
        if (!shown)
            continue;
        blocked.push_back(bestRect);
    }
}

} // namespace dtx::ui
