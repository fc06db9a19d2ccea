#include "RunLengthLimitLine.hpp"

#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace dtx::ui {
namespace {

// The context its text is translated under.
class RunLengthLimitLineText {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::RunLengthLimitLine)
};

// Rough pixel sizes around QCustomPlot's axis rect (title, tick labels, axis
// titles) and of one legend row; a misjudged pixel only shifts a label.
constexpr int kAxisRectMarginX = 80;
constexpr int kAxisRectMarginY = 95;
constexpr int kLegendRowPadding = 4;
constexpr int kLegendIconAndMargins = 50;
constexpr int kLegendFrame = 28;
constexpr double kMinHeadroom = 0.15;
constexpr double kMaxHeadroom = 0.5;
// PlotView::fitAxis pads a log axis by this share of its span on each side.
constexpr double kAxisPadding = 0.06;

struct Box {
    double left, right, bottom, top;
    bool holds(double fx, double fy) const
    {
        return fx >= left && fx <= right && fy >= bottom && fy <= top;
    }
    bool overlaps(const Box& other) const
    {
        return left < other.right && other.left < right && bottom < other.top
               && other.bottom < top;
    }
};

} // namespace

void addRunLengthLimitLine(PlotView* plot, const QVector<double>& x, const QVector<double>& days,
                           double maxDays)
{
    if (x.isEmpty() || x.size() != days.size() || !(maxDays > 0) || !std::isfinite(maxDays))
        return;
    const double axisWidth = std::max(120, plot->width() - kAxisRectMarginX);
    const double axisHeight = std::max(100, plot->height() - kAxisRectMarginY);

    // The line's legend entry: a single point, so no curve, with the line's
    // dash for its icon. The label on the line itself is then just the value.
    QCPGraph* entry = plot->addCurve(RunLengthLimitLineText::tr("Maximum run length (%1)").arg(formatDays(maxDays)),
                                     colors::kRunLengthLimit, false, Qt::DashLine);
    PlotView::setCurveData(entry, {x.front()}, {maxDays});

    // The legend as it will be drawn: its rows and its widest name.
    const QFontMetrics legendMetrics(plot->legend->font());
    int widestName = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
            widestName = std::max(widestName,
                                  legendMetrics.horizontalAdvance(item->plottable()->name()));
    const double legendHeight =
        plot->legend->itemCount() * (legendMetrics.height() + kLegendRowPadding) + kLegendFrame;
    const double headroom = std::clamp(legendHeight / axisHeight, kMinHeadroom, kMaxHeadroom);

    // The y range in decades as PlotView will fit it once the headroom
    // anchor below lifts the top.
    const auto [minDays, maxCurveDays] = std::minmax_element(days.cbegin(), days.cend());
    const double low = std::log10(std::min(*minDays, maxDays));
    const double high = std::log10(std::max(*maxCurveDays, maxDays));
    const double span = std::max(high - low, 1.0);
    const double top = high + span * headroom / (1 - headroom);
    const double pad = kAxisPadding * (top - low);
    const double y0 = low - pad;
    const double y1 = top + pad;
    const double x0 = std::log10(x.front());
    const double x1 = std::log10(x.back());
    const auto fx = [&](double value) {
        return x1 > x0 ? (std::log10(value) - x0) / (x1 - x0) : 0.5;
    };
    const auto fy = [&](double value) { return (std::log10(value) - y0) / (y1 - y0); };

    const QString label = formatDays(maxDays);
    const QFontMetrics labelMetrics(plot->font());
    const double labelWidth = (labelMetrics.horizontalAdvance(label) + 10) / axisWidth;
    const double labelHeight = (labelMetrics.height() + 4) / axisHeight;
    const double legendWidth = (widestName + kLegendIconAndMargins) / axisWidth;
    const Box legend{1 - legendWidth, 1, 1 - legendHeight / axisHeight, 1};
    const double line = fy(maxDays);

    // The end and side of the line whose label box holds the fewest curve
    // points; touching the legend counts as covering every point.
    int fewest = -1;
    for (const bool left : {true, false})
        for (const bool below : {false, true}) {
            const double from = left ? 0 : 1 - labelWidth;
            const double bottom = below ? line - labelHeight : line;
            const Box box{from, from + labelWidth, bottom, bottom + labelHeight};
            int count = box.overlaps(legend) ? int(x.size()) : 0;
            for (qsizetype i = 0; i < x.size(); ++i)
                count += box.holds(fx(x[i]), fy(days[i])) ? 1 : 0;
            if (fewest < 0 || count < fewest) {
                fewest = count;
                plot->setLineLabelsLeft(left);
                plot->setLineLabelsBelow(below);
            }
        }
    plot->setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    plot->addHorizontalLine(maxDays, label, colors::kRunLengthLimit);

    // An unlisted, unseen point that lifts the automatic range to make room
    // for the legend.
    QCPGraph* headroomAnchor = plot->addPoints(QString(), colors::kRunLengthLimit);
    headroomAnchor->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
    headroomAnchor->removeFromLegend();
    PlotView::setCurveData(headroomAnchor, {x.back()}, {std::pow(10.0, top)});
}

} // namespace dtx::ui
