#include "InteractionBenchmark.hpp"

#include "ControlPanel.hpp"
#include "MainWindow.hpp"
#include "PlotTab.hpp"
#include "PlotView.hpp"
#include "Document.hpp"
#include "SliderField.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QTabWidget>

#include <algorithm>

namespace dtx::ui {
namespace {

// The sliders a user drags most: scale, network, algorithm, time, treaty.
const char* const kDraggedKeys[] = {
    "nodes", "network.bandwidth_mbps", "network.latency_ms", "training.compression",
    "training.years", "treaty.ccc_threshold_h100e", "treaty.strict_threshold_flop",
};

struct Timing {
    double medianMs;
    double p95Ms;
    double medianComputeMs; // evaluation, headline and the tab's refresh and replot
    int minCurvePoints;
};

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const std::size_t index =
        std::min(values.size() - 1, std::size_t(fraction * double(values.size() - 1) + 0.5));
    return values[index];
}

int smallestCurve(const PlotTab* tab)
{
    int smallest = 0;
    for (const PlotView* plot : tab->plots())
        for (int i = 0; i < plot->graphCount(); ++i) {
            const int points = plot->graph(i)->dataCount();
            if (points > 1 && (smallest == 0 || points < smallest))
                smallest = points;
        }
    return smallest;
}

Timing timeTab(MainWindow* window, PlotTab* tab, int sliderChanges)
{
    window->tabWidget()->setCurrentWidget(tab);
    QApplication::processEvents();
    std::vector<double> milliseconds;
    std::vector<double> computeMilliseconds;
    milliseconds.reserve(std::size_t(sliderChanges));
    QElapsedTimer timer;
    for (int i = 0; i < sliderChanges; ++i) {
        SliderField* field =
            window->controlPanel()->field(QString::fromLatin1(kDraggedKeys[i % std::size(kDraggedKeys)]));
        // Sweep each slider up and back across its range, as a drag does.
        const int step = (i / int(std::size(kDraggedKeys))) % 20;
        const int position = step < 10 ? 100 + step * 80 : 900 - (step - 10) * 80;
        timer.start();
        field->slider()->setValue(position);
        window->document()->evaluateNow();
        computeMilliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
        QApplication::processEvents(); // layout and painting of what changed
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return {percentile(milliseconds, 0.5), percentile(milliseconds, 0.95),
            percentile(computeMilliseconds, 0.5), smallestCurve(tab)};
}

} // namespace

QStringList runInteractionBenchmark(MainWindow* window, int sliderChanges)
{
    QStringList lines;
    std::vector<double> allMedians;
    double worstP95 = 0;
    for (PlotTab* tab : window->plotTabs()) {
        const Timing timing = timeTab(window, tab, sliderChanges);
        lines << QStringLiteral("%1: median ms %2, p95 ms %3 per full update (%4 slider changes, "
                                "shortest curve %5 points; median ms %6 before painting)")
                     .arg(tab->tabName())
                     .arg(timing.medianMs, 0, 'f', 2)
                     .arg(timing.p95Ms, 0, 'f', 2)
                     .arg(sliderChanges)
                     .arg(timing.minCurvePoints)
                     .arg(timing.medianComputeMs, 0, 'f', 2);
        worstP95 = std::max(worstP95, timing.p95Ms);
    }
    lines << QStringLiteral("worst tab: p95 ms %1 (goal 16)").arg(worstP95, 0, 'f', 2);
    return lines;
}

} // namespace dtx::ui
