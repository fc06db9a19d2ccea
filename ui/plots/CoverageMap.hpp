#pragma once

#include <QRectF>

#include <vector>

class QCustomPlot;
class QCPGraph;

namespace dtx::ui {

// Which pixels of a plot's axis rect its curves and markers cover, with a
// summed-area table so that counting them under any rectangle costs four
// look-ups. Labels and the legend use it to find room that hides no data.
class CoverageMap {
public:
    // Half a marker: what a point drawn as a symbol covers around its centre.
    static constexpr double kMarkerRadius = 6;

    explicit CoverageMap(const QRectF& area);
    // Every visible graph of `plot` except `skip` (the scenario's marker,
    // which moves on its own), marked and integrated.
    static CoverageMap ofGraphs(const QCustomPlot& plot, const QCPGraph* skip = nullptr);

    void mark(const QPointF& p);
    void markGraph(const QCPGraph& graph);
    // Once, after every mark().
    void integrate();
    // Covered cells under `rect`; outside the area counts nothing.
    int count(const QRectF& rect) const;
    const QRectF& area() const { return area_; }

private:
    int& at(int c, int r);
    int value(int c, int r) const;

    QRectF area_;
    int columns_;
    int rows_;
    std::vector<int> sums_;
};

} // namespace dtx::ui
