#pragma once

#include "StoryFile.hpp"

namespace dtx::ui {

// The five scenarios of simulation-notes.md, shipped in the resources, in
// the UI's language where the story has been translated.
Story builtInStory(const HardwareCatalog& catalog);

} // namespace dtx::ui
