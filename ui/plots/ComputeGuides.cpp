#include "ComputeGuides.hpp"

#include "Format.hpp"
#include "PlotColors.hpp"
#include "PlotView.hpp"

namespace dtx::ui {

void addComputeGuides(PlotView* plot, double strictThresholdFlop)
{
    for (const double flop : {1e24, 1e25, 1e26, 1e27})
        if (flop != strictThresholdFlop)
            plot->addHorizontalLine(flop, formatFlop(flop), colors::kReferenceLine);
    plot->addHorizontalLine(strictThresholdFlop,
                            PlotView::tr("Strict Threshold %1").arg(formatFlop(strictThresholdFlop)),
                            colors::kStrictThreshold);
}

} // namespace dtx::ui
