#include "CoverageMap.hpp"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

constexpr double kCell = 2; // resolution of the map, pixels

} // namespace

CoverageMap::CoverageMap(const QRectF& area)
    : area_(area),
      columns_(std::max(1, int(std::ceil(area.width() / kCell)))),
      rows_(std::max(1, int(std::ceil(area.height() / kCell)))),
      sums_(std::size_t(columns_ + 1) * std::size_t(rows_ + 1), 0)
{
}

CoverageMap CoverageMap::ofGraphs(const QCustomPlot& plot, const QCPGraph* skip)
{
    CoverageMap map(QRectF(plot.axisRect()->rect()));
    for (int i = 0; i < plot.graphCount(); ++i) {
        const QCPGraph* graph = plot.graph(i);
        if (graph != skip && graph->visible())
            map.markGraph(*graph);
    }
    map.integrate();
    return map;
}

void CoverageMap::mark(const QPointF& p)
{
    const int c = int(std::floor((p.x() - area_.left()) / kCell));
    const int r = int(std::floor((p.y() - area_.top()) / kCell));
    if (c >= 0 && c < columns_ && r >= 0 && r < rows_)
        at(c + 1, r + 1) = 1;
}

void CoverageMap::markGraph(const QCPGraph& graph)
{
    const bool line = graph.lineStyle() != QCPGraph::lsNone;
    const bool symbols = graph.scatterStyle().shape() != QCPScatterStyle::ssNone;
    QPointF previous;
    bool first = true;
    for (const QCPGraphData& d : *graph.data()) {
        const QPointF at = graph.coordsToPixels(d.key, d.value);
        if (!std::isfinite(at.x()) || !std::isfinite(at.y()))
            continue;
        if (symbols) // a symbol covers a disc
            for (double dx = -kMarkerRadius; dx <= kMarkerRadius; dx += kCell)
                for (double dy = -kMarkerRadius; dy <= kMarkerRadius; dy += kCell)
                    mark(at + QPointF(dx, dy));
        if (line && !first) {
            const double length = std::hypot(at.x() - previous.x(), at.y() - previous.y());
            const int steps = int(std::min(4000.0, length / kCell)) + 1;
            for (int s = 1; s < steps; ++s)
                mark(previous + (at - previous) * (double(s) / steps));
        }
        mark(at);
        previous = at;
        first = false;
    }
}

void CoverageMap::integrate()
{
    for (int r = 1; r <= rows_; ++r)
        for (int c = 1; c <= columns_; ++c)
            at(c, r) += at(c - 1, r) + at(c, r - 1) - at(c - 1, r - 1);
}

int CoverageMap::count(const QRectF& rect) const
{
    const auto column = [this](double x) {
        return std::clamp(int(std::floor((x - area_.left()) / kCell)), 0, columns_);
    };
    const auto row = [this](double y) {
        return std::clamp(int(std::floor((y - area_.top()) / kCell)), 0, rows_);
    };
    const int c0 = column(rect.left()), c1 = column(rect.right()) + 1;
    const int r0 = row(rect.top()), r1 = row(rect.bottom()) + 1;
    const auto v = [&](int c, int r) { return value(std::min(c, columns_), std::min(r, rows_)); };
    return v(c1, r1) - v(c0, r1) - v(c1, r0) + v(c0, r0);
}

int& CoverageMap::at(int c, int r)
{
    return sums_[std::size_t(r) * std::size_t(columns_ + 1) + std::size_t(c)];
}

int CoverageMap::value(int c, int r) const
{
    return sums_[std::size_t(r) * std::size_t(columns_ + 1) + std::size_t(c)];
}

} // namespace dtx::ui
