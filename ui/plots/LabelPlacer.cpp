#include "LabelPlacer.hpp"

#include "PlotColors.hpp"
#include "PlotView.hpp"

#include <QEvent>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dtx::ui {
namespace {

constexpr double kGap = 3;          // pixels between a point and a label beside it
constexpr double kMarkerRadius = 6; // half a marker: labels keep clear of it
constexpr double kCell = 2;         // resolution of the map of covered pixels
constexpr double kSearchStep = 4;   // spacing of the spots tried further away

// Which pixels of the axis rect curves and markers cover, with a summed-area
// table so that counting them under any rectangle costs four look-ups.
class CoverageMap {
public:
    explicit CoverageMap(const QRectF& area)
        : area_(area),
          columns_(std::max(1, int(std::ceil(area.width() / kCell)))),
          rows_(std::max(1, int(std::ceil(area.height() / kCell)))),
          sums_(std::size_t(columns_ + 1) * std::size_t(rows_ + 1), 0)
    {
    }

    void mark(const QPointF& p)
    {
        const int c = int((p.x() - area_.left()) / kCell);
        const int r = int((p.y() - area_.top()) / kCell);
        if (c >= 0 && c < columns_ && r >= 0 && r < rows_)
            at(c + 1, r + 1) = 1;
    }
    // Once, after every mark().
    void integrate()
    {
        for (int r = 1; r <= rows_; ++r)
            for (int c = 1; c <= columns_; ++c)
                at(c, r) += at(c - 1, r) + at(c, r - 1) - at(c - 1, r - 1);
    }
    int count(const QRectF& rect) const
    {
        const auto column = [this](double x) {
            return std::clamp(int((x - area_.left()) / kCell), 0, columns_);
        };
        const auto row = [this](double y) {
            return std::clamp(int((y - area_.top()) / kCell), 0, rows_);
        };
        const int c0 = column(rect.left()), c1 = column(rect.right());
        const int r0 = row(rect.top()), r1 = row(rect.bottom());
        return value(c1, r1) - value(c0, r1) - value(c1, r0) + value(c0, r0);
    }

private:
    int& at(int c, int r) { return sums_[std::size_t(r) * std::size_t(columns_ + 1) + std::size_t(c)]; }
    int value(int c, int r) const
    {
        return sums_[std::size_t(r) * std::size_t(columns_ + 1) + std::size_t(c)];
    }

    QRectF area_;
    int columns_;
    int rows_;
    std::vector<int> sums_;
};

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

QSizeF labelSize(const QCPItemText* text)
{
    const QMargins pad = text->padding();
    const QSizeF size = QFontMetricsF(text->font())
                            .boundingRect(QRectF(0, 0, 1e4, 1e4), Qt::AlignCenter, text->text())
                            .size();
    return {size.width() + pad.left() + pad.right(), size.height() + pad.top() + pad.bottom()};
}

} // namespace

LabelPlacer::LabelPlacer(PlotView* plot) : QObject(plot), plot_(plot)
{
    plot_->installEventFilter(this);
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
    CoverageMap covered(area);
    for (int i = 0; i < plot_->graphCount(); ++i) {
        const QCPGraph* graph = plot_->graph(i);
        if (!graph->visible())
            continue;
        const bool line = graph->lineStyle() != QCPGraph::lsNone;
        QPointF previous;
        bool first = true;
        for (const QCPGraphData& d : *graph->data()) {
            const QPointF at = graph->coordsToPixels(d.key, d.value);
            if (!std::isfinite(at.x()) || !std::isfinite(at.y()))
                continue;
            if (!line) { // a marker covers a disc
                for (double dx = -kMarkerRadius; dx <= kMarkerRadius; dx += kCell)
                    for (double dy = -kMarkerRadius; dy <= kMarkerRadius; dy += kCell)
                        covered.mark(at + QPointF(dx, dy));
                continue;
            }
            if (!first) {
                const double length = std::hypot(at.x() - previous.x(), at.y() - previous.y());
                const int steps = int(std::min(2000.0, length / kCell)) + 1;
                for (int s = 1; s < steps; ++s)
                    covered.mark(previous + (at - previous) * (double(s) / steps));
            }
            covered.mark(at);
            previous = at;
            first = false;
        }
    }
    covered.integrate();
    std::vector<QRectF> blocked;
    if (plot_->legend->visible())
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
        order.push_back({label, labelSize(label.text)});
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
            double collisions = area.contains(rect) ? 0 : 1e6;
            const QRectF clearance = rect.adjusted(-2, -2, 2, 2);
            for (const QRectF& other : blocked)
                if (clearance.intersects(other))
                    collisions += 1e4;
            collisions += 10.0 * covered.count(clearance);
            const double cost = collisions + std::hypot(c.offset.x(), c.offset.y()) * 0.01;
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
        label.leader->setVisible(best.leader);
        blocked.push_back(bestRect);
    }
}

bool LabelPlacer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::Resize && !labels_.isEmpty()) {
        // After the plot has laid itself out at the new size.
        QMetaObject::invokeMethod(
            this,
            [this] {
                plot_->replot();
                arrange();
                plot_->replot();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dtx::ui
