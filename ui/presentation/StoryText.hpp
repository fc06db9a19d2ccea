#pragma once

#include "Evaluation.hpp"
#include "Hardware.hpp"

#include <QString>

namespace dtx::ui {

// A story step's words with their placeholders ({c_local}, {nodes_for_1e25},
// … kStoryPlaceholders in StoryFile.hpp) replaced by the values of the
// step's scenario, formatted as the headline formats them in the UI's
// language. `evaluation` is the scenario's; without one, the placeholders
// that need it are left as they are.
QString fillStoryText(const QString& text, const Scenario& scenario, const Evaluation* evaluation,
                      const HardwareCatalog& catalog);

} // namespace dtx::ui
