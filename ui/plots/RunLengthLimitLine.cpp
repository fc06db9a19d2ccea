#include "RunLengthLimitLine.hpp"

#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"

#include <QCoreApplication>

#include <cmath>

namespace dtx::ui {
namespace {

// The context its text is translated under.
class RunLengthLimitLineText {
    Q_DECLARE_TR_FUNCTIONS(dtx::ui::RunLengthLimitLine)
};

} // namespace

void addRunLengthLimitLine(PlotView* plot, const QVector<double>& x, const QVector<double>& days,
                           double maxDays)
{
    if (x.isEmpty() || x.size() != days.size() || !(maxDays > 0) || !std::isfinite(maxDays))
        return;
    // The line's legend entry: a single point, so no curve, with the line's
    // dash for its icon. The label on the line itself is then just the value.
    QCPGraph* entry = plot->addCurve(RunLengthLimitLineText::tr("Maximum run length (%1)").arg(formatDays(maxDays)),
                                     colors::kRunLengthLimit, false, Qt::DashLine);
    PlotView::setCurveData(entry, {x.front()}, {maxDays});

    // Training times fall to the right but may stay high all the way: the
    // legend's first choice is the upper right, above them.
    plot->setLegendCorner(Qt::AlignTop | Qt::AlignRight);
    plot->addHorizontalLine(maxDays, formatDays(maxDays), colors::kRunLengthLimit);
}

} // namespace dtx::ui
