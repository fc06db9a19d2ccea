#pragma once

#include <QStringList>

namespace dtx::ui {

class MainWindow;

// `dtx-explorer --bench-interaction`: drives slider changes on each plot
// tab in turn and times every full update (evaluation, headline, the tab's
// plots, painting). Returns one line per figure.
QStringList runInteractionBenchmark(MainWindow* window, int sliderChanges = 200);

} // namespace dtx::ui
