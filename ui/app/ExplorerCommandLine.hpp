#pragma once

class QApplication;

namespace dtx::ui {

// The whole of `dtx-explorer`: parses the switches of CLI.md (--scenario,
// --grab with --tab and --size, --bench-interaction, --lang), then opens
// the window or does the scripted job and returns the exit status.
int runExplorer(QApplication& app);

} // namespace dtx::ui
